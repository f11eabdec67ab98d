import {
  Alert,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  useApi,
} from "@polku/ui";
import { createEffect, createSignal, For, Show } from "solid-js";
import { createStore, produce } from "solid-js/store";
import {
  type DraftForm,
  draftOf,
  emptyDemo,
  emptyUnit,
  emptyWay,
  formOf,
  methods,
  workplaceMethods,
} from "./draft-form.ts";
import type { HoksData } from "./HoksView.tsx";
import { useHoksText } from "./text.ts";
import { careerPlans, nameIn, unitOptions } from "./units.ts";

/**
 * Every problem the server named, with its path: for an eHOKS document imported as a file, where the
 * path says where in the document to look.
 */
export function ProblemTable(props: { issues: ReadonlyArray<{ path: string; message: string }> }) {
  const { text } = useHoksText();
  return (
    <Show when={props.issues.length > 0}>
      <Alert title={text("problems.title", { count: props.issues.length })}>
        <DataTable
          caption={text("problems.caption")}
          rows={[...props.issues]}
          columns={[
            { header: text("problems.path"), rowHeader: true, cell: (i) => <code>{i.path || "–"}</code> },
            { header: text("problems.problem"), cell: (i) => i.message },
          ]}
        />
      </Alert>
    </Show>
  );
}

/**
 * The tutor's HOKS editor: career plan, the date competence is expected, and the units to acquire with
 * their ways of acquiring (workplace periods with the workplace's business ID) and demonstrations.
 * Units are chosen by name from the requirements of the student's qualification (the catalogue); the
 * tutor may pick another qualification's requirements to choose from.
 */
export function HoksEditor(props: {
  studentId: string;
  /** The student's six-digit education code, which picks the qualification to choose units from. */
  qualificationCode: string | null;
  hoks: HoksData | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { text, locale, formatNumber } = useHoksText();
  const api = useApi();
  const [form, setForm] = createStore<DraftForm>(formOf(props.hoks?.draft));
  const [qualifications] = createLiveResource(() => api.qualifications.list.query());
  const [qualificationId, setQualificationId] = createSignal("");
  createEffect(() => {
    const list = qualifications();
    if (!list || qualificationId() !== "") return;
    const own = list.find((q) => q.educationCodes.includes(props.qualificationCode ?? ""));
    setQualificationId(own?.id ?? list[0]?.id ?? "");
  });
  const [requirements] = createLiveResource(
    () => qualificationId() || undefined,
    (id) => api.qualifications.get.query({ id }),
  );
  const catalogue = () => props.hoks?.catalogue ?? {};
  const taken = () => new Set(form.units.map((u) => u.code));
  const save = createSubmission(() =>
    api.hoks.draft.mutate({ studentId: props.studentId, draft: draftOf(form) }),
  );
  const err = (path: string) => save.fieldError(`draft.${path}`);
  const edit = (fn: (f: DraftForm) => void) => setForm(produce(fn));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await save.run();
    if (result) props.onSaved();
  };

  return (
    <form class="form hoks-editor" aria-label={text("edit.title")} onSubmit={submit}>
      <Show when={props.hoks?.status === "approved"}>
        <p>{text("edit.approvedNote")}</p>
      </Show>
      <SelectField
        label={text("career.label")}
        hint={text("edit.careerHint")}
        placeholder={text("career.unknown")}
        value={form.careerPlan}
        options={[
          ...careerPlans.map((code) => ({ value: code, label: text(`career.${code}`) })),
          // A code the national list has beyond these two (an imported plan) stays as it is.
          ...(form.careerPlan !== "" && !(careerPlans as readonly string[]).includes(form.careerPlan)
            ? [{ value: form.careerPlan, label: form.careerPlan }]
            : []),
        ]}
        onValue={(v) => setForm("careerPlan", v)}
        error={err("careerPlan")}
      />
      <DateField
        label={text("competenceBy")}
        value={form.competenceBy}
        onValue={(v) => setForm("competenceBy", v)}
        error={err("competenceBy")}
      />
      <Show when={(qualifications()?.length ?? 1) > 0} fallback={<p>{text("edit.noCatalogue")}</p>}>
        <SelectField
          label={text("edit.qualification")}
          hint={text("edit.qualificationHint")}
          value={qualificationId()}
          options={(qualifications() ?? []).map((q) => ({ value: q.id, label: nameIn(q.name, locale()) }))}
          onValue={setQualificationId}
        />
      </Show>
      <For each={form.units}>
        {(unit, u) => (
          <fieldset class="hoks-fieldset">
            <legend>{text("edit.unit", { n: u() + 1 })}</legend>
            <SelectField
              label={text("edit.unitName")}
              hint={requirements.loading ? text("edit.loadingUnits") : text("edit.unitHint")}
              placeholder={text("edit.chooseUnit")}
              required
              value={unit.code}
              options={unitOptions(
                requirements()?.units ?? [],
                unit.code,
                taken(),
                catalogue(),
                locale(),
                text,
                formatNumber,
              )}
              onValue={(v) => setForm("units", u(), "code", v)}
              error={err(`units.${u()}.code`)}
            />
            <TextField
              label={text("edit.hours")}
              inputmode="decimal"
              value={unit.hours}
              onValue={(v) => setForm("units", u(), "hours", v)}
              error={err(`units.${u()}.hours`)}
            />
            <For each={unit.ways}>
              {(way, w) => {
                const p = () => `units.${u()}.ways.${w()}`;
                return (
                  <fieldset class="hoks-fieldset">
                    <legend>{text("edit.way", { n: w() + 1 })}</legend>
                    <SelectField
                      label={text("edit.method")}
                      required
                      value={way.method}
                      options={methods.map((m) => ({ value: m, label: text(`method.${m}`) }))}
                      onValue={(v) =>
                        setForm("units", u(), "ways", w(), "method", v as (typeof methods)[number])
                      }
                      error={err(`${p()}.method`)}
                    />
                    <DateField
                      label={text("edit.start")}
                      required
                      value={way.start}
                      onValue={(v) => setForm("units", u(), "ways", w(), "start", v)}
                      error={err(`${p()}.start`)}
                    />
                    <DateField
                      label={text("edit.end")}
                      required
                      value={way.end}
                      onValue={(v) => setForm("units", u(), "ways", w(), "end", v)}
                      error={err(`${p()}.end`)}
                    />
                    <TextField
                      label={text("edit.partTime")}
                      hint={text("edit.partTimeHint")}
                      inputmode="numeric"
                      value={way.partTime}
                      onValue={(v) => setForm("units", u(), "ways", w(), "partTime", v)}
                      error={err(`${p()}.partTime`)}
                    />
                    <Show when={workplaceMethods.has(way.method)}>
                      <TextField
                        label={text("edit.workplaceName")}
                        required
                        value={way.workplaceName}
                        onValue={(v) => setForm("units", u(), "ways", w(), "workplaceName", v)}
                        error={err(`${p()}.workplace.name`)}
                      />
                      <TextField
                        label={text("edit.businessId")}
                        hint={text("edit.businessIdHint")}
                        value={way.businessId}
                        onValue={(v) => setForm("units", u(), "ways", w(), "businessId", v)}
                        error={err(`${p()}.workplace.businessId`)}
                      />
                      <TextField
                        label={text("edit.instructorName")}
                        required
                        value={way.instructorName}
                        onValue={(v) => setForm("units", u(), "ways", w(), "instructorName", v)}
                        error={err(`${p()}.workplace.instructorName`)}
                      />
                      <TextField
                        label={text("edit.instructorEmail")}
                        type="email"
                        value={way.instructorEmail}
                        onValue={(v) => setForm("units", u(), "ways", w(), "instructorEmail", v)}
                        error={err(`${p()}.workplace.instructorEmail`)}
                      />
                      <TextField
                        label={text("edit.instructorPhone")}
                        type="tel"
                        value={way.instructorPhone}
                        onValue={(v) => setForm("units", u(), "ways", w(), "instructorPhone", v)}
                        error={err(`${p()}.workplace.instructorPhone`)}
                      />
                      <TextAreaField
                        label={text("edit.tasks")}
                        hint={text("edit.linesHint")}
                        rows={3}
                        value={way.tasks}
                        onValue={(v) => setForm("units", u(), "ways", w(), "tasks", v)}
                        error={err(`${p()}.workplace.tasks`)}
                      />
                    </Show>
                    <Button
                      variant="secondary"
                      onClick={() => edit((f) => void f.units[u()]!.ways.splice(w(), 1))}
                    >
                      {text("edit.removeWay", { n: w() + 1 })}
                    </Button>
                  </fieldset>
                );
              }}
            </For>
            <Button variant="secondary" onClick={() => edit((f) => void f.units[u()]!.ways.push(emptyWay()))}>
              {text("edit.addWay")}
            </Button>
            <For each={unit.demonstrations}>
              {(demo, d) => {
                const p = () => `units.${u()}.demonstrations.${d()}`;
                return (
                  <fieldset class="hoks-fieldset">
                    <legend>{text("edit.demo", { n: d() + 1 })}</legend>
                    <TextField
                      label={text("edit.environment")}
                      required
                      value={demo.environment}
                      onValue={(v) => setForm("units", u(), "demonstrations", d(), "environment", v)}
                      error={err(`${p()}.environment`)}
                    />
                    <TextField
                      label={text("edit.businessId")}
                      hint={text("edit.businessIdHint")}
                      value={demo.businessId}
                      onValue={(v) => setForm("units", u(), "demonstrations", d(), "businessId", v)}
                      error={err(`${p()}.businessId`)}
                    />
                    <TextAreaField
                      label={text("edit.content")}
                      hint={text("edit.linesHint")}
                      rows={3}
                      value={demo.content}
                      onValue={(v) => setForm("units", u(), "demonstrations", d(), "content", v)}
                      error={err(`${p()}.content`)}
                    />
                    <DateField
                      label={text("edit.start")}
                      required
                      value={demo.start}
                      onValue={(v) => setForm("units", u(), "demonstrations", d(), "start", v)}
                      error={err(`${p()}.start`)}
                    />
                    <DateField
                      label={text("edit.end")}
                      required
                      value={demo.end}
                      onValue={(v) => setForm("units", u(), "demonstrations", d(), "end", v)}
                      error={err(`${p()}.end`)}
                    />
                    <Button
                      variant="secondary"
                      onClick={() => edit((f) => void f.units[u()]!.demonstrations.splice(d(), 1))}
                    >
                      {text("edit.removeDemo", { n: d() + 1 })}
                    </Button>
                  </fieldset>
                );
              }}
            </For>
            <Button
              variant="secondary"
              onClick={() => edit((f) => void f.units[u()]!.demonstrations.push(emptyDemo()))}
            >
              {text("edit.addDemo")}
            </Button>
            <Button variant="danger" onClick={() => edit((f) => void f.units.splice(u(), 1))}>
              {text("edit.removeUnit", { n: u() + 1 })}
            </Button>
          </fieldset>
        )}
      </For>
      <Button variant="secondary" onClick={() => edit((f) => void f.units.push(emptyUnit()))}>
        {text("edit.addUnit")}
      </Button>
      {/* Each problem in words, and at its field: the API's paths mean nothing to a tutor. */}
      <FormActions label={text("edit.save")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("edit.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
