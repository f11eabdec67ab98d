import {
  ApiError,
  createSubmission,
  DateField,
  FormActions,
  Section,
  SelectField,
  TextAreaField,
  useApi,
  useI18n,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { stepStatuses } from "./labels.ts";
import type { StepKindInfo } from "./stepKinds.ts";

/**
 * Adds a step. What was typed stays in the form when the API refuses it (with the reason next to the
 * field it concerns); the form empties only after a success.
 */
export function AddStepForm(props: {
  studentId: string;
  kinds: readonly StepKindInfo[];
  kindsError?: unknown;
  onAdded: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const api = useApi();
  const [kind, setKind] = createSignal("");
  const [status, setStatus] = createSignal("planned");
  const [startsOn, setStartsOn] = createSignal("");
  const [endsOn, setEndsOn] = createSignal("");
  const [note, setNote] = createSignal("");
  const [kindMissing, setKindMissing] = createSignal(false);

  const submission = createSubmission(() =>
    api.pathway.addStep.mutate({
      studentId: props.studentId,
      kind: kind(),
      status: status() as (typeof stepStatuses)[number],
      ...(startsOn() ? { startsOn: startsOn() } : {}),
      ...(endsOn() ? { endsOn: endsOn() } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setKindMissing(kind() === "");
    if (kind() === "") {
      document.getElementById(`add-step-kind-${props.studentId}`)?.focus();
      return;
    }
    if (await submission.run()) {
      setKind("");
      setStatus("planned");
      setStartsOn("");
      setEndsOn("");
      setNote("");
      props.onAdded(t("step.added"));
    }
  };

  return (
    <Section title={t("step.addTitle")} level={3}>
      <Show when={props.kindsError}>{(error) => <ApiError error={error()} />}</Show>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
      <form class="form" onSubmit={submit} noValidate>
        <SelectField
          id={`add-step-kind-${props.studentId}`}
          label={t("step.kind")}
          value={kind()}
          onValue={setKind}
          required
          placeholder={t("form.choose")}
          error={kindMissing() ? t("form.requiredError") : submission.fieldError("kind")}
          options={props.kinds.map((k) => ({
            value: k.id,
            label: `${k.title[locale()]} (${t(`phase.${k.phase}`)})`,
          }))}
        />
        <SelectField
          label={t("step.status")}
          value={status()}
          onValue={setStatus}
          error={submission.fieldError("status")}
          options={stepStatuses.map((s) => ({ value: s, label: t(`stepStatus.${s}`) }))}
        />
        <DateField
          label={t("step.startsOn")}
          value={startsOn()}
          onValue={setStartsOn}
          error={submission.fieldError("startsOn")}
        />
        <DateField
          label={t("step.endsOn")}
          value={endsOn()}
          onValue={setEndsOn}
          error={submission.fieldError("endsOn")}
        />
        <TextAreaField
          label={t("step.note")}
          value={note()}
          onValue={setNote}
          maxLength={4000}
          error={submission.fieldError("note")}
        />
        <FormActions label={t("step.add")} pending={submission.pending()} />
      </form>
    </Section>
  );
}
