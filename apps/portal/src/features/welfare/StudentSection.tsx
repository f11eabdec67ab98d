import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useWelfareText } from "./text.ts";

/**
 * Student welfare on the student's page for staff: a way to refer the student, and (for staff other
 * than welfare) only how many open referrals the student allowed to be disclosed. Never the contents.
 */
export default function WelfareSection(props: StudentSectionProps) {
  const { text } = useWelfareText();
  const api = useApi();
  const session = useSession();
  const [disclosed, { refetch }] = createLiveResource(
    () => (session.can("welfare.disclosed") ? props.studentId : false),
    (studentId) => api.welfare.disclosed.query({ studentId }),
  );
  return (
    <>
      <Show when={session.can("welfare.disclosed")}>
        <Async resource={disclosed} retry={() => void refetch()}>
          {(d) => (
            <p>
              {text("student.disclosed", { count: d.openReferrals })}{" "}
              <span class="field-hint">{text("student.disclosedHint")}</span>
            </p>
          )}
        </Async>
      </Show>
      <ul class="link-list">
        <Show when={session.can("welfare.refer")}>
          <li>
            <A href={`/welfare/refer/${props.studentId}`}>{text("student.refer")}</A>
          </li>
        </Show>
        <Show when={session.can("welfare.read")}>
          <li>
            <A href="/welfare">{text("student.queue")}</A>
          </li>
        </Show>
      </ul>
    </>
  );
}
