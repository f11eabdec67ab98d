import {
  type ApiOutputs,
  Async,
  Button,
  DetailList,
  Empty,
  Page,
  Section,
  useApi,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { FlagList } from "./FlagList.tsx";
import { useEarlyWarningText } from "./text.ts";
import "./early-warning.css";

type ForMe = ApiOutputs["earlyWarning"]["forMe"];
type Flag = ForMe["flags"][number];

/** Flags grouped by student, in the API's order (by name). */
export function groupByStudent(flags: readonly Flag[]) {
  const groups = new Map<string, { id: string; name: string; flags: Flag[] }>();
  for (const flag of flags) {
    const group = groups.get(flag.studentId) ?? {
      id: flag.studentId,
      name: `${flag.firstName} ${flag.lastName}`,
      flags: [],
    };
    group.flags.push(flag);
    groups.set(flag.studentId, group);
  }
  return [...groups.values()];
}

/**
 * The early warnings of a tutor's own students (other staff: their provider's students), grouped by
 * student with a link to each student's page, and the thresholds in use. Managers can change them.
 */
export default function EarlyWarningPage() {
  const { text, formatDate } = useEarlyWarningText();
  const api = useApi();
  const session = useSession();
  // The students are checked a page at a time (by name); `more` says whether another page follows.
  const [offset, setOffset] = createSignal(0);
  const [result, { refetch }] = createResource(offset, (from) =>
    api.earlyWarning.forMe.query(from > 0 ? { offset: from } : undefined),
  );
  const intro = () =>
    result.state === "ready" && result.latest.scope === "provider"
      ? text("page.introProvider")
      : text("page.introTutees");
  return (
    <Page title={text("page.title")} intro={intro()}>
      <Show when={session.can("earlyWarning.configure")}>
        <p>
          <A href="/early-warning/settings">{text("page.settingsLink")}</A>
        </p>
      </Show>
      <Async resource={result} retry={() => void refetch()}>
        {(data) => {
          const students = () => groupByStudent(data.flags);
          return (
            <>
              <p>
                {text("page.summary", {
                  checked: data.checked,
                  day: formatDate(data.today),
                  flags: students().length,
                })}
              </p>
              <Show when={data.more || data.offset > 0}>
                <nav class="pager" aria-label={text("page.paging")}>
                  <Button variant="secondary" disabled={data.offset === 0} onClick={() => setOffset(0)}>
                    {text("page.first")}
                  </Button>
                  <Button
                    variant="secondary"
                    disabled={!data.more}
                    onClick={() => setOffset(data.offset + data.checked)}
                  >
                    {text("page.next")}
                  </Button>
                </nav>
              </Show>
              <Section title={text("page.flagged")}>
                <Show when={students().length > 0} fallback={<Empty>{text("page.none")}</Empty>}>
                  <ul class="ew-students">
                    <For each={students()}>
                      {(student) => (
                        <li class="ew-student">
                          <h3>
                            <A href={`/students/${student.id}`}>{student.name}</A>
                          </h3>
                          <FlagList flags={student.flags} />
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </Section>
              <Section title={text("page.thresholds")}>
                <DetailList
                  items={[
                    {
                      label: text("rule.unexplained-absences"),
                      value: data.config.unexplainedAbsences.enabled
                        ? text("threshold.unexplained-absences", {
                            threshold: data.config.unexplainedAbsences.days,
                            window: data.config.unexplainedAbsences.windowDays,
                          })
                        : text("threshold.off"),
                    },
                    {
                      label: text("rule.no-progress"),
                      value: data.config.noProgress.enabled
                        ? text("threshold.no-progress", { threshold: data.config.noProgress.weeks })
                        : text("threshold.off"),
                    },
                    {
                      label: text("rule.missed-coaching"),
                      value: data.config.missedCoaching.enabled
                        ? text("threshold.missed-coaching", {
                            threshold: data.config.missedCoaching.sessions,
                            window: data.config.missedCoaching.windowDays,
                          })
                        : text("threshold.off"),
                    },
                  ]}
                />
              </Section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}
