import {
  type ApiOutputs,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  useApi,
  useI18n,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { StepKindInfo } from "./stepKinds.ts";

type Step = ApiOutputs["pathway"]["get"]["steps"][number];

/**
 * Correcting or cancelling a recorded step, behind a disclosure so the timeline stays short. Both need
 * a reason, which everyone reading the pathway sees; what the step said before is kept by the API.
 */
export function StepCorrectionForm(props: {
  step: Step;
  kindTitle: string;
  kinds: readonly StepKindInfo[];
  onChanged: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const api = useApi();
  const [kind, setKind] = createSignal(props.step.kind);
  const [startsOn, setStartsOn] = createSignal(props.step.startsOn ?? "");
  const [endsOn, setEndsOn] = createSignal(props.step.endsOn ?? "");
  const [note, setNote] = createSignal(props.step.note ?? "");
  const [reason, setReason] = createSignal("");
  const [cancelReason, setCancelReason] = createSignal("");
  const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

  const correct = createSubmission(() =>
    api.pathway.correctStep.mutate({
      stepId: props.step.id,
      reason: reason().trim(),
      kind: kind(),
      startsOn: orNull(startsOn()),
      endsOn: orNull(endsOn()),
      note: orNull(note()),
    }),
  );
  const cancel = createSubmission(() =>
    api.pathway.cancelStep.mutate({ stepId: props.step.id, reason: cancelReason().trim() }),
  );
  const submitCorrection = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await correct.run();
    if (result) props.onChanged(t(result.corrected.length > 0 ? "step.corrected" : "step.unchanged"));
  };
  const submitCancel = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await cancel.run()) props.onChanged(t("step.cancelled"));
  };
  const id = (part: string) => `step-${props.step.id}-${part}`;

  return (
    <details class="disclosure">
      <summary>{t("step.fix")}</summary>
      <form
        class="form"
        aria-label={t("step.fixTitle", { kind: props.kindTitle })}
        onSubmit={submitCorrection}
        noValidate
      >
        <SelectField
          id={id("kind")}
          label={t("step.kind")}
          value={kind()}
          onValue={setKind}
          error={correct.fieldError("kind")}
          options={props.kinds.map((k) => ({
            value: k.id,
            label: `${k.title[locale()]} (${t(`phase.${k.phase}`)})`,
          }))}
        />
        <DateField
          label={t("step.startsOn")}
          value={startsOn()}
          onValue={setStartsOn}
          error={correct.fieldError("startsOn")}
        />
        <DateField
          label={t("step.endsOn")}
          value={endsOn()}
          onValue={setEndsOn}
          error={correct.fieldError("endsOn")}
        />
        <TextAreaField
          label={t("step.note")}
          value={note()}
          onValue={setNote}
          maxLength={4000}
          error={correct.fieldError("note")}
        />
        <TextField
          label={t("step.reason")}
          hint={t("step.reasonHint")}
          required
          value={reason()}
          onValue={setReason}
          maxLength={1000}
          error={correct.fieldError("reason")}
        />
        <FormActions
          label={t("step.correct")}
          pending={correct.pending()}
          error={correct.fieldError("reason") ? null : correct.error()}
        />
      </form>
      <Show when={props.step.status !== "cancelled"}>
        <form class="form" aria-label={t("step.cancelTitle")} onSubmit={submitCancel} noValidate>
          <TextField
            label={t("step.cancelReason")}
            hint={t("step.reasonHint")}
            required
            value={cancelReason()}
            onValue={setCancelReason}
            maxLength={1000}
            error={cancel.fieldError("reason")}
          />
          <FormActions
            label={t("step.cancel")}
            variant="danger"
            pending={cancel.pending()}
            error={cancel.fieldError("reason") ? null : cancel.error()}
          />
        </form>
      </Show>
    </details>
  );
}
