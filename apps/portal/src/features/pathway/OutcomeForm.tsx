import {
  ApiError,
  createSubmission,
  DateField,
  FormActions,
  Section,
  SelectField,
  TextAreaField,
  TextField,
  useApi,
  useI18n,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { outcomeKinds } from "./labels.ts";

/** Records where the student ended up; the form keeps its contents when the API refuses them. */
export function OutcomeForm(props: { studentId: string; onRecorded: (message: string) => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [kind, setKind] = createSignal("");
  const [occurredOn, setOccurredOn] = createSignal("");
  const [months, setMonths] = createSignal("");
  const [note, setNote] = createSignal("");
  const [missing, setMissing] = createSignal<{ kind?: boolean; occurredOn?: boolean; months?: boolean }>({});

  const submission = createSubmission(() =>
    api.pathway.recordOutcome.mutate({
      studentId: props.studentId,
      kind: kind() as (typeof outcomeKinds)[number],
      occurredOn: occurredOn(),
      ...(months().trim() ? { employmentMonths: Number(months()) } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const monthsBad = months().trim() !== "" && !/^\d{1,3}$/.test(months().trim());
    const now = { kind: kind() === "", occurredOn: occurredOn() === "", months: monthsBad };
    setMissing(now);
    if (now.kind || now.occurredOn || now.months) return;
    if (await submission.run()) {
      setKind("");
      setOccurredOn("");
      setMonths("");
      setNote("");
      props.onRecorded(t("outcomes.recorded"));
    }
  };

  return (
    <Section title={t("outcomes.record")} level={3}>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
      <form class="form" onSubmit={submit} noValidate>
        <SelectField
          label={t("outcomes.kind")}
          value={kind()}
          onValue={setKind}
          required
          placeholder={t("form.choose")}
          error={missing().kind ? t("form.requiredError") : submission.fieldError("kind")}
          options={outcomeKinds.map((k) => ({ value: k, label: t(`outcome.${k}`) }))}
        />
        <DateField
          label={t("outcomes.occurredOn")}
          value={occurredOn()}
          onValue={setOccurredOn}
          required
          error={missing().occurredOn ? t("form.requiredError") : submission.fieldError("occurredOn")}
        />
        <TextField
          label={t("outcomes.months")}
          hint={t("outcomes.monthsHint")}
          inputMode="numeric"
          value={months()}
          onValue={setMonths}
          error={missing().months ? t("outcomes.monthsHint") : submission.fieldError("employmentMonths")}
        />
        <TextAreaField
          label={t("outcomes.note")}
          value={note()}
          onValue={setNote}
          maxLength={4000}
          error={submission.fieldError("note")}
        />
        <FormActions label={t("outcomes.record")} pending={submission.pending()} />
      </form>
    </Section>
  );
}
