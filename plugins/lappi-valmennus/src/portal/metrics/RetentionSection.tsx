import {
  Async,
  createLiveResource,
  DataTable,
  Empty,
  ExportButtons,
  type ExportSheet,
  Section,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { BarChart, chartColors } from "./BarChart.tsx";
import { figureCells } from "./exports.ts";
import { Figure, StudentCount, summaryOf } from "./figures.tsx";
import { base, useFigures, useMetricsApi, useMetricsText } from "./shared.tsx";

/** Retention after the first year per cohort, the programme's and the baselines before it. */
export function RetentionSection() {
  const { text } = useMetricsText();
  const { pct } = useFigures();
  const session = useSession();
  const api = useMetricsApi();
  const [data, { refetch }] = createLiveResource(() => api.retention.query());
  const cells = figureCells(text);
  const labelOf = (c: { cohortYear: number; origin: "programme" | "baseline" }) =>
    c.origin === "baseline"
      ? text("metrics.retention.baselineLabel", { year: c.cohortYear })
      : String(c.cohortYear);
  return (
    <Section title={text("metrics.retention.title")}>
      <p>{text("metrics.retention.intro")}</p>
      <Async resource={data} retry={refetch}>
        {(r) => (
          <Show when={r.cohorts.length > 0} fallback={<Empty>{text("metrics.noData")}</Empty>}>
            <BarChart
              labels={r.cohorts.map(labelOf)}
              series={[
                {
                  label: text("metrics.retention.still"),
                  data: r.cohorts.map((c) => c.stillStudyingPct),
                  color: chartColors.blue,
                },
                {
                  label: text("metrics.retention.stillOrChanged"),
                  data: r.cohorts.map((c) => c.stillOrChangedPct),
                  color: chartColors.orange,
                },
              ]}
              summary={summaryOf(
                text("metrics.retention.chart"),
                r.cohorts.flatMap((c) =>
                  c.stillStudyingPct === null || c.stillOrChangedPct === null
                    ? []
                    : [`${labelOf(c)}: ${pct(c.stillStudyingPct)} / ${pct(c.stillOrChangedPct)}`],
                ),
                text("metrics.chartNote"),
              )}
            />
            <DataTable
              caption={text("metrics.retention.caption")}
              empty={text("metrics.noData")}
              rows={r.cohorts}
              columns={[
                { header: text("metrics.retention.cohort"), rowHeader: true, cell: (c) => c.cohortYear },
                {
                  header: text("metrics.retention.origin"),
                  cell: (c) => text(`metrics.retention.origin.${c.origin}`),
                },
                {
                  header: text("metrics.retention.students"),
                  cell: (c) => <StudentCount students={c.students} />,
                },
                {
                  header: text("metrics.retention.still"),
                  cell: (c) => <Figure suppressed={c.suppressed} value={c.stillStudyingPct} format={pct} />,
                },
                {
                  header: text("metrics.retention.stillOrChanged"),
                  cell: (c) => <Figure suppressed={c.suppressed} value={c.stillOrChangedPct} format={pct} />,
                },
                { header: text("metrics.retention.unrecorded"), cell: (c) => c.unrecorded },
              ]}
            />
            <Show when={r.baseline?.stillStudyingPct != null && r.baseline}>
              {(b) => (
                <p>
                  {text("metrics.retention.pooled", {
                    from: b().fromYear,
                    to: b().toYear,
                    still: pct(b().stillStudyingPct!),
                    either: pct(b().stillOrChangedPct!),
                  })}
                </p>
              )}
            </Show>
            <ExportButtons
              label={text("metrics.retention.caption")}
              fileName={text("metrics.exportFile.retention")}
              sheets={() => [
                {
                  title: text("metrics.retention.title"),
                  rows: r.cohorts,
                  columns: [
                    { header: text("metrics.retention.cohort"), kind: "number", value: (c) => c.cohortYear },
                    {
                      header: text("metrics.retention.origin"),
                      kind: "text",
                      value: (c) => text(`metrics.retention.origin.${c.origin}`),
                    },
                    {
                      header: text("metrics.retention.students"),
                      kind: "number",
                      value: (c) => cells.students(c.students),
                    },
                    {
                      header: text("metrics.retention.still"),
                      kind: "percent",
                      value: (c) => cells.pct(c.suppressed, c.stillStudyingPct),
                    },
                    {
                      header: text("metrics.retention.stillOrChanged"),
                      kind: "percent",
                      value: (c) => cells.pct(c.suppressed, c.stillOrChangedPct),
                    },
                    {
                      header: text("metrics.retention.unrecorded"),
                      kind: "number",
                      value: (c) => c.unrecorded,
                    },
                  ],
                } satisfies ExportSheet<(typeof r.cohorts)[number]>,
              ]}
            />
          </Show>
        )}
      </Async>
      <Show when={session.can("valmennus.cohort.manage")}>
        <p>
          <A href={`${base}/metrics/baselines`}>{text("metrics.retention.manage")}</A>
        </p>
      </Show>
    </Section>
  );
}
