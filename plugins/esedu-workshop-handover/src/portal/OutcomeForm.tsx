import { outcomeKinds } from "@polku/domain/vocabulary";
import {
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import { evidenceKinds } from "../packet.ts";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * Where the student ended up, on what evidence. Saving it ends the handover, except a job that has not
 * yet lasted the two months the funding counts: then the path goes on (`ended: false`).
 */
export function OutcomeForm(props: { handoverId: string; onSaved: (ended: boolean) => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [kind, setKind] = createSignal("");
  const [occurredOn, setOccurredOn] = createSignal("");
  const [months, setMonths] = createSignal("");
  const [evidence, setEvidence] = createSignal("");
  const [evidenceNote, setEvidenceNote] = createSignal("");
  const save = createSubmission(() =>
    api.recordOutcome.mutate({
      handoverId: props.handoverId,
      kind: kind() as (typeof outcomeKinds)[number],
      occurredOn: occurredOn(),
      evidence: evidence() as (typeof evidenceKinds)[number],
      ...(months().trim() ? { employmentMonths: Number(months().trim()) } : {}),
      ...(evidenceNote().trim() ? { evidenceNote: evidenceNote().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const saved = await save.run();
    if (saved) props.onSaved(saved.ended);
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
        hint={text("outcome.startHint")}
        required
        value={occurredOn()}
        onValue={setOccurredOn}
        error={save.fieldError("occurredOn")}
      />
      <TextField
        label={text("outcome.months")}
        hint={text("outcome.monthsHint")}
        inputMode="numeric"
        value={months()}
        onValue={setMonths}
        error={save.fieldError("employmentMonths")}
      />
      <SelectField
        label={text("outcome.evidence")}
        required
        value={evidence()}
        onValue={setEvidence}
        placeholder={text("choose")}
        options={evidenceKinds.map((value) => ({ value, label: text(`evidence.${value}`) }))}
        error={save.fieldError("evidence")}
      />
      <TextAreaField
        label={text("outcome.evidenceNote")}
        value={evidenceNote()}
        onValue={setEvidenceNote}
        maxLength={4000}
      />
      <FormActions label={text("outcome.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
