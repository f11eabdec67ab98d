import {
  Async,
  Button,
  createLiveResource,
  DetailList,
  Empty,
  ExportButtons,
  Page,
  Section,
  StatusMessage,
  useApi,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { warningSheet } from "./export.ts";
import { useEarlyWarningText } from "./text.ts";
import { WarningItem } from "./WarningItem.tsx";
import "./early-warning.css";

/**
 * The early warnings of a tutor's own students (other staff: their provider's students), most urgent
 * first with the urgency in words and why, split into open and handled ones; each links to the
 * student's page. Those who handle warnings mark one handled with a note, or open it again. The
 * thresholds in use are shown; managers can change them.
 */
export default function EarlyWarningPage() {
  const i18n = useEarlyWarningText();
  const { text, formatDate, within } = i18n;
  const api = useApi();
  const session = useSession();
  const [show, setShow] = createSignal<"open" | "handled">("open");
  const [announced, setAnnounced] = createSignal<string | null>(null);
  // The students are checked a page at a time (by name); `more` says whether another page follows.
  const [offset, setOffset] = createSignal(0);
  const [result, { refetch }] = createLiveResource(offset, (from) =>
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
          const open = () => data.students.filter((s) => s.state === "open");
          const handled = () => data.students.filter((s) => s.state === "handled");
          const shown = () => (show() === "open" ? open() : handled());
          return (
            <>
              <p>
                {text("page.summary", {
                  checked: text("page.checked", { count: data.checked }),
                  day: formatDate(data.today),
                  open: open().length,
                  handled: handled().length,
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
                <p>{text("page.order")}</p>
                <fieldset class="ew-show">
                  <legend>{text("page.show")}</legend>
                  <label>
                    <input
                      class="ew-choice"
                      type="radio"
                      name="ew-show"
                      value="open"
                      checked={show() === "open"}
                      onChange={() => setShow("open")}
                    />
                    {text("page.open", { count: open().length })}
                  </label>
                  <label>
                    <input
                      class="ew-choice"
                      type="radio"
                      name="ew-show"
                      value="handled"
                      checked={show() === "handled"}
                      onChange={() => setShow("handled")}
                    />
                    {text("page.handled", { count: handled().length })}
                  </label>
                </fieldset>
                <StatusMessage message={announced()} />
                <Show
                  when={shown().length > 0}
                  fallback={<Empty>{text(show() === "open" ? "page.noneOpen" : "page.noneHandled")}</Empty>}
                >
                  <ul class="ew-students">
                    <For each={shown()}>
                      {(warning) => (
                        <WarningItem
                          warning={warning}
                          canHandle={session.can("earlyWarning.handle")}
                          announce={setAnnounced}
                        />
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={data.students.length > 0}>
                  <ExportButtons
                    label={text("export.label")}
                    fileName={`${text("export.file")}-${data.today}`}
                    sheets={() => [warningSheet(data.students, i18n)]}
                  />
                </Show>
              </Section>
              <Section title={text("page.thresholds")}>
                <DetailList
                  items={[
                    {
                      label: text("rule.unexplained-absences"),
                      value: data.config.unexplainedAbsences.enabled
                        ? text("threshold.unexplained-absences", {
                            count: data.config.unexplainedAbsences.days,
                            within: within(data.config.unexplainedAbsences.windowDays),
                          })
                        : text("threshold.off"),
                    },
                    {
                      label: text("rule.no-progress"),
                      value: data.config.noProgress.enabled
                        ? text("threshold.no-progress", { count: data.config.noProgress.weeks })
                        : text("threshold.off"),
                    },
                    {
                      label: text("rule.missed-coaching"),
                      value: data.config.missedCoaching.enabled
                        ? text("threshold.missed-coaching", {
                            count: data.config.missedCoaching.sessions,
                            within: within(data.config.missedCoaching.windowDays),
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
