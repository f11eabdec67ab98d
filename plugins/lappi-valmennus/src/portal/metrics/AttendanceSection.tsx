import {
  Async,
  createLiveResource,
  DataTable,
  ExportButtons,
  type ExportSheet,
  loadedValue,
  Section,
  SelectField,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { BarChart, chartColors } from "./BarChart.tsx";
import { figureCells } from "./exports.ts";
import { Figure, StudentCount, summaryOf } from "./figures.tsx";
import { useFigures, useMetricsApi, useMetricsText } from "./shared.tsx";

/** Attendance by month of the academic year, of all the programme's participants or of one group. */
export function AttendanceSection() {
  const { text, formatDate } = useMetricsText();
  const { pct, month } = useFigures();
  const api = useMetricsApi();
  const [groupId, setGroupId] = createSignal("");
  const [data, { refetch }] = createLiveResource(
    () => ({ groupId: groupId() }),
    (q) => api.attendance.query(q.groupId ? { groupId: q.groupId } : {}),
  );
  // The choice of group stays outside the loaded part, so it keeps its focus while the figures reload.
  const groups = () => loadedValue(data)?.groups ?? [];
  const cells = figureCells(text);
  type Loaded = NonNullable<ReturnType<typeof data>>;
  // The months and the year's total, as the table shows them and the file has them.
  const rowsOf = (a: Loaded) => [
    ...a.months.map((m) => ({ ...m, label: month(m.month) })),
    { ...a.total, label: text("metrics.attendance.total") },
  ];
  const groupName = () => groups().find((g) => g.id === groupId())?.name ?? "";
  return (
    <Section title={text("metrics.attendance.title")}>
      <Show when={groups().length > 0}>
        <SelectField
          class="metrics-filter"
          label={text("metrics.attendance.group")}
          value={groupId()}
          onValue={setGroupId}
          options={[
            { value: "", label: text("metrics.attendance.allGroups") },
            ...groups().map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
      </Show>
      <Async resource={data} retry={refetch}>
        {(a) => (
          <>
            <p>
              {text("metrics.attendance.intro", {
                from: formatDate(a.academicYear.from),
                to: formatDate(a.academicYear.to),
              })}
            </p>
            <BarChart
              stacked
              labels={a.months.map((m) => month(m.month))}
              series={[
                {
                  label: text("metrics.attendance.attended"),
                  data: a.months.map((m) => m.attendedPct),
                  color: chartColors.blue,
                },
                {
                  label: text("metrics.attendance.unexplained"),
                  data: a.months.map((m) => m.unexplainedPct),
                  color: chartColors.orange,
                },
                {
                  label: text("metrics.attendance.excused"),
                  data: a.months.map((m) => m.excusedPct),
                  color: chartColors.grey,
                },
              ]}
              summary={summaryOf(
                text("metrics.attendance.chart"),
                a.months.flatMap((m) =>
                  m.attendedPct === null
                    ? []
                    : [`${month(m.month)}: ${text("metrics.attendance.attended")} ${pct(m.attendedPct)}`],
                ),
                text("metrics.chartNote"),
              )}
            />
            <DataTable
              caption={text("metrics.attendance.caption")}
              rows={rowsOf(a)}
              columns={[
                { header: text("metrics.attendance.month"), rowHeader: true, cell: (m) => m.label },
                {
                  header: text("metrics.attendance.students"),
                  cell: (m) => <StudentCount students={m.students} />,
                },
                {
                  header: text("metrics.attendance.marks"),
                  cell: (m) => <Figure suppressed={m.suppressed} value={m.marks} format={String} />,
                },
                {
                  header: text("metrics.attendance.attended"),
                  cell: (m) => <Figure suppressed={m.suppressed} value={m.attendedPct} format={pct} />,
                },
                {
                  header: text("metrics.attendance.unexplained"),
                  cell: (m) => <Figure suppressed={m.suppressed} value={m.unexplainedPct} format={pct} />,
                },
                {
                  header: text("metrics.attendance.excused"),
                  cell: (m) => <Figure suppressed={m.suppressed} value={m.excusedPct} format={pct} />,
                },
              ]}
            />
            <Show when={a.monthsLeftOut > 0}>
              <p>{text("metrics.attendance.leftOut")}</p>
            </Show>
            <ExportButtons
              label={text("metrics.attendance.caption")}
              fileName={`${text("metrics.exportFile.attendance")}-${a.academicYear.from.slice(0, 4)}${
                groupName() ? `-${groupName()}` : ""
              }`}
              sheets={() => [
                {
                  title: text("metrics.attendance.title"),
                  rows: rowsOf(a),
                  columns: [
                    { header: text("metrics.attendance.month"), kind: "text", value: (m) => m.label },
                    {
                      header: text("metrics.attendance.students"),
                      kind: "number",
                      value: (m) => cells.students(m.students),
                    },
                    {
                      header: text("metrics.attendance.marks"),
                      kind: "number",
                      value: (m) => cells.value(m.suppressed, m.marks),
                    },
                    {
                      header: text("metrics.attendance.attended"),
                      kind: "percent",
                      value: (m) => cells.pct(m.suppressed, m.attendedPct),
                    },
                    {
                      header: text("metrics.attendance.unexplained"),
                      kind: "percent",
                      value: (m) => cells.pct(m.suppressed, m.unexplainedPct),
                    },
                    {
                      header: text("metrics.attendance.excused"),
                      kind: "percent",
                      value: (m) => cells.pct(m.suppressed, m.excusedPct),
                    },
                  ],
                } satisfies ExportSheet<ReturnType<typeof rowsOf>[number]>,
              ]}
            />
          </>
        )}
      </Async>
    </Section>
  );
}
