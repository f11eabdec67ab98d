import { pathwayPhases as phases } from "@polku/domain/vocabulary";
import {
  type ApiOutputs,
  Async,
  Button,
  type Column,
  DataTable,
  formatDate,
  Page,
  SelectField,
  StatusMessage,
  TextField,
  useApi,
  useI18n,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";

type Row = ApiOutputs["students"]["list"][number];
const PAGE_SIZE = 25;

/**
 * The query lives in memory, not in the URL: a name typed into the search must not end up in browser
 * history. Kept at module level so that coming back from a student's page finds the same page of the list.
 */
const [query, setQuery] = createSignal({ search: "", phase: "", page: 0 });

export default function Students() {
  const { t } = useI18n();
  const api = useApi();
  const [search, setSearch] = createSignal(query().search);
  const [phase, setPhase] = createSignal(query().phase);

  // One more than a page tells whether there is a next page, without counting every row.
  const [rows, { refetch }] = createResource(query, (q) =>
    api.students.list.query({
      ...(q.search.trim() ? { search: q.search.trim() } : {}),
      ...(q.phase ? { phase: q.phase } : {}),
      limit: PAGE_SIZE + 1,
      offset: q.page * PAGE_SIZE,
    }),
  );

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
    { header: t("students.phase"), cell: (s) => t(`phase.${s.phase}`) },
    {
      header: t("students.studyRight"),
      cell: (s) => (
        <>
          {t(`studyRight.${s.studyRightState}`)}
          <Show when={s.minor}>{`, ${t("student.minor").toLowerCase()}`}</Show>
        </>
      ),
    },
    { header: t("students.expectedGraduation"), cell: (s) => formatDate(s.expectedGraduation) || "–" },
  ];

  const page = () => query().page;
  const shown = (list: readonly Row[]) => list.slice(0, PAGE_SIZE);

  return (
    <Page title={t("students.title")}>
      <form
        class="form-inline"
        aria-label={t("students.searchForm")}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ search: search(), phase: phase(), page: 0 });
        }}
      >
        <TextField
          label={t("students.search")}
          type="search"
          name="search"
          value={search()}
          onValue={setSearch}
        />
        <SelectField
          label={t("students.phase")}
          value={phase()}
          onValue={setPhase}
          placeholder={t("students.allPhases")}
          options={phases.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
        />
        <div class="field">
          <Button type="submit">{t("students.submit")}</Button>
        </div>
      </form>

      <Async resource={rows} retry={() => void refetch()}>
        {(list) => (
          <>
            <StatusMessage
              message={
                list.length > 0
                  ? t("students.shown", {
                      from: page() * PAGE_SIZE + 1,
                      to: page() * PAGE_SIZE + shown(list).length,
                    })
                  : null
              }
            />
            <DataTable
              caption={t("students.caption", { page: page() + 1 })}
              columns={columns()}
              rows={shown(list)}
              empty={t("students.empty")}
            />
            <nav class="pager" aria-label={t("students.paging")}>
              <Button
                variant="secondary"
                disabled={page() === 0}
                onClick={() => setQuery({ ...query(), page: page() - 1 })}
              >
                {t("students.prev")}
              </Button>
              <span>{t("students.pageOf", { page: page() + 1 })}</span>
              <Button
                variant="secondary"
                disabled={list.length <= PAGE_SIZE}
                onClick={() => setQuery({ ...query(), page: page() + 1 })}
              >
                {t("students.next")}
              </Button>
            </nav>
          </>
        )}
      </Async>
    </Page>
  );
}
