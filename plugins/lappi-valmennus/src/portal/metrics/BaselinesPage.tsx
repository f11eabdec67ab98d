/**
 * A manager enters the figures of the cohorts before Polku, which the retention chart compares the
 * programme's cohorts with. Choosing "Edit" on a row fills the form with its figures; saving a year
 * that exists corrects it. The server checks that the counts add up and names the field if not.
 */
import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  FormActions,
  Page,
  Section,
  StatusMessage,
  TextField,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal } from "solid-js";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";

/** A typed count as the API takes it; an empty field is sent as it is, for the server to name. */
const count = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

export default function BaselinesPage() {
  const { text } = useMetricsText();
  const api = useMetricsApi();
  const [entered, { refetch }] = createLiveResource(() => api.baselines.query());
  const [cohortYear, setCohortYear] = createSignal("");
  const [students, setStudents] = createSignal("");
  const [stillStudying, setStillStudying] = createSignal("");
  const [changedField, setChangedField] = createSignal("");
  const [source, setSource] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() =>
    api.saveBaseline.mutate({
      cohortYear: count(cohortYear()),
      students: count(students()),
      stillStudying: count(stillStudying()),
      changedField: count(changedField()),
      ...(source().trim() ? { source: source().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    const saved = await save.run();
    if (!saved) return;
    setMessage(text("metrics.baselines.saved", { year: saved.cohortYear }));
    for (const clear of [setCohortYear, setStudents, setStillStudying, setChangedField, setSource]) clear("");
  };
  const edit = (b: {
    cohortYear: number;
    students: number;
    stillStudying: number;
    changedField: number;
    source: string | null;
  }) => {
    setCohortYear(String(b.cohortYear));
    setStudents(String(b.students));
    setStillStudying(String(b.stillStudying));
    setChangedField(String(b.changedField));
    setSource(b.source ?? "");
    document.getElementById("baseline-year")?.focus();
  };
  const numeric = { type: "number", inputMode: "numeric", min: 0, step: 1 } as const;

  return (
    <Page title={text("metrics.baselines.title")} intro={text("metrics.baselines.intro")}>
      <p>
        <A href={`${base}/metrics`}>{text("metrics.back")}</A>
      </p>
      <StatusMessage message={message()} />
      <Section title={text("metrics.baselines.caption")}>
        <Async resource={entered} retry={refetch}>
          {(rows) => (
            <DataTable
              caption={text("metrics.baselines.caption")}
              hideCaption
              empty={text("metrics.baselines.empty")}
              rows={rows}
              columns={[
                { header: text("metrics.baselines.cohortYear"), rowHeader: true, cell: (b) => b.cohortYear },
                { header: text("metrics.baselines.students"), cell: (b) => b.students },
                { header: text("metrics.baselines.stillStudying"), cell: (b) => b.stillStudying },
                { header: text("metrics.baselines.changedField"), cell: (b) => b.changedField },
                { header: text("metrics.baselines.source"), cell: (b) => b.source ?? "" },
                {
                  header: text("metrics.baselines.actions"),
                  cell: (b) => (
                    <Button variant="secondary" onClick={() => edit(b)}>
                      {text("metrics.baselines.edit")}
                      <span class="visually-hidden"> {b.cohortYear}</span>
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Async>
      </Section>
      <form class="form card" onSubmit={submit} aria-labelledby="baseline-form-title">
        <h2 id="baseline-form-title">{text("metrics.baselines.form")}</h2>
        <TextField
          id="baseline-year"
          {...numeric}
          min={2000}
          label={text("metrics.baselines.cohortYear")}
          required
          value={cohortYear()}
          onValue={setCohortYear}
          error={save.fieldError("cohortYear")}
        />
        <TextField
          {...numeric}
          label={text("metrics.baselines.students")}
          required
          value={students()}
          onValue={setStudents}
          error={save.fieldError("students")}
        />
        <TextField
          {...numeric}
          label={text("metrics.baselines.stillStudying")}
          required
          value={stillStudying()}
          onValue={setStillStudying}
          error={save.fieldError("stillStudying")}
        />
        <TextField
          {...numeric}
          label={text("metrics.baselines.changedField")}
          required
          value={changedField()}
          onValue={setChangedField}
          error={save.fieldError("changedField")}
        />
        <TextField
          label={text("metrics.baselines.source")}
          hint={text("metrics.baselines.source.hint")}
          maxLength={200}
          value={source()}
          onValue={setSource}
          error={save.fieldError("source")}
        />
        <FormActions label={text("metrics.baselines.save")} pending={save.pending()} error={save.error()} />
      </form>
    </Page>
  );
}
