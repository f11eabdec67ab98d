import { coachingSessionKinds } from "@polku/domain/vocabulary";
import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DateField,
  FieldShell,
  FormActions,
  Page,
  SelectField,
  StatusMessage,
  TextAreaField,
  TextField,
  useApi,
} from "@polku/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { useCoachingText } from "./text.ts";

type Kind = (typeof coachingSessionKinds)[number];

/** ISO weekday (1 = Monday) of a YYYY-MM-DD date: a series repeats on the first session's weekday. */
const weekdayOf = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return ((new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7) + 1;
};

/**
 * A new coaching session: individual (one student), group (a teaching group or chosen students) or a
 * community activity, once or weekly for a number of weeks. Date and time are Helsinki time.
 */
export default function NewSession() {
  const { text } = useCoachingText();
  const api = useApi();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ studentId?: string }>();
  const [students, { refetch }] = createLiveResource(() => api.students.list.query({ limit: 500 }));
  const [groups] = createLiveResource(() => api.coaching.groups.query());
  const [kind, setKind] = createSignal<Kind>(search.studentId ? "individual" : "group");
  const [title, setTitle] = createSignal("");
  const [studentId, setStudentId] = createSignal(search.studentId ?? "");
  const [studentIds, setStudentIds] = createSignal<string[]>([]);
  const [groupId, setGroupId] = createSignal("");
  const [date, setDate] = createSignal("");
  const [time, setTime] = createSignal("14:00");
  const [duration, setDuration] = createSignal("60");
  const [location, setLocation] = createSignal("");
  const [topics, setTopics] = createSignal("");
  const [goals, setGoals] = createSignal("");
  const [repeat, setRepeat] = createSignal(false);
  const [weeks, setWeeks] = createSignal("10");
  const [done, setDone] = createSignal<string | null>(null);

  const common = () => ({
    title: title(),
    ...(location().trim() ? { location: location() } : {}),
    topics: topics()
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    ...(goals().trim() ? { goals: goals() } : {}),
    ...(kind() !== "individual" && groupId() ? { groupId: groupId() } : {}),
    studentIds: kind() === "individual" ? (studentId() ? [studentId()] : []) : studentIds(),
  });
  const save = createSubmission(async () => {
    if (repeat() && kind() !== "individual") {
      const created = await api.coaching.createSeries.mutate({
        ...common(),
        kind: kind() as "group" | "community",
        startsOn: date(),
        weekday: date() ? weekdayOf(date()) : 0,
        time: time(),
        durationMinutes: Number(duration()),
        weeks: Number(weeks()),
      });
      return { id: created.sessions[0]?.id, count: created.sessions.length };
    }
    const created = await api.coaching.create.mutate({
      ...common(),
      kind: kind(),
      date: date(),
      time: time(),
      ...(duration() ? { durationMinutes: Number(duration()) } : {}),
    });
    return { id: created.id, count: 1 };
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const created = await save.run();
    if (!created?.id) return;
    setDone(created.count > 1 ? text("form.seriesSaved", { count: created.count }) : text("form.saved"));
    navigate(`/coaching/sessions/${created.id}`);
  };

  return (
    <Page title={text("new.title")}>
      <p>
        <A href="/coaching">{text("session.back")}</A>
      </p>
      <StatusMessage message={done()} />
      <Async resource={students} retry={() => void refetch()}>
        {(list) => (
          <form class="form" onSubmit={submit} aria-label={text("new.title")} noValidate>
            <SelectField
              label={text("form.kind")}
              required
              value={kind()}
              onValue={(v) => setKind(v as Kind)}
              error={save.fieldError("kind")}
              options={coachingSessionKinds.map((k) => ({ value: k, label: text(`kind.${k}`) }))}
            />
            <TextField
              label={text("form.title")}
              required
              value={title()}
              onValue={setTitle}
              maxLength={200}
              error={save.fieldError("title")}
            />
            <Show
              when={kind() === "individual"}
              fallback={
                <>
                  <SelectField
                    label={text("form.group")}
                    hint={text("form.groupHint")}
                    value={groupId()}
                    onValue={setGroupId}
                    placeholder={text("form.noGroup")}
                    error={save.fieldError("groupId")}
                    options={(groups() ?? []).map((g) => ({ value: g.id, label: g.name }))}
                  />
                  <FieldShell
                    label={text("form.students")}
                    hint={text("form.studentsHint")}
                    error={save.fieldError("studentIds")}
                  >
                    {(control) => (
                      <select
                        {...control}
                        multiple
                        size={8}
                        class="input"
                        onChange={(e) =>
                          setStudentIds([...e.currentTarget.selectedOptions].map((o) => o.value))
                        }
                      >
                        <For each={list}>
                          {(s) => (
                            <option value={s.id} selected={studentIds().includes(s.id)}>
                              {`${s.lastName}, ${s.firstName}`}
                            </option>
                          )}
                        </For>
                      </select>
                    )}
                  </FieldShell>
                </>
              }
            >
              <SelectField
                label={text("form.student")}
                required
                value={studentId()}
                onValue={setStudentId}
                placeholder={text("choose")}
                error={save.fieldError("studentIds")}
                options={list.map((s) => ({ value: s.id, label: `${s.lastName}, ${s.firstName}` }))}
              />
            </Show>
            <DateField
              label={text("form.date")}
              required
              value={date()}
              onValue={setDate}
              error={save.fieldError("date") ?? save.fieldError("startsOn") ?? save.fieldError("weekday")}
            />
            <TextField
              type="time"
              label={text("form.time")}
              required
              value={time()}
              onValue={setTime}
              error={save.fieldError("time")}
            />
            <TextField
              type="number"
              inputMode="numeric"
              min={5}
              max={600}
              label={text("form.duration")}
              value={duration()}
              onValue={setDuration}
              error={save.fieldError("durationMinutes")}
            />
            <TextField
              label={text("form.location")}
              value={location()}
              onValue={setLocation}
              maxLength={200}
            />
            <TextField
              label={text("form.topics")}
              hint={text("form.topicsHint")}
              value={topics()}
              onValue={setTopics}
              error={save.fieldError("topics")}
            />
            <TextAreaField label={text("form.goals")} value={goals()} onValue={setGoals} maxLength={4000} />
            <Show when={kind() !== "individual"}>
              <FieldShell label={text("form.repeat")} class="field-checkbox">
                {(control) => (
                  <input
                    {...control}
                    type="checkbox"
                    checked={repeat()}
                    onChange={(e) => setRepeat(e.currentTarget.checked)}
                  />
                )}
              </FieldShell>
              <Show when={repeat()}>
                <TextField
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={52}
                  label={text("form.weeks")}
                  hint={text("form.weeksHint")}
                  value={weeks()}
                  onValue={setWeeks}
                  error={save.fieldError("weeks")}
                />
              </Show>
            </Show>
            <FormActions label={text("form.submit")} pending={save.pending()} error={save.error()}>
              <Button variant="secondary" onClick={() => navigate("/coaching")}>
                {text("form.cancel")}
              </Button>
            </FormActions>
          </form>
        )}
      </Async>
    </Page>
  );
}
