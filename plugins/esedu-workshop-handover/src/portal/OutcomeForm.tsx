import { outcomeKinds } from "@polku/domain/vocabulary";
import { createSubmission, DateField, FormActions, SelectField, TextField, usePluginApi } from "@polku/ui";
import { createSignal } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** Where the student ended up; saving it ends the handover. */
export function OutcomeForm(props: { handoverId: string; onSaved: () => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [kind, setKind] = createSignal("");
  const [occurredOn, setOccurredOn] = createSignal("");
  const [months, setMonths] = createSignal("");
  const save = createSubmission(() =>
    api.recordOutcome.mutate({
      handoverId: props.handoverId,
      kind: kind() as (typeof outcomeKinds)[number],
      occurredOn: occurredOn(),
      ...(months().trim() ? { employmentMonths: Number(months().trim()) } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onSaved();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="outcome-form-title">
      <h3 id="outcome-form-title">{text("outcome.title")}</h3>
      <SelectField
        label={text("outcome.kind")}
        required
        value={kind()}
        onValue={setKind}
        placeholder={text("choose")}
        options={outcomeKinds.map((value) => ({ value, label: text(`outcome.${value}`) }))}
        error={save.fieldError("kind")}
      />
      <DateField
        label={text("outcome.occurredOn")}
        required
        value={occurredOn()}
        onValue={setOccurredOn}
        error={save.fieldError("occurredOn")}
      />
      <TextField
        label={text("outcome.months")}
        inputMode="numeric"
        value={months()}
        onValue={setMonths}
        error={save.fieldError("employmentMonths")}
      />
      <FormActions label={text("outcome.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
