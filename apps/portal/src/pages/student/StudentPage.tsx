import { Async, Page, useApi, useSession } from "@polku/ui";
import { useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { AuditSection } from "./AuditSection.tsx";
import { CoachingSection } from "./CoachingSection.tsx";
import { DetailsSection } from "./DetailsSection.tsx";
import { EarlyWarningSection } from "./EarlyWarningSection.tsx";
import { GrantsSection } from "./GrantsSection.tsx";
import { HoksSection } from "./HoksSection.tsx";
import { PathwaySection } from "./PathwaySection.tsx";
import { SupportTeamSection } from "./SupportTeamSection.tsx";
import { WelfareSection } from "./WelfareSection.tsx";

/**
 * One student: details, pathway and outcomes, consents and the audit trail. Each section loads on its
 * own and is shown only when the role's permissions allow it, so one refusal never blanks the page.
 */
export default function StudentPage() {
  const api = useApi();
  const session = useSession();
  const params = useParams<{ studentId: string }>();
  /** A student or guardian looking at the student's own page. */
  const ownView = () => ["student", "guardian"].includes(session.me.latest?.current.role ?? "");
  const [student, { refetch }] = createResource(
    () => params.studentId,
    (studentId) => api.students.get.query({ studentId }),
  );
  return (
    <Async resource={student} retry={() => void refetch()}>
      {(s) => (
        <Page title={`${s.firstName} ${s.lastName}`}>
          <DetailsSection student={s} showTeam={!ownView()} />
          <EarlyWarningSection studentId={s.id} />
          <Show when={ownView()}>
            <SupportTeamSection team={s.team} />
          </Show>
          <Show when={session.can("pathway.read")}>
            <PathwaySection studentId={s.id} />
          </Show>
          <HoksSection studentId={s.id} />
          <CoachingSection studentId={s.id} name={`${s.firstName} ${s.lastName}`} />
          <WelfareSection studentId={s.id} />
          <Show when={session.can("grant.read")}>
            <GrantsSection studentId={s.id} minor={s.minor} />
          </Show>
          <Show when={session.can("audit.read")}>
            <AuditSection studentId={s.id} />
          </Show>
        </Page>
      )}
    </Async>
  );
}
