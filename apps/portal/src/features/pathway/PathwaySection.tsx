import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import {
  type ApiOutputs,
  Async,
  createLiveResource,
  DataTable,
  formatDate,
  formatDateTime,
  formatNumber,
  loadedValue,
  Section,
  StatusMessage,
  Timeline,
  type TimelineItem,
  useApi,
  useI18n,
  useSession,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { AddStepForm } from "./AddStepForm.tsx";
import { statusTone } from "./labels.ts";
import { OutcomeForm } from "./OutcomeForm.tsx";
import { StepCorrectionForm } from "./StepCorrectionForm.tsx";
import { StepStatusForm } from "./StepStatusForm.tsx";
import { useStepKinds } from "./stepKinds.ts";

type Pathway = ApiOutputs["pathway"]["get"];

/**
 * The student page's pathway section: the steps as a timeline (oldest first), the outcomes, and the
 * forms for roles that may write. One read of the pathway serves both parts.
 */
export default function PathwaySection(props: StudentSectionProps) {
  const { t } = useI18n();
  const api = useApi();
  const session = useSession();
  const { kinds, titleOf } = useStepKinds();
  const [pathway, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.pathway.get.query({ studentId }),
  );
  const reload = () => void refetch();
  // One live region per section: forms inside the timeline are redrawn after a change, so they
  // cannot hold their own success message.
  const [stepNotice, setStepNotice] = createSignal<string | null>(null);
  const [outcomeNotice, setOutcomeNotice] = createSignal<string | null>(null);
  const stepChanged = (message: string) => {
    setStepNotice(message);
  };

  const period = (from: string | null, to: string | null) =>
    from || to ? `${formatDate(from)} – ${formatDate(to)}` : "–";

  // In time order: by start date where there is one, else by when the step was recorded.
  const when = (step: Pathway["steps"][number]) => step.startsOn ?? String(step.createdAt);
  const items = (p: Pathway): TimelineItem[] =>
    [...p.steps]
      .sort((a, b) => when(a).localeCompare(when(b)))
      .map((step) => ({
        id: step.id,
        title: titleOf(step.kind),
        group: t(`phase.${step.phase}`),
        status: { label: t(`stepStatus.${step.status}`), tone: statusTone(step.status) },
        details: [
          { label: t("pathway.period"), value: period(step.startsOn, step.endsOn) },
          ...(step.organisationName
            ? [{ label: t("pathway.organisation"), value: step.organisationName }]
            : []),
          ...(step.note ? [{ label: t("pathway.note"), value: step.note }] : []),
          ...(step.revisedAt && step.revisionReason
            ? [
                {
                  label: t(step.status === "cancelled" ? "step.cancelledBecause" : "step.revised"),
                  value: t("step.revision", {
                    when: formatDateTime(step.revisedAt),
                    who: step.revisedByName ?? "–",
                    reason: step.revisionReason,
                  }),
                },
              ]
            : []),
        ],
        actions: session.can("pathway.write") ? (
          <>
            <StepStatusForm step={step} kindTitle={titleOf(step.kind)} onChanged={stepChanged} />
            <StepCorrectionForm
              step={step}
              kindTitle={titleOf(step.kind)}
              kinds={loadedValue(kinds) ?? []}
              onChanged={stepChanged}
            />
          </>
        ) : undefined,
      }));

  return (
    <>
      <StatusMessage message={stepNotice()} />
      <Async resource={pathway} retry={reload}>
        {(p) => <Timeline label={t("pathway.timeline")} items={items(p)} empty={t("pathway.empty")} />}
      </Async>
      <Show when={session.can("pathway.write")}>
        <AddStepForm
          studentId={props.studentId}
          kinds={loadedValue(kinds) ?? []}
          kindsError={kinds.error}
          onAdded={stepChanged}
        />
      </Show>
      <Section title={t("outcomes.title")} level={3}>
        <StatusMessage message={outcomeNotice()} />
        <Async resource={pathway} retry={reload}>
          {(p) => (
            <DataTable
              caption={t("outcomes.title")}
              hideCaption
              empty={t("outcomes.empty")}
              rows={p.outcomes}
              columns={[
                { header: t("outcomes.kind"), rowHeader: true, cell: (o) => t(`outcome.${o.kind}`) },
                { header: t("outcomes.occurredOn"), cell: (o) => formatDate(o.occurredOn) },
                {
                  header: t("outcomes.months"),
                  cell: (o) => (o.employmentMonths === null ? "–" : formatNumber(o.employmentMonths)),
                },
                { header: t("outcomes.note"), cell: (o) => o.note ?? "" },
              ]}
            />
          )}
        </Async>
        <Show when={session.can("outcome.write")}>
          <OutcomeForm
            studentId={props.studentId}
            onRecorded={(message) => {
              setOutcomeNotice(message);
            }}
          />
        </Show>
      </Section>
    </>
  );
}
