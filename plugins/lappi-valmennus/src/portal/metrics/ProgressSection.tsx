import {
  Async,
  createLiveResource,
  DataTable,
  Empty,
  ExportButtons,
  type ExportSheet,
  Section,
} from "@polku/ui";
import { Show } from "solid-js";
import { BarChart, chartColors } from "./BarChart.tsx";
import { figureCells } from "./exports.ts";
import { Figure, StudentCount, summaryOf } from "./figures.tsx";
import { useFigures, useMetricsApi, useMetricsText } from "./shared.tsx";

/** Qualification unit progress per cohort of participants. */
export function ProgressSection() {
  const { text } = useMetricsText();
  const { pct, decimal } = useFigures();
  const api = useMetricsApi();
  const [data, { refetch }] = createLiveResource(() => api.progress.query());
  const cells = figureCells(text);
  return (
    <Section title={text("metrics.progress.title")}>
      <p>{text("metrics.progress.intro")}</p>
      <Async resource={data} retry={refetch}>
        {(p) => (
          <Show when={p.cohorts.length > 0} fallback={<Empty>{text("metrics.noData")}</Empty>}>
            <BarChart
              stacked
              labels={p.cohorts.map((c) => String(c.cohortYear))}
              series={[
                {
                  label: text("metrics.progress.completed"),
                  data: p.cohorts.map((c) => c.completedPct),
                  color: chartColors.blue,
                },
                {
                  label: text("metrics.progress.inProgress"),
                  data: p.cohorts.map((c) => c.inProgressPct),
                  color: chartColors.orange,
                },
                {
                  label: text("metrics.progress.notStarted"),
                  data: p.cohorts.map((c) => c.notStartedPct),
                  color: chartColors.grey,
                },
              ]}
              summary={summaryOf(
                text("metrics.progress.chart"),
                p.cohorts.flatMap((c) =>
                  c.completedPct === null
                    ? []
                    : [`${c.cohortYear}: ${text("metrics.progress.completed")} ${pct(c.completedPct)}`],
                ),
                text("metrics.chartNote"),
              )}
            />
            <DataTable
              caption={text("metrics.progress.caption")}
              empty={text("metrics.noData")}
              rows={p.cohorts}
              columns={[
                { header: text("metrics.progress.cohort"), rowHeader: true, cell: (c) => c.cohortYear },
                { header: text("metrics.progress.participants"), cell: (c) => c.participants },
                {
                  header: text("metrics.progress.students"),
                  cell: (c) => <StudentCount students={c.students} />,
                },
                {
                  header: text("metrics.progress.completed"),
                  cell: (c) => <Figure suppressed={c.suppressed} value={c.completedPct} format={pct} />,
                },
                {
                  header: text("metrics.progress.inProgress"),
                  cell: (c) => <Figure suppressed={c.suppressed} value={c.inProgressPct} format={pct} />,
                },
                {
                  header: text("metrics.progress.notStarted"),
                  cell: (c) => <Figure suppressed={c.suppressed} value={c.notStartedPct} format={pct} />,
                },
                {
                  header: text("metrics.progress.median"),
                  cell: (c) => (
                    <Figure suppressed={c.suppressed} value={c.medianCompleted} format={decimal} />
                  ),
                },
              ]}
            />
            <ExportButtons
              label={text("metrics.progress.caption")}
              fileName={text("metrics.exportFile.progress")}
              sheets={() => [
                {
                  title: text("metrics.progress.title"),
                  rows: p.cohorts,
                  columns: [
                    { header: text("metrics.progress.cohort"), kind: "number", value: (c) => c.cohortYear },
                    {
                      header: text("metrics.progress.participants"),
                      kind: "number",
                      value: (c) => c.participants,
                    },
                    {
                      header: text("metrics.progress.students"),
                      kind: "number",
                      value: (c) => cells.students(c.students),
                    },
                    {
                      header: text("metrics.progress.completed"),
                      kind: "percent",
                      value: (c) => cells.pct(c.suppressed, c.completedPct),
                    },
                    {
                      header: text("metrics.progress.inProgress"),
                      kind: "percent",
                      value: (c) => cells.pct(c.suppressed, c.inProgressPct),
                    },
                    {
                      header: text("metrics.progress.notStarted"),
                      kind: "percent",
                      value: (c) => cells.pct(c.suppressed, c.notStartedPct),
                    },
                    {
                      header: text("metrics.progress.median"),
                      kind: "number",
                      decimals: 1,
                      value: (c) => cells.value(c.suppressed, c.medianCompleted),
                    },
                  ],
                } satisfies ExportSheet<(typeof p.cohorts)[number]>,
              ]}
            />
          </Show>
        )}
      </Async>
    </Section>
  );
}
