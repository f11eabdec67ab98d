import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DetailList,
  loadedValue,
  Page,
  Section,
  StatusMessage,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { type ManualTask, manualTasks } from "../../checklist/tasks.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { ReviewForm, ScreeningForm, TaskForm } from "./forms.tsx";
import { stateTone, studentName, useChecklistText } from "./labels.ts";

const isManual = (id: string): id is ManualTask => (manualTasks as readonly string[]).includes(id);

/**
 * One student's start of studies: the eight items in order with the due day and the day each was done,
 * or "late" in words. Staff with the right record tasks and screenings here; a student and the guardian
 * of a minor read the same list.
 */
export default function StudentChecklist() {
  const params = useParams<{ studentId: string }>();
  const { text, formatDate, itemLabel, stateLabel, kindLabel, resultLabel, outcomeLabel, hoksLabel } =
    useChecklistText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [detail, { refetch }] = createLiveResource(
    () => params.studentId,
    (studentId) => api.checklist.forStudent.query({ studentId }),
  );
  const [message, setMessage] = createSignal<string | null>(null);
  const canRecord = () => session.can("valmennus.checklist.record");
  const title = () => {
    const d = loadedValue(detail);
    return d
      ? text("checklist.detail.title", { name: studentName(d.participant) })
      : text("checklist.home.title");
  };
  const saved = (note: string) => {
    setMessage(note);
  };
  const undo = createSubmission((task: ManualTask) =>
    api.checklist.undoTask.mutate({ studentId: params.studentId, task }),
  );
  const undoTask = async (task: ManualTask) => {
    if (!window.confirm(text("checklist.detail.undoConfirm"))) return;
    if (await undo.run(task)) saved(text("checklist.detail.undone"));
  };

  return (
    <Page title={title()}>
      <p>
        <A href={`/p/${pluginId}`}>{text("checklist.detail.back")}</A>
      </p>
      <StatusMessage message={message()} />
      <Async resource={detail} retry={refetch}>
        {(d) => (
          <>
            <Section title={text("checklist.detail.summary")}>
              <DetailList
                items={[
                  { label: text("checklist.detail.cohort"), value: String(d.participant.cohortYear) },
                  { label: text("checklist.detail.startedOn"), value: formatDate(d.participant.startedOn) },
                  ...(d.participant.groupName
                    ? [{ label: text("checklist.detail.group"), value: d.participant.groupName }]
                    : []),
                  {
                    label: text("checklist.detail.progress"),
                    value: text("checklist.table.doneCount", {
                      done: d.summary.done,
                      total: d.summary.total,
                    }),
                  },
                  { label: text("checklist.detail.lateCount"), value: String(d.summary.late) },
                  { label: text("checklist.detail.hoks"), value: hoksLabel(d.hoksStatus) },
                  ...(d.participant.firstYearOutcome
                    ? [
                        {
                          label: text("checklist.table.outcome"),
                          value: outcomeLabel(d.participant.firstYearOutcome),
                        },
                      ]
                    : []),
                ]}
              />
            </Section>
            <Section title={text("checklist.detail.items")}>
              <Show when={undo.error()}>{(error) => <ApiError error={error()} />}</Show>
              <DataTable
                caption={text("checklist.detail.itemsCaption")}
                rows={d.items}
                columns={[
                  { header: text("checklist.detail.item"), rowHeader: true, cell: (i) => itemLabel(i.id) },
                  { header: text("checklist.detail.dueOn"), cell: (i) => formatDate(i.dueOn) },
                  {
                    header: text("checklist.detail.state"),
                    cell: (i) => <span class={`badge ${stateTone(i.state)}`}>{stateLabel(i)}</span>,
                  },
                  { header: text("checklist.detail.note"), cell: (i) => i.note ?? "" },
                  ...(canRecord()
                    ? [
                        {
                          header: text("checklist.detail.actions"),
                          cell: (i: (typeof d.items)[number]) => {
                            const task = i.id;
                            return (
                              <Show when={i.state === "done" && isManual(task) && i.doneOn !== null}>
                                <Button variant="secondary" onClick={() => void undoTask(task as ManualTask)}>
                                  {text("checklist.detail.undo")}
                                  <span class="visually-hidden">: {itemLabel(task)}</span>
                                </Button>
                              </Show>
                            );
                          },
                        },
                      ]
                    : []),
                ]}
              />
              <Show
                when={canRecord()}
                fallback={<p class="field-hint">{text("checklist.detail.readOnly")}</p>}
              >
                <TaskForm
                  studentId={d.participant.studentId}
                  notes={new Map(d.items.map((i) => [i.id, i.note]))}
                  onSaved={(task) => saved(text("checklist.task.saved", { task: itemLabel(task) }))}
                />
              </Show>
            </Section>
            <Section title={text("checklist.screening.title")}>
              <DataTable
                caption={text("checklist.screening.caption")}
                hideCaption
                empty={text("checklist.screening.empty")}
                rows={d.screenings}
                columns={[
                  {
                    header: text("checklist.screening.kind"),
                    rowHeader: true,
                    cell: (s) => kindLabel(s.kind),
                  },
                  { header: text("checklist.screening.takenOn"), cell: (s) => formatDate(s.takenOn) },
                  { header: text("checklist.screening.result"), cell: (s) => resultLabel(s.result) },
                  { header: text("checklist.screening.score"), cell: (s) => (s.score ?? "").toString() },
                  {
                    header: text("checklist.screening.reviewedOn"),
                    cell: (s) =>
                      s.reviewedOn ? formatDate(s.reviewedOn) : text("checklist.screening.notReviewed"),
                  },
                  { header: text("checklist.screening.note"), cell: (s) => s.note ?? "" },
                ]}
              />
              <Show when={canRecord()}>
                <div class="columns">
                  <ScreeningForm
                    studentId={d.participant.studentId}
                    onSaved={() => saved(text("checklist.screening.saved"))}
                  />
                  <Show when={d.screenings.length > 0}>
                    <ReviewForm
                      studentId={d.participant.studentId}
                      onSaved={() => saved(text("checklist.review.saved"))}
                    />
                  </Show>
                </div>
              </Show>
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
