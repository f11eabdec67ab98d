import { Async, createLiveResource, ShortList, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** A workshop coach's home card: the newest students handed over to the workshop, while consent lasts. */
export default function HandoversCard() {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [handovers, { refetch }] = createLiveResource(() => api.list.query({ status: "active", limit: 5 }));
  return (
    <>
      <Async resource={handovers} retry={() => void refetch()}>
        {(rows) => (
          <ShortList rows={rows} empty={text("list.empty")}>
            {(h) => (
              <>
                <A href={`/p/${pluginId}/handovers/${h.id}`}>{`${h.firstName} ${h.lastName}`}</A>
                {` (${text("card.since", { date: formatDate(h.createdAt) })})`}
              </>
            )}
          </ShortList>
        )}
      </Async>
      <p>
        <A href={`/p/${pluginId}`}>{text("card.all")}</A>
      </p>
    </>
  );
}
