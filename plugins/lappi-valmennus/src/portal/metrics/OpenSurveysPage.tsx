/** The surveys open to the person (a student's for students, staff's for the team), to answer once. */
import { Async, createLiveResource, DataTable, Page } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";

export default function OpenSurveysPage() {
  const { text, formatDate } = useMetricsText();
  const api = useMetricsApi();
  const [surveys, { refetch }] = createLiveResource(() => api.surveys.open.query());
  return (
    <Page title={text("metrics.answer.listTitle")} intro={text("metrics.answer.listIntro")}>
      <Async resource={surveys} retry={refetch}>
        {(rows) => (
          <DataTable
            caption={text("metrics.answer.caption")}
            empty={text("metrics.answer.empty")}
            rows={rows}
            columns={[
              {
                header: text("metrics.surveys.survey"),
                rowHeader: true,
                cell: (s) => (
                  <Show when={!s.answered} fallback={s.title}>
                    <A href={`${base}/surveys/${s.id}`}>{s.title}</A>
                  </Show>
                ),
              },
              { header: text("metrics.answer.closes"), cell: (s) => formatDate(s.closesOn) },
              {
                header: text("metrics.answer.state"),
                cell: (s) => text(s.answered ? "metrics.answer.answered" : "metrics.answer.notAnswered"),
              },
            ]}
          />
        )}
      </Async>
    </Page>
  );
}
