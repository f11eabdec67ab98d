import { Async, createLiveResource, ShortList, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** A company contact's home card: the coachees on a work trial with the company now. */
export default function CompanyTrialsCard() {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [trials, { refetch }] = createLiveResource(() => api.trials.forCompany.query());
  return (
    <>
      <Async resource={trials} retry={() => void refetch()}>
        {(rows) => (
          <ShortList rows={rows.slice(0, 5)} empty={text("trials.empty")}>
            {(t) => (
              <>
                <A href={`/p/${pluginId}/trials`}>{`${t.firstName} ${t.lastName}`}</A>
                {` (${formatDate(t.startsOn)}–${formatDate(t.endsOn)})`}
              </>
            )}
          </ShortList>
        )}
      </Async>
      <p>
        <A href={`/p/${pluginId}/trials`}>{text("company.cardAll")}</A>
      </p>
    </>
  );
}
