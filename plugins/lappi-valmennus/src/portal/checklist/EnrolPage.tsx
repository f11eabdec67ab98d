import { localDateIn } from "@polku/domain";
import {
  Async,
  createLiveResource,
  createSubmission,
  DateField,
  FormActions,
  loadedValue,
  Page,
  SelectField,
  StatusMessage,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { studentName, useChecklistText } from "./labels.ts";

/** The autumn a start on `day` belongs to: a spring start joins the previous autumn's cohort. */
const cohortOf = (day: string) => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 7 ? 1 : 0);

/** A tutor or manager takes a student of the provider, not yet in the programme, into it. */
export default function EnrolPage() {
  const { text } = useChecklistText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [search, setSearch] = createSignal("");
  const [candidates, { refetch }] = createLiveResource(search, (s) =>
    api.checklist.candidates.query(s.trim() ? { search: s.trim() } : {}),
  );
  const [groups] = createLiveResource(() => api.checklist.groups.query());
  const today = localDateIn(new Date());
  const [studentId, setStudentId] = createSignal("");
  const [cohortYear, setCohortYear] = createSignal(String(cohortOf(today)));
  const [startedOn, setStartedOn] = createSignal(today);
  const [groupId, setGroupId] = createSignal("");
  const [enrolled, setEnrolled] = createSignal<{ id: string; name: string } | null>(null);
  const save = createSubmission(() =>
    api.checklist.enrol.mutate({
      studentId: studentId(),
      cohortYear: Number(cohortYear()),
      startedOn: startedOn(),
      ...(groupId() ? { groupId: groupId() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = loadedValue(candidates)?.find((c) => c.id === studentId());
    if (!(await save.run())) return;
    setEnrolled({ id: studentId(), name: chosen ? studentName(chosen) : "" });
    setStudentId("");
  };

  return (
    <Page title={text("checklist.enrol.title")} intro={text("checklist.enrol.intro")}>
      <p>
        <A href={`/p/${pluginId}`}>{text("checklist.detail.back")}</A>
      </p>
      <StatusMessage
        message={enrolled() ? text("checklist.enrol.saved", { name: enrolled()!.name }) : null}
      />
      <Show when={enrolled()}>
        {(e) => (
          <p>
            <A href={`/p/${pluginId}/students/${e().id}`}>
              {text("checklist.enrol.open", { name: e().name })}
            </A>
          </p>
        )}
      </Show>
      <form class="form card" onSubmit={submit} aria-labelledby="checklist-enrol-form">
        <h2 id="checklist-enrol-form">{text("checklist.enrol.title")}</h2>
        <TextField
          label={text("checklist.enrol.search")}
          type="search"
          value={search()}
          onValue={setSearch}
          maxLength={100}
        />
        <Async resource={candidates} retry={refetch}>
          {(rows) => (
            <Show when={rows.length > 0} fallback={<p>{text("checklist.enrol.noCandidates")}</p>}>
              <SelectField
                label={text("checklist.enrol.student")}
                required
                value={studentId()}
                onValue={setStudentId}
                placeholder={text("checklist.choose")}
                options={rows.map((c) => ({
                  value: c.id,
                  label: `${c.lastName}, ${c.firstName}${c.minor ? ` (${text("checklist.minor")})` : ""}${c.qualificationName ? `, ${c.qualificationName}` : ""}`,
                }))}
                error={save.fieldError("studentId")}
              />
            </Show>
          )}
        </Async>
        <TextField
          label={text("checklist.enrol.cohortYear")}
          required
          type="number"
          inputmode="numeric"
          min={2000}
          max={2100}
          value={cohortYear()}
          onValue={setCohortYear}
          error={save.fieldError("cohortYear")}
        />
        <DateField
          label={text("checklist.enrol.startedOn")}
          required
          value={startedOn()}
          onValue={(day) => {
            setStartedOn(day);
            if (/^\d{4}-\d{2}-\d{2}$/.test(day)) setCohortYear(String(cohortOf(day)));
          }}
          error={save.fieldError("startedOn")}
        />
        <SelectField
          label={text("checklist.enrol.group")}
          value={groupId()}
          onValue={setGroupId}
          placeholder={text("checklist.enrol.noGroup")}
          options={(loadedValue(groups) ?? []).map((g) => ({ value: g.id, label: g.name }))}
          error={save.fieldError("groupId")}
        />
        <FormActions label={text("checklist.enrol.submit")} pending={save.pending()} error={save.error()} />
      </form>
    </Page>
  );
}
