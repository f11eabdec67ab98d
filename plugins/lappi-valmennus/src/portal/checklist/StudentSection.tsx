import type { StudentSectionProps } from "@polku/plugin-sdk/portal";
import { ApiError, Async, createLiveResource, errorInfo, usePluginApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { useChecklistText } from "./labels.ts";

/**
 * The student page's start of studies: how many of the tasks are done and which are late, with the way
 * to the full checklist. A student outside the programme is said to be so (with the way to enrol them
 * for staff who may), not shown as a failure.
 */
export default function ChecklistSection(props: StudentSectionProps) {
  const { text, itemLabel } = useChecklistText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [detail, { refetch }] = createLiveResource(
    () => props.studentId,
    (studentId) => api.checklist.forStudent.query({ studentId }),
  );
  const notInProgramme = () => detail.error && errorInfo(detail.error).code === "NOT_FOUND";
  return (
    <Switch>
      <Match when={notInProgramme()}>
        <p>{text("checklist.section.notIn")}</p>
        <Show when={session.can("valmennus.participant.manage")}>
          <p>
            <A href={`/p/${pluginId}/enrol`}>{text("checklist.home.enrol")}</A>
          </p>
        </Show>
      </Match>
      <Match when={detail.error}>
        <ApiError error={detail.error} retry={() => void refetch()} />
      </Match>
      <Match when={true}>
        <Async resource={detail} retry={() => void refetch()}>
          {(d) => (
            <>
              <p>{text("checklist.section.progress", { done: d.summary.done, total: d.summary.total })}</p>
              <p>
                {d.summary.late === 0
                  ? text("checklist.table.noneLate")
                  : text("checklist.table.lateList", {
                      count: d.summary.late,
                      items: d.summary.lateItems.map(itemLabel).join(", "),
                    })}
              </p>
              <p>
                <A href={`/p/${pluginId}/students/${props.studentId}`}>{text("checklist.section.open")}</A>
              </p>
            </>
          )}
        </Async>
      </Match>
    </Switch>
  );
}
