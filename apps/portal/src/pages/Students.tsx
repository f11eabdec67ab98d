import { localDateIn } from "@polku/domain/days";
import { pathwayPhases as phases } from "@polku/domain/vocabulary";
import {
  type ApiOutputs,
  Async,
  Button,
  CheckboxField,
  type Column,
  createLiveResource,
  DataTable,
  ExportButtons,
  formatDate,
  Page,
  SelectField,
  StatusMessage,
  TextField,
  useApi,
  useI18n,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { readAllPages, studentExportColumns } from "./students-export.ts";

type Sort = "name" | "expectedGraduation" | "phase";
interface Query {
  readonly search: string;
  readonly phase: string;
  readonly groupId: string;
  readonly mine: boolean;
  readonly sort: Sort;
  readonly descending: boolean;
  readonly page: number;
}
const sorts: readonly Sort[] = ["name", "expectedGraduation", "phase"];

type Row = ApiOutputs["students"]["list"][number];
const PAGE_SIZE = 25;

/**
 * The query lives in memory, not in the URL: a name typed into the search must not end up in browser
 * history. Kept at module level so that coming back from a student's page finds the same page of the list.
 */
const [query, setQuery] = createSignal<Query>({
  search: "",
  phase: "",
  groupId: "",
  mine: false,
  sort: "name",
  descending: false,
  page: 0,
});

/** The list's filters as the API takes them (for the page and for its count). */
const filtersOf = (q: Query) => ({
  ...(q.search.trim() ? { search: q.search.trim() } : {}),
  ...(q.phase ? { phase: q.phase } : {}),
  ...(q.groupId ? { groupId: q.groupId } : {}),
  ...(q.mine ? { mine: true } : {}),
});

export default function Students() {
  const { t } = useI18n();
  const api = useApi();
  const session = useSession();
  const [draft, setDraft] = createSignal(query());
  const edit = (change: Partial<Query>) => setDraft({ ...draft(), ...change });
  // Staff who work with teaching groups can narrow the list to one; others have no groups to choose.
  const [groups] = createLiveResource(
    () => session.can("group.read"),
    async (allowed) => (allowed ? api.attendance.groups.query() : []),
  );

  // The page and the total go in one request (the client batches them).
  const [rows, { refetch }] = createLiveResource(query, async (q) => {
    const [list, { total }] = await Promise.all([
      api.students.list.query({
        ...filtersOf(q),
        sort: q.sort,
        descending: q.descending,
        limit: PAGE_SIZE,
        offset: q.page * PAGE_SIZE,
      }),
      api.students.count.query(filtersOf(q)),
    ]);
    return { list, total };
  });

  // A function, so the headers follow a change of language.
  const columns = (): Column<Row>[] => [
    {
      header: t("students.name"),
      rowHeader: true,
      cell: (s) => (
        <A href={`/students/${s.id}`}>
          {s.lastName}, {s.firstName}
        </A>
      ),
    },
    { header: t("students.birthDate"), cell: (s) => formatDate(s.birthDate) },
    { header: t("students.qualification"), cell: (s) => s.qualificationName ?? "–" },
    { header: t("students.phase"), cell: (s) => (s.phase ? t(`phase.${s.phase}`) : "–") },
    {
      header: t("students.studyRight"),
      cell: (s) => (
        <>
          {s.studyRightState ? t(`studyRight.${s.studyRightState}`) : "–"}
          <Show when={s.minor}>{`, ${t("student.minor").toLowerCase()}`}</Show>
        </>
      ),
    },
    { header: t("students.expectedGraduation"), cell: (s) => formatDate(s.expectedGraduation) || "–" },
  ];

  const page = () => query().page;
  // Without a search, an empty list is not a search that found nothing: say why nobody shows.
  const partnerRoles = new Set(["workshop_coach", "company_contact", "partner_contact"]);
  const emptyText = () => {
    const q = query();
    if (q.search.trim() || q.phase || q.groupId || q.mine) return t("students.empty");
    const role = session.me.latest?.current.role ?? "";
    return t(partnerRoles.has(role) ? "students.noneShared" : "students.none");
  };
  const pages = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

  // The file holds everything the list's search finds, in the list's order: every page, read at the click.
  const exportSheets = async () => {
    const q = query();
    const rows = await readAllPages((page) =>
      api.students.list.query({ ...filtersOf(q), sort: q.sort, descending: q.descending, ...page }),
    );
    return [{ title: t("students.title"), columns: studentExportColumns(t), rows }];
  };

  return (
    <Page title={t("students.title")}>
      <form
        class="form-inline"
        aria-label={t("students.searchForm")}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...draft(), page: 0 });
        }}
      >
        <TextField
          label={t("students.search")}
          hint={t("students.searchHint")}
          type="search"
          name="search"
          value={draft().search}
          onValue={(search) => edit({ search })}
        />
        <SelectField
          label={t("students.phase")}
          value={draft().phase}
          onValue={(phase) => edit({ phase })}
          placeholder={t("students.allPhases")}
          options={phases.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
        />
        <Show when={(groups() ?? []).length > 0}>
          <SelectField
            label={t("students.group")}
            value={draft().groupId}
            onValue={(groupId) => edit({ groupId })}
            placeholder={t("students.allGroups")}
            options={(groups() ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
        </Show>
        <SelectField
          label={t("students.sort")}
          value={draft().sort}
          onValue={(sort) => edit({ sort: sort as Sort })}
          options={sorts.map((s) => ({ value: s, label: t(`students.sort.${s}`) }))}
        />
        <CheckboxField
          label={t("students.descending")}
          checked={draft().descending}
          onChecked={(descending) => edit({ descending })}
        />
        <Show when={session.can("group.read")}>
          <CheckboxField
            label={t("students.mine")}
            checked={draft().mine}
            onChecked={(mine) => edit({ mine })}
          />
        </Show>
        <div class="field">
          <Button type="submit">{t("students.submit")}</Button>
        </div>
      </form>

      <Async resource={rows} retry={() => void refetch()}>
        {({ list, total }) => (
          <>
            <StatusMessage
              message={
                list.length > 0
                  ? t("students.shown", {
                      from: page() * PAGE_SIZE + 1,
                      to: page() * PAGE_SIZE + list.length,
                      total,
                    })
                  : null
              }
            />
            <DataTable
              caption={t("students.caption", { page: page() + 1, pages: pages(total) })}
              columns={columns()}
              rows={list}
              empty={emptyText()}
            />
            <Show when={pages(total) > 1}>
              <nav class="pager" aria-label={t("students.paging")}>
                <Button
                  variant="secondary"
                  disabled={page() === 0}
                  onClick={() => setQuery({ ...query(), page: page() - 1 })}
                >
                  {t("students.prev")}
                </Button>
                <span>{t("students.pageOf", { page: page() + 1, pages: pages(total) })}</span>
                <Button
                  variant="secondary"
                  disabled={page() + 1 >= pages(total)}
                  onClick={() => setQuery({ ...query(), page: page() + 1 })}
                >
                  {t("students.next")}
                </Button>
              </nav>
            </Show>
            <Show when={total > 0}>
              <ExportButtons
                label={t("students.exportLabel")}
                fileName={`${t("students.exportFile")}-${localDateIn(new Date())}`}
                sheets={exportSheets}
              />
            </Show>
          </>
        )}
      </Async>
    </Page>
  );
}
