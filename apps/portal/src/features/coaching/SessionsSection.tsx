import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { SessionsTable } from "./SessionsTable.tsx";
import { useCoachingText } from "./text.ts";

/** The student page's coaching sessions, with a way to plan a new one for staff who may. */
export default function SessionsSection(props: StudentSectionProps) {
  const { text } = useCoachingText();
  const api = useApi();
  const session = useSession();
  const [sessions, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.coaching.forStudent.query({ studentId }),
  );
  return (
    <>
      <Show when={session.can("coaching.write")}>
        <p>
          <A href={`/coaching/new?studentId=${props.studentId}`}>{text("new.link")}</A>
        </p>
      </Show>
      <Async resource={sessions} retry={() => void refetch()}>
        {(rows) => (
          <SessionsTable
            caption={text("student.sessionsCaption")}
            hideCaption
            empty={text("student.sessionsEmpty")}
            rows={rows}
          />
        )}
      </Async>
    </>
  );
}
