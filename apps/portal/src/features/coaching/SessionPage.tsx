import {
  Async,
  createLiveResource,
  createSubmission,
  DataTable,
  DetailList,
  FormActions,
  loadedValue,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  useApi,
  useSession,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { NoteForm } from "./NoteForm.tsx";
import { NotesList } from "./NotesList.tsx";
import { useCoachingText } from "./text.ts";

const attendedValue = (a: boolean | null) => (a === true ? "yes" : a === false ? "no" : "unknown");

/** One session: when and what, who took part (attendance), goals and follow-ups, and notes. */
export default function SessionPage() {
  const { text, formatDateTime } = useCoachingText();
  const api = useApi();
  const session = useSession();
  const params = useParams<{ sessionId: string }>();
  const [detail, { refetch }] = createLiveResource(
    () => params.sessionId,
    (sessionId) => api.coaching.get.query({ sessionId }),
  );
  /** The loaded value, or undefined while loading or after a failure (`.latest` rethrows a failure). */
  const loaded = () => loadedValue(detail);
  const [message, setMessage] = createSignal<string | null>(null);
  const [marks, setMarks] = createSignal<Record<string, string>>({});
  const [goals, setGoals] = createSignal("");
  const [followUps, setFollowUps] = createSignal("");
  const [newStudent, setNewStudent] = createSignal("");
  const canWrite = () => session.can("coaching.write");
  const [students] = createLiveResource(
    () => canWrite() && loaded()?.kind !== "individual",
    () => api.students.list.query({ limit: 500 }),
  );
  createEffect(() => {
    const d = loaded();
    if (!d) return;
    setMarks(Object.fromEntries(d.participants.map((p) => [p.studentId, attendedValue(p.attended)])));
    setGoals(d.goals ?? "");
    setFollowUps(d.followUps ?? "");
  });
  const done = (key: "participants.saved" | "participants.added" | "followUps.saved" | "notes.saved") => {
    setMessage(text(key));
  };
  const attendance = createSubmission(() =>
    api.coaching.recordAttendance.mutate({
      sessionId: params.sessionId,
      attendance: Object.entries(marks())
        .filter(([, v]) => v !== "unknown")
        .map(([studentId, v]) => ({ studentId, attended: v === "yes" })),
    }),
  );
  const adding = createSubmission(() =>
    api.coaching.addParticipant.mutate({ sessionId: params.sessionId, studentId: newStudent() }),
  );
  const updating = createSubmission(() =>
    api.coaching.update.mutate({ sessionId: params.sessionId, goals: goals(), followUps: followUps() }),
  );

  return (
    <Page title={loaded()?.title ?? text("home.title")}>
      <p>
        <A href="/coaching">{text("session.back")}</A>
      </p>
      <StatusMessage message={message()} />
      <Async resource={detail} retry={() => void refetch()}>
        {(d) => (
          <>
            <Section title={text("session.details")}>
              <DetailList
                items={[
                  {
                    label: text("session.when"),
                    value: `${formatDateTime(d.startsAt)}${d.endsAt ? ` – ${formatDateTime(d.endsAt).split(" ").at(-1)}` : ""}`,
                  },
                  { label: text("col.kind"), value: text(`kind.${d.kind}` as "kind.group") },
                  { label: text("col.location"), value: d.location ?? "–" },
                  { label: text("session.leader"), value: d.leaderName ?? "–" },
                  ...(d.groupName ? [{ label: text("session.group"), value: d.groupName }] : []),
                  { label: text("session.series"), value: text(d.seriesId ? "session.yes" : "session.no") },
                  { label: text("session.topics"), value: d.topics.join(", ") || "–" },
                  { label: text("session.goals"), value: d.goals ?? "–" },
                  { label: text("session.followUps"), value: d.followUps ?? "–" },
                ]}
              />
            </Section>
            <Section title={text("participants.title")}>
              <DataTable
                caption={text("participants.caption")}
                hideCaption
                empty={text("participants.empty")}
                rows={d.participants}
                columns={[
                  {
                    header: text("participants.name"),
                    rowHeader: true,
                    cell: (p) => <A href={`/students/${p.studentId}`}>{`${p.lastName}, ${p.firstName}`}</A>,
                  },
                  {
                    header: text("participants.attended"),
                    cell: (p) =>
                      canWrite() ? (
                        <SelectField
                          label={text("participants.attendedOf", { name: `${p.firstName} ${p.lastName}` })}
                          class="field-compact"
                          value={marks()[p.studentId] ?? "unknown"}
                          onValue={(v) => setMarks({ ...marks(), [p.studentId]: v })}
                          options={(["unknown", "yes", "no"] as const).map((v) => ({
                            value: v,
                            label: text(`attended.${v}`),
                          }))}
                        />
                      ) : (
                        text(`attended.${attendedValue(p.attended)}`)
                      ),
                  },
                ]}
              />
              <Show when={canWrite() && d.participants.length > 0}>
                <form
                  class="form"
                  aria-label={text("participants.save")}
                  onSubmit={async (e) => {
                    e.preventDefault();
                    if (await attendance.run()) done("participants.saved");
                  }}
                >
                  <FormActions
                    label={text("participants.save")}
                    pending={attendance.pending()}
                    error={attendance.error()}
                  />
                </form>
              </Show>
              <Show when={canWrite() && d.kind !== "individual"}>
                <form
                  class="form card"
                  aria-label={text("participants.add")}
                  onSubmit={async (e) => {
                    e.preventDefault();
                    if (await adding.run()) {
                      setNewStudent("");
                      done("participants.added");
                    }
                  }}
                >
                  <SelectField
                    label={text("form.student")}
                    required
                    value={newStudent()}
                    onValue={setNewStudent}
                    placeholder={text("choose")}
                    error={adding.fieldError("studentId")}
                    options={(students() ?? []).map((s) => ({
                      value: s.id,
                      label: `${s.lastName}, ${s.firstName}`,
                    }))}
                  />
                  <FormActions
                    label={text("participants.add")}
                    pending={adding.pending()}
                    error={adding.error()}
                  />
                </form>
              </Show>
            </Section>
            <Show when={canWrite()}>
              <Section title={text("followUps.title")}>
                <form
                  class="form"
                  aria-label={text("followUps.title")}
                  onSubmit={async (e) => {
                    e.preventDefault();
                    if (await updating.run()) done("followUps.saved");
                  }}
                >
                  <TextAreaField
                    label={text("session.goals")}
                    value={goals()}
                    onValue={setGoals}
                    maxLength={4000}
                  />
                  <TextAreaField
                    label={text("session.followUps")}
                    value={followUps()}
                    onValue={setFollowUps}
                    maxLength={4000}
                    error={updating.fieldError("followUps")}
                  />
                  <FormActions
                    label={text("followUps.submit")}
                    pending={updating.pending()}
                    error={updating.error()}
                  />
                </form>
              </Section>
            </Show>
            <Section title={text("notes.title")}>
              <NotesList notes={d.notes} showStudent />
              <Show when={session.can("note.write")}>
                <NoteForm
                  sessionId={d.id}
                  students={d.participants.map((p) => ({
                    id: p.studentId,
                    name: `${p.firstName} ${p.lastName}`,
                  }))}
                  onSaved={() => done("notes.saved")}
                />
              </Show>
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
