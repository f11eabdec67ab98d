import {
  Async,
  type Column,
  createLiveResource,
  DataTable,
  loadedValue,
  Page,
  Section,
  SelectField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A, useNavigate } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, Show } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import type { Outputs } from "./labels.ts";
import { stateTone, useChecklistText } from "./labels.ts";

type Row = Outputs["overview"]["participants"][number];

/**
 * The start of studies at a glance. Staff see the participants in one table per cohort and group, each
 * with how many of the eight items are done and which are late (named in text, not only coloured), and
 * open a student's checklist from there. A student, or a guardian with one ward, goes straight to the
 * checklist; a guardian with several wards picks one.
 */
export default function ChecklistHome() {
  const { text, formatDate, itemLabel, outcomeLabel } = useChecklistText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const navigate = useNavigate();
  const staff = () =>
    session.can("valmennus.checklist.record") || session.can("valmennus.participant.manage");
  const [cohort, setCohort] = createSignal("");
  const [group, setGroup] = createSignal("");
  const [overview, { refetch }] = createLiveResource(
    () => ({ cohort: cohort(), group: group() }),
    (filter) =>
      api.checklist.overview.query({
        ...(filter.cohort ? { cohortYear: Number(filter.cohort) } : {}),
        ...(filter.group ? { groupId: filter.group } : {}),
      }),
  );
  const [groups] = createLiveResource(staff, () => api.checklist.groups.query());

  createEffect(() => {
    const loaded = loadedValue(overview);
    if (!session.me.latest || staff() || !loaded || loaded.participants.length !== 1) return;
    navigate(`/p/${pluginId}/students/${loaded.participants[0]!.studentId}`, { replace: true });
  });

  /** Newest cohort first; within it, the groups by name (the server's order). */
  const tables = createMemo(() => {
    const rows = loadedValue(overview)?.participants ?? [];
    const byKey = new Map<string, { cohort: number; group: string | null; rows: Row[] }>();
    for (const row of rows) {
      const key = `${row.cohortYear}|${row.groupId ?? ""}`;
      const table = byKey.get(key) ?? { cohort: row.cohortYear, group: row.groupName, rows: [] };
      table.rows.push(row);
      byKey.set(key, table);
    }
    return [...byKey.values()].sort((a, b) => b.cohort - a.cohort);
  });

  const nameLink = (p: Row) => (
    <A href={`/p/${pluginId}/students/${p.studentId}`}>{`${p.lastName}, ${p.firstName}`}</A>
  );
  const lateCell = (p: Row) => (
    <Show when={p.late > 0} fallback={text("checklist.table.noneLate")}>
      <span class={`badge ${stateTone("late")}`}>
        {text("checklist.table.lateList", {
          count: p.late,
          items: p.lateItems.map((id) => itemLabel(id)).join(", "),
        })}
      </span>
    </Show>
  );
  const columns = (withOutcome: boolean): Column<Row>[] => [
    { header: text("checklist.table.student"), rowHeader: true, cell: nameLink },
    { header: text("checklist.table.startedOn"), cell: (p) => formatDate(p.startedOn) },
    {
      header: text("checklist.table.done"),
      cell: (p) => text("checklist.table.doneCount", { done: p.done, total: p.total }),
    },
    { header: text("checklist.table.late"), cell: lateCell },
    ...(withOutcome
      ? [{ header: text("checklist.table.outcome"), cell: (p: Row) => outcomeLabel(p.firstYearOutcome) }]
      : []),
  ];

  return (
    <Page
      title={text("checklist.home.title")}
      intro={text("checklist.home.intro")}
      actions={
        <Show when={session.can("valmennus.participant.manage")}>
          <A class="button button-secondary" href={`/p/${pluginId}/enrol`}>
            {text("checklist.home.enrol")}
          </A>
        </Show>
      }
    >
      <Show when={staff()}>
        <form
          class="form form-inline"
          aria-label={text("checklist.filter.title")}
          onSubmit={(e) => e.preventDefault()}
        >
          <SelectField
            label={text("checklist.filter.cohort")}
            value={cohort()}
            onValue={setCohort}
            placeholder={text("checklist.filter.all")}
            options={(loadedValue(overview)?.cohorts ?? []).map((year) => ({
              value: String(year),
              label: String(year),
            }))}
          />
          <SelectField
            label={text("checklist.filter.group")}
            value={group()}
            onValue={setGroup}
            placeholder={text("checklist.filter.all")}
            options={(loadedValue(groups) ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
        </form>
      </Show>
      <Async resource={overview} retry={refetch}>
        {(data) => (
          <Show when={data.participants.length > 0} fallback={<p>{text("checklist.home.empty")}</p>}>
            <Show when={data.more}>
              <p role="status">{text("checklist.home.more", { count: data.participants.length })}</p>
            </Show>
            <Show
              when={staff()}
              fallback={
                <Section title={text("checklist.home.ownTitle")}>
                  <DataTable
                    caption={text("checklist.home.ownCaption")}
                    hideCaption
                    rows={data.participants}
                    columns={columns(false)}
                  />
                </Section>
              }
            >
              <For each={tables()}>
                {(table) => {
                  const caption = text("checklist.table.caption", {
                    cohort: table.cohort,
                    group: table.group ?? text("checklist.table.noGroup"),
                  });
                  return (
                    <Section title={caption}>
                      <DataTable
                        caption={caption}
                        hideCaption
                        rows={table.rows}
                        columns={columns(table.rows.some((r) => r.firstYearOutcome !== null))}
                      />
                    </Section>
                  );
                }}
              </For>
            </Show>
          </Show>
        )}
      </Async>
    </Page>
  );
}
