import { ApiError, type ApiOutputs, Button, createSubmission, SelectField, useApi, useI18n } from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { nextStatuses } from "./labels.ts";

type Step = ApiOutputs["pathway"]["get"]["steps"][number];

/** Moves a step on (planned → in progress → done, or cancelled). A final status offers nothing. */
export function StepStatusForm(props: {
  step: Step;
  kindTitle: string;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const options = () => nextStatuses[props.step.status] ?? [];
  const [status, setStatus] = createSignal<string>(options()[0] ?? "");
  const submission = createSubmission((to: "planned" | "in_progress" | "done" | "cancelled") =>
    api.pathway.updateStep.mutate({ stepId: props.step.id, status: to }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const to = status() as "in_progress" | "done" | "cancelled";
    const result = await submission.run(to);
    // The timeline redraws with the new status; the section's status region announces it.
    if (result) props.onChanged(t("step.statusChanged", { status: t(`stepStatus.${result.status}`) }));
  };
  return (
    <Show when={options().length > 0}>
      <form class="form-inline" onSubmit={submit}>
        <SelectField
          label={t("step.newStatus", { kind: props.kindTitle })}
          value={status()}
          onValue={setStatus}
          options={options().map((s) => ({ value: s, label: t(`stepStatus.${s}`) }))}
        />
        <div class="field">
          <Button type="submit" variant="secondary" busy={submission.pending()}>
            {t("step.changeStatus")}
          </Button>
        </div>
      </form>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
    </Show>
  );
}
