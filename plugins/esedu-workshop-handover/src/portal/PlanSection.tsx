import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { Async, createLiveResource, DetailList, usePluginApi } from "@polku/ui";
import { Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The continuation plan in the student's goals on the student page: what path was planned with the
 * student before graduation, the goal in their words, when it was agreed and who last wrote it.
 */
export default function PlanSection(props: StudentSectionProps) {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [plan, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.plans.forStudent.query({ studentId }),
  );
  return (
    <Async resource={plan} retry={refetch}>
      {(p) => (
        <Show when={p} fallback={<p>{text("plans.none")}</p>}>
          {(found) => (
            <DetailList
              items={[
                { label: text("plans.path"), value: text(`path.${found().path}` as "path.other") },
                { label: text("plans.goal"), value: found().goal },
                { label: text("plans.agreedOn"), value: formatDate(found().agreedOn) },
                {
                  label: text("plans.plan"),
                  value: text("plans.updated", {
                    date: formatDate(String(found().updatedAt)),
                    name: found().updatedByName ?? "–",
                  }),
                },
              ]}
            />
          )}
        </Show>
      )}
    </Async>
  );
}
