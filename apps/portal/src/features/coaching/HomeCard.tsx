import { Async, createLiveResource, ShortList, useApi } from "@polku/ui";
import { A } from "@solidjs/router";

import { useCoachingText } from "./text.ts";

/** The next few coaching sessions this person leads or takes part in. */
export default function CoachingCard() {
  const { text, formatDateTime } = useCoachingText();
  const api = useApi();
  const [sessions, { refetch }] = createLiveResource(() => api.coaching.upcoming.query({ limit: 3 }));
  return (
    <>
      <Async resource={sessions} retry={() => void refetch()}>
        {(rows) => (
          <ShortList rows={rows} empty={text("card.empty")}>
            {(s) => (
              <>
                {formatDateTime(s.startsAt)}: <A href={`/coaching/sessions/${s.id}`}>{s.title}</A>
              </>
            )}
          </ShortList>
        )}
      </Async>
      <p>
        <A href="/coaching">{text("card.all")}</A>
      </p>
    </>
  );
}
