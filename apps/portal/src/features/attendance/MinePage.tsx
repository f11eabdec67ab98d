import { addDaysToLocalDate } from "@polku/domain/days";
import {
  Async,
  Button,
  createLiveResource,
  DataTable,
  DateField,
  Empty,
  ExportButtons,
  Page,
  Section,
  SelectField,
  useApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { AttendanceCounts } from "./AttendanceCounts.tsx";
import { marksSheet } from "./attendance-export.ts";
import { todayInHelsinki, useAttendanceText } from "./text.ts";

/**
 * A student's own marks, or a guardian's minor ward's (the API's row-level security narrows the list of
 * students to exactly those), over a period: a summary with the unexplained absences, and every mark.
 */
export default function MinePage() {
  const { text, formatDate } = useAttendanceText();
  const api = useApi();
  const [students, { refetch: refetchStudents }] = createLiveResource(() =>
    api.students.list.query({ limit: 50 }),
  );
  const today = todayInHelsinki();
  const [studentId, setStudentId] = createSignal("");
  const initialFrom = addDaysToLocalDate(today, -30);
  const [from, setFrom] = createSignal(initialFrom);
  const [to, setTo] = createSignal(today);
  const [chosenQuery, setQuery] = createSignal<{ studentId: string; from: string; to: string } | null>(null);
  // The first student's last 30 days at once; the form changes that.
  const query = () => {
    const first = students.latest?.[0];
    return chosenQuery() ?? (first ? { studentId: first.id, from: initialFrom, to: today } : null);
  };
  const [marks, { refetch }] = createLiveResource(query, (q) => api.attendance.forStudent.query(q));

  const chosen = () => studentId() || students.latest?.[0]?.id || "";
  const show = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosen()) setQuery({ studentId: chosen(), from: from(), to: to() });
  };

  return (
    <Page title={text("mine.title")} intro={text("mine.intro")}>
      <Async resource={students} retry={() => void refetchStudents()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<Empty>{text("mine.noStudent")}</Empty>}>
            <form class="form-inline" aria-label={text("mine.range")} onSubmit={show}>
              <Show when={list.length > 1}>
                <SelectField
                  label={text("mine.student")}
                  value={chosen()}
                  onValue={setStudentId}
                  options={list.map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}` }))}
                />
              </Show>
              <DateField label={text("mine.from")} value={from()} onValue={setFrom} />
              <DateField label={text("mine.to")} value={to()} onValue={setTo} />
              <div class="field">
                <Button type="submit" variant="secondary">
                  {text("mine.show")}
                </Button>
              </div>
            </form>
          </Show>
        )}
      </Async>
      <Show when={query()}>
        <Async resource={marks} retry={() => void refetch()}>
          {(result) => {
            const name = `${result.student.firstName} ${result.student.lastName}`;
            return (
              <Section title={text("mine.caption", { name })}>
                <h3>{text("mine.summary")}</h3>
                <AttendanceCounts counts={result.counts} />
                <DataTable
                  caption={`${text("mine.caption", { name })} (${formatDate(result.from)}–${formatDate(result.to)})`}
                  empty={text("mine.empty")}
                  rows={result.marks}
                  columns={[
                    { header: text("mine.day"), rowHeader: true, cell: (m) => formatDate(m.day) },
                    { header: text("mine.lesson"), cell: (m) => m.lesson || text("wholeDay") },
                    { header: text("mine.mark"), cell: (m) => text(`status.${m.status}`) },
                    {
                      header: text("mine.minutes"),
                      cell: (m) => (m.minutesLate ? String(m.minutesLate) : "–"),
                    },
                  ]}
                />
                <Show when={result.marks.length > 0}>
                  <ExportButtons
                    label={text("mine.exportLabel")}
                    fileName={`${text("mine.exportFile")}-${name}-${result.from}-${result.to}`}
                    sheets={async () => {
                      // Read again at the click, through the same audited procedure as the page.
                      const fresh = await api.attendance.forStudent.query({
                        studentId: result.student.id,
                        from: result.from,
                        to: result.to,
                      });
                      return [marksSheet(fresh, text, text("mine.title"))];
                    }}
                  />
                </Show>
              </Section>
            );
          }}
        </Async>
      </Show>
    </Page>
  );
}
