import { localDateIn } from "@polku/domain";
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
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { DoneForm } from "./DoneForm.tsx";
import { ItemForm, type ItemValues } from "./ItemForm.tsx";
import { usePlansText } from "./labels.ts";
import { PlanForm } from "./PlanForm.tsx";

type Editing = { mode: "add" } | { mode: "edit"; item: ItemValues } | { mode: "done"; item: ItemValues };

/** One group's plan for a term: its goals, and its items in date order, to add, edit and tick off. */
export default function PlanPage() {
  const params = useParams<{ planId: string }>();
  const { text, formatDate, kindLabel } = usePlansText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const canWrite = () => session.can("valmennus.plan.write");
  const [plan, { refetch }] = createLiveResource(
    () => params.planId,
    (planId) => api.plans.get.query({ planId }),
  );
  const [staff] = createLiveResource(canWrite, () => api.plans.staff.query());
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [editingPlan, setEditingPlan] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);
  const today = localDateIn(new Date());
  const title = () => {
    const p = loadedValue(plan);
    return p ? text("plans.plan.title", { group: p.groupName }) : text("plans.home.title");
  };
  const done = (note: string) => {
    setEditing(null);
    setMessage(note);
  };
  const undo = createSubmission((itemId: string) => api.plans.undoDone.mutate({ itemId }));
  const remove = createSubmission((itemId: string) => api.plans.deleteItem.mutate({ itemId }));
  const removeItem = async (item: ItemValues) => {
    if (!window.confirm(text("plans.items.deleteConfirm", { title: item.title }))) return;
    if (await remove.run(item.id)) done(text("plans.items.deleted"));
  };
  const undoItem = async (item: ItemValues) => {
    if (await undo.run(item.id)) done(text("plans.items.undone"));
  };

  return (
    <Page title={title()}>
      <p>
        <A href={`/p/${pluginId}/plans`}>{text("plans.plan.back")}</A>
      </p>
      <StatusMessage message={message()} />
      <Async resource={plan} retry={refetch}>
        {(p) => (
          <>
            <Section title={text("plans.plan.goals")}>
              <DetailList
                items={[
                  {
                    label: text("plans.term"),
                    value: text("plans.termValue", {
                      start: formatDate(p.termStart),
                      end: formatDate(p.termEnd),
                    }),
                  },
                  { label: text("plans.form.groupGoals"), value: p.groupGoals },
                  { label: text("plans.form.individualGoals"), value: p.individualGoals },
                ]}
              />
              <Show when={canWrite()}>
                <Show
                  when={editingPlan()}
                  fallback={
                    <Button variant="secondary" onClick={() => setEditingPlan(true)}>
                      {text("plans.plan.edit")}
                    </Button>
                  }
                >
                  <PlanForm
                    planId={p.id}
                    title={text("plans.form.editTitle")}
                    initial={p}
                    onDone={() => {
                      setEditingPlan(false);
                      done(text("plans.plan.saved"));
                    }}
                    onCancel={() => setEditingPlan(false)}
                  />
                </Show>
              </Show>
            </Section>
            <Section title={text("plans.items.title")}>
              <Show when={undo.error() ?? remove.error()}>{(error) => <ApiError error={error()} />}</Show>
              <DataTable
                caption={text("plans.items.caption")}
                empty={text("plans.items.empty")}
                rows={p.items}
                columns={[
                  { header: text("plans.items.date"), cell: (i) => formatDate(i.plannedOn) },
                  { header: text("plans.items.time"), cell: (i) => i.startsAt ?? "" },
                  { header: text("plans.items.kind"), cell: (i) => kindLabel(i.kind) },
                  { header: text("plans.items.titleColumn"), rowHeader: true, cell: (i) => i.title },
                  { header: text("plans.items.place"), cell: (i) => i.place ?? "" },
                  { header: text("plans.items.responsible"), cell: (i) => i.responsibleName ?? "" },
                  {
                    header: text("plans.items.done"),
                    cell: (i) => (i.doneOn ? formatDate(i.doneOn) : text("plans.items.notDone")),
                  },
                  ...(canWrite()
                    ? [
                        {
                          header: text("plans.items.actions"),
                          cell: (i: ItemValues & { doneOn: string | null }) => (
                            <div class="button-row">
                              <Button
                                variant="secondary"
                                onClick={() => setEditing({ mode: "edit", item: i })}
                              >
                                {text("plans.items.editButton")}
                                <span class="visually-hidden">: {i.title}</span>
                              </Button>
                              <Show
                                when={i.doneOn}
                                fallback={
                                  <Button
                                    variant="secondary"
                                    onClick={() => setEditing({ mode: "done", item: i })}
                                  >
                                    {text("plans.items.markDone")}
                                    <span class="visually-hidden">: {i.title}</span>
                                  </Button>
                                }
                              >
                                <Button variant="secondary" onClick={() => void undoItem(i)}>
                                  {text("plans.items.undo")}
                                  <span class="visually-hidden">: {i.title}</span>
                                </Button>
                              </Show>
                              <Button variant="danger" onClick={() => void removeItem(i)}>
                                {text("plans.items.delete")}
                                <span class="visually-hidden">: {i.title}</span>
                              </Button>
                            </div>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              <Show when={canWrite()}>
                {/* Keyed: another item's form starts afresh from that item's values. */}
                <Show
                  when={editing()}
                  keyed
                  fallback={
                    <Button onClick={() => setEditing({ mode: "add" })}>{text("plans.items.add")}</Button>
                  }
                >
                  {(current) =>
                    current.mode === "done" ? (
                      <DoneForm
                        item={current.item}
                        today={today}
                        onDone={() => done(text("plans.items.markedDone"))}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <ItemForm
                        planId={p.id}
                        {...(current.mode === "edit" ? { item: current.item } : {})}
                        staff={loadedValue(staff) ?? []}
                        onDone={() =>
                          done(text(current.mode === "edit" ? "plans.items.saved" : "plans.items.added"))
                        }
                        onCancel={() => setEditing(null)}
                      />
                    )
                  }
                </Show>
              </Show>
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
