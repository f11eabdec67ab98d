import { Async, Empty, Section, useApi, useSession } from "@polku/ui";
import { createResource, Show } from "solid-js";
import { FlagList } from "../../features/early-warning/FlagList.tsx";
import { useEarlyWarningText } from "../../features/early-warning/text.ts";

/** The student's early warnings, each saying which rule fired and why; for staff who may read them. */
export function EarlyWarningSection(props: { studentId: string }) {
  const { text } = useEarlyWarningText();
  const api = useApi();
  const session = useSession();
  const [result, { refetch }] = createResource(
    () => (session.can("earlyWarning.read") ? props.studentId : false),
    (studentId) => api.earlyWarning.forStudent.query({ studentId }),
  );
  return (
    <Show when={session.can("earlyWarning.read")}>
      <Section title={text("student.title")}>
        <Async resource={result} retry={() => void refetch()}>
          {(data) => (
            <Show when={data.flags.length > 0} fallback={<Empty>{text("student.none")}</Empty>}>
              <FlagList flags={data.flags} label={text("student.flagsLabel")} />
            </Show>
          )}
        </Async>
      </Section>
    </Show>
  );
}
