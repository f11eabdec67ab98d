import { stepStatuses } from "@polku/domain/vocabulary";
import {
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { type WorkshopStepKindId, workshopStepKinds } from "../step-kinds.ts";
import { pluginId, usePluginText } from "./text.ts";

/** The coach records a competence mapping, work trial, wage-subsidised work or job placement. */
export function StepForm(props: { handoverId: string; onSaved: () => void }) {
  const { text, locale } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [kind, setKind] = createSignal<string>("");
  const [status, setStatus] = createSignal<string>("in_progress");
  const [startsOn, setStartsOn] = createSignal("");
  const [endsOn, setEndsOn] = createSignal("");
  const [note, setNote] = createSignal("");
  const save = createSubmission(() =>
    api.recordStep.mutate({
      handoverId: props.handoverId,
      kind: kind() as WorkshopStepKindId,
      status: status() as (typeof stepStatuses)[number],
      ...(startsOn() ? { startsOn: startsOn() } : {}),
      ...(endsOn() ? { endsOn: endsOn() } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setKind("");
      setStartsOn("");
      setEndsOn("");
      setNote("");
      props.onSaved();
    }
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="step-form-title">
      <h3 id="step-form-title">{text("step.title")}</h3>
      <SelectField
        label={text("step.kind")}
        required
        value={kind()}
        onValue={setKind}
        placeholder={text("choose")}
        options={workshopStepKinds.map((k) => ({ value: k.id, label: k.title[locale()] }))}
        error={save.fieldError("kind")}
      />
      <SelectField
        label={text("step.status")}
        required
        value={status()}
        onValue={setStatus}
        options={stepStatuses.map((value) => ({ value, label: text(`stepStatus.${value}`) }))}
        error={save.fieldError("status")}
      />
      <DateField
        label={text("step.startsOn")}
        value={startsOn()}
        onValue={setStartsOn}
        error={save.fieldError("startsOn")}
      />
      <DateField
        label={text("step.endsOn")}
        value={endsOn()}
        onValue={setEndsOn}
        error={save.fieldError("endsOn")}
      />
      <TextAreaField label={text("step.note")} value={note()} onValue={setNote} maxLength={4000} />
      <FormActions label={text("step.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
