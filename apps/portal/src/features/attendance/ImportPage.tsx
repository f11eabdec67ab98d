import {
  Alert,
  createSubmission,
  DataTable,
  DateField,
  ExportButtons,
  FieldShell,
  FormActions,
  Page,
  Section,
  StatusMessage,
  TextAreaField,
  useApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { importColumns, importTemplate } from "./import-template.ts";
import { todayInHelsinki, useAttendanceText } from "./text.ts";
import "./attendance.css";

interface LineProblem {
  line: number;
  column: string;
  message: string;
}

/** The API names each bad line as `csv.<line>.<column>`; its message begins "Line n, column c: ". */
function lineProblems(issues: ReadonlyArray<{ path: string; message: string }>): LineProblem[] {
  return issues.flatMap((issue) => {
    const match = /^csv\.(\d+)(?:\.(.+))?$/.exec(issue.path);
    if (!match) return [];
    return [
      {
        line: Number(match[1]),
        column: match[2] ?? "",
        message: issue.message.replace(/^Line \d+(, column [^:]+)?: /, ""),
      },
    ];
  });
}

/**
 * A day's marks from a CSV file (chosen or pasted). With any bad line nothing is saved, and every bad
 * line is listed with its line number and column, so the file can be fixed in one go.
 */
export default function ImportPage() {
  const { text } = useAttendanceText();
  const api = useApi();
  const [day, setDay] = createSignal(todayInHelsinki());
  const [csv, setCsv] = createSignal("");
  const [missing, setMissing] = createSignal(false);
  const [done, setDone] = createSignal<string | null>(null);
  const submission = createSubmission(() => api.attendance.import.mutate({ day: day(), csv: csv() }));
  const problems = () => lineProblems(submission.error()?.issues ?? []);
  const otherError = () => (problems().length > 0 ? null : submission.error());

  const chooseFile = async (event: Event & { currentTarget: HTMLInputElement }) => {
    const file = event.currentTarget.files?.[0];
    if (file) setCsv(await file.text());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    submission.clear();
    if (!csv().trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await submission.run();
    // Each number with its own plural form ("1 merkintä", "3 merkintää").
    if (result)
      setDone(
        text("import.done", {
          marks: text("count.marks", { count: result.marks }),
          students: text("count.toStudents", { count: result.students }),
          created: text("count.new", { count: result.created }),
          updated: text("count.changed", { count: result.updated }),
          unchanged: text("count.unchanged", { count: result.unchanged }),
        }),
      );
  };

  return (
    <Page title={text("import.title")} intro={text("import.intro")}>
      <StatusMessage message={done()} />
      <Section title={text("import.form")}>
        <form class="form" aria-label={text("import.form")} onSubmit={submit}>
          <DateField
            label={text("import.day")}
            required
            value={day()}
            onValue={setDay}
            error={submission.fieldError("day")}
          />
          <FieldShell label={text("import.file")} hint={text("import.fileHint")}>
            {(control) => (
              <input
                {...control}
                type="file"
                class="input"
                accept=".csv,text/csv,text/plain"
                onChange={(e) => void chooseFile(e)}
              />
            )}
          </FieldShell>
          <TextAreaField
            label={text("import.text")}
            hint={text("import.textHint")}
            rows={8}
            value={csv()}
            onValue={setCsv}
            error={missing() ? text("import.noText") : submission.fieldError("csv")}
          />
          <Show when={problems().length > 0}>
            <Alert title={text("import.problemsTitle", { count: problems().length })}>
              <DataTable
                caption={text("import.problemsCaption")}
                rows={problems()}
                columns={[
                  { header: text("import.line"), rowHeader: true, cell: (p) => String(p.line) },
                  { header: text("import.column"), cell: (p) => p.column || "–" },
                  { header: text("import.problem"), cell: (p) => p.message },
                ]}
              />
            </Alert>
          </Show>
          <FormActions label={text("import.submit")} pending={submission.pending()} error={otherError()} />
        </form>
      </Section>
      <Section title={text("import.template")}>
        <p>{text("import.templateIntro")}</p>
        <ExportButtons
          label={text("import.templateLabel")}
          fileName={`${text("import.templateFile")}-${day()}`}
          sheets={() => [importTemplate(day(), text("import.templateSheet"))]}
        />
      </Section>
      <Section title={text("import.columns")}>
        <p>{text("import.separator")}</p>
        <DataTable
          caption={text("import.columnsCaption")}
          hideCaption
          rows={importColumns}
          columns={[
            { header: text("import.column"), rowHeader: true, cell: (c) => <code>{c}</code> },
            { header: text("import.meaning"), cell: (c) => text(`import.col.${c}`) },
          ]}
        />
      </Section>
    </Page>
  );
}
