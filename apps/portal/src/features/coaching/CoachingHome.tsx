import { Async, createLiveResource, Page, Section, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { SessionsTable } from "./SessionsTable.tsx";
import { useCoachingText } from "./text.ts";

/** My upcoming coaching sessions (a student's: those the student takes part in), and a new one. */
export default function CoachingHome() {
  const { text } = useCoachingText();
  const api = useApi();
  const session = useSession();
  const [upcoming, { refetch }] = createLiveResource(() => api.coaching.upcoming.query({}));
  return (
    <Page
      title={text("home.title")}
      intro={text("home.intro")}
      actions={
        <Show when={session.can("coaching.write")}>
          <A class="button button-primary" href="/coaching/new">
            {text("new.link")}
          </A>
        </Show>
      }
    >
      <Section title={text("upcoming.title")}>
        <Async resource={upcoming} retry={() => void refetch()}>
          {(rows) => (
            <SessionsTable
              caption={text("upcoming.caption")}
              hideCaption
              empty={text("upcoming.empty")}
              rows={rows}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}
