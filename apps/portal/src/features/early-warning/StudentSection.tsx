import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, Empty, useApi } from "@polku/ui";
import { Show } from "solid-js";
import { FlagList } from "./FlagList.tsx";
import { useEarlyWarningText } from "./text.ts";

/**
 * The student's early warnings, each saying which rule fired and why, with the urgency in words and,
 * when it is marked handled, who marked it, when and the note; for staff who may read them.
 */
export default function EarlyWarningSection(props: StudentSectionProps) {
  const { text, urgency, whyUrgent, formatDateTime } = useEarlyWarningText();
  const api = useApi();
  const [result, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.earlyWarning.forStudent.query({ studentId }),
  );
  return (
    <Async resource={result} retry={() => void refetch()}>
      {(data) => (
        <Show when={data.flags.length > 0} fallback={<Empty>{text("student.none")}</Empty>}>
          <Show when={data.warning}>
            {(w) => (
              <p class="ew-urgency">
                <strong>{urgency(w().urgency)}</strong> {whyUrgent(w().urgency, w().expectedGraduation)}
              </p>
            )}
          </Show>
          <FlagList flags={data.flags} label={text("student.flagsLabel")} />
          <Show when={data.warning?.state === "handled" ? data.warning.latest : null}>
            {(l) => (
              <div class="ew-handling">
                <p>
                  {l().byName
                    ? text("handling.handledBy", { name: l().byName ?? "", at: formatDateTime(l().at) })
                    : text("handling.handledByUnknown", { at: formatDateTime(l().at) })}
                </p>
                <Show when={l().note}>
                  <p class="ew-note">
                    <strong>{text("handling.note")}:</strong> {l().note}
                  </p>
                </Show>
              </div>
            )}
          </Show>
        </Show>
      )}
    </Async>
  );
}
