import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, useApi, useSession } from "@polku/ui";
import { Show } from "solid-js";
import { NoteForm } from "./NoteForm.tsx";
import { NotesList } from "./NotesList.tsx";

/** The student page's coaching notes this actor may read (row-level security decides), and a new one. */
export default function NotesSection(props: StudentSectionProps) {
  const api = useApi();
  const session = useSession();
  const [notes, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.coaching.notes.query({ studentId }),
  );
  return (
    <>
      <Async resource={notes} retry={() => void refetch()}>
        {(rows) => <NotesList notes={rows} />}
      </Async>
      <Show when={session.can("note.write")}>
        <NoteForm students={[{ id: props.studentId, name: props.studentName }]} />
      </Show>
    </>
  );
}
