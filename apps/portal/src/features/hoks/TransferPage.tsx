import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  FieldShell,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  useApi,
} from "@polku/ui";
import { useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ProblemTable } from "./HoksEditor.tsx";
import { useHoksText } from "./text.ts";

/**
 * Import and export of a student's HOKS in the eHOKS service's JSON shape. An import with any problem
 * saves nothing and lists every problem with its JSON path, so the file can be fixed in one go.
 */
export default function TransferPage() {
  const { text } = useHoksText();
  const api = useApi();
  const [params] = useSearchParams<{ studentId?: string }>();
  const [studentId, setStudentId] = createSignal(params.studentId ?? "");
  const [json, setJson] = createSignal("");
  const [missing, setMissing] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const [students, { refetch }] = createLiveResource(() => api.students.list.query({ limit: 500 }));
  const importing = createSubmission(() =>
    api.hoks.import.mutate({ studentId: studentId(), document: json() }),
  );
  const exporting = createSubmission(() => api.hoks.export.query({ studentId: studentId() }));

  const chooseFile = async (event: Event & { currentTarget: HTMLInputElement }) => {
    const file = event.currentTarget.files?.[0];
    if (file) setJson(await file.text());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    importing.clear();
    if (!studentId()) return setMissing(text("transfer.noStudent"));
    if (!json().trim()) return setMissing(text("transfer.noText"));
    setMissing(null);
    const result = await importing.run();
    if (result) setDone(text("transfer.done", { count: result.units.length }));
  };

  const download = async () => {
    setDone(null);
    if (!studentId()) return setMissing(text("transfer.noStudent"));
    setMissing(null);
    const result = await exporting.run();
    if (!result) return;
    const file = `hoks-${studentId().slice(0, 8)}.json`;
    const url = URL.createObjectURL(new Blob([result.json], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = file;
    link.click();
    URL.revokeObjectURL(url);
    setDone(text("transfer.exported", { file }));
  };

  return (
    <Page title={text("transfer.title")} intro={text("transfer.intro")}>
      <StatusMessage message={done()} />
      <Async resource={students} retry={() => void refetch()}>
        {(rows) => (
          <SelectField
            label={text("transfer.student")}
            required
            value={studentId()}
            placeholder="–"
            options={rows.map((s) => ({ value: s.id, label: `${s.lastName} ${s.firstName}` }))}
            onValue={setStudentId}
            error={missing() === text("transfer.noStudent") ? missing() : importing.fieldError("studentId")}
          />
        )}
      </Async>
      <Section title={text("transfer.import")}>
        <form class="form" aria-label={text("transfer.import")} onSubmit={submit}>
          <FieldShell label={text("transfer.file")}>
            {(control) => (
              <input
                {...control}
                type="file"
                class="input"
                accept=".json,application/json"
                onChange={(e) => void chooseFile(e)}
              />
            )}
          </FieldShell>
          <TextAreaField
            label={text("transfer.text")}
            rows={10}
            value={json()}
            onValue={setJson}
            error={missing() === text("transfer.noText") ? missing() : undefined}
          />
          <ProblemTable issues={importing.error()?.issues ?? []} />
          <FormActions
            label={text("transfer.submit")}
            pending={importing.pending()}
            error={(importing.error()?.issues.length ?? 0) > 0 ? null : importing.error()}
          />
        </form>
      </Section>
      <Section title={text("transfer.export")}>
        <p>{text("transfer.exportIntro")}</p>
        <Button variant="secondary" busy={exporting.pending()} onClick={() => void download()}>
          {text("transfer.exportButton")}
        </Button>
        <Show when={exporting.error()}>{(error) => <ApiError error={error()} />}</Show>
      </Section>
    </Page>
  );
}
