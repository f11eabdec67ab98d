import { Async, Section, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { NoteForm } from "../../features/coaching/NoteForm.tsx";
import { NotesList } from "../../features/coaching/NotesList.tsx";
import { SessionsTable } from "../../features/coaching/SessionsTable.tsx";
import { useCoachingText } from "../../features/coaching/text.ts";

/** The student's coaching sessions, and the notes this actor may read (row-level security decides). */
export function CoachingSection(props: { studentId: string; name: string }) {
  const { text } = useCoachingText();
  const api = useApi();
  const session = useSession();
  const [sessions, { refetch: refetchSessions }] = createResource(
    () => (session.can("coaching.read") ? props.studentId : false),
    (studentId) => api.coaching.forStudent.query({ studentId }),
  );
  const [notes, { refetch: refetchNotes }] = createResource(
    () => (session.can("note.read") ? props.studentId : false),
    (studentId) => api.coaching.notes.query({ studentId }),
  );
  return (
    <>
      <Show when={session.can("coaching.read")}>
        <Section title={text("student.sessions")}>
          <Show when={session.can("coaching.write")}>
            <p>
              <A href={`/coaching/new?studentId=${props.studentId}`}>{text("new.link")}</A>
            </p>
          </Show>
          <Async resource={sessions} retry={() => void refetchSessions()}>
            {(rows) => (
              <SessionsTable
                caption={text("student.sessionsCaption")}
                hideCaption
                empty={text("student.sessionsEmpty")}
                rows={rows}
              />
            )}
          </Async>
        </Section>
      </Show>
      <Show when={session.can("note.read")}>
        <Section title={text("student.notes")}>
          <Async resource={notes} retry={() => void refetchNotes()}>
            {(rows) => <NotesList notes={rows} />}
          </Async>
          <Show when={session.can("note.write")}>
            <NoteForm
              students={[{ id: props.studentId, name: props.name }]}
              onSaved={() => void refetchNotes()}
            />
          </Show>
        </Section>
      </Show>
    </>
  );
}
