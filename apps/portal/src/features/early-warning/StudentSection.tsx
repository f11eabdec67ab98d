import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, Empty, useApi } from "@polku/ui";
import { createResource, Show } from "solid-js";
import { FlagList } from "./FlagList.tsx";
import { useEarlyWarningText } from "./text.ts";

/** The student's early warnings, each saying which rule fired and why; for staff who may read them. */
export default function EarlyWarningSection(props: StudentSectionProps) {
  const { text } = useEarlyWarningText();
  const api = useApi();
  const [result, { refetch }] = createResource(
    () => props.studentId,
    (studentId) => api.earlyWarning.forStudent.query({ studentId }),
  );
  return (
    <Async resource={result} retry={() => void refetch()}>
      {(data) => (
        <Show when={data.flags.length > 0} fallback={<Empty>{text("student.none")}</Empty>}>
          <FlagList flags={data.flags} label={text("student.flagsLabel")} />
        </Show>
      )}
    </Async>
  );
}
