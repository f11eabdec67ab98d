import { Async, createLiveResource, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import type { ValmennusRouter } from "../../router.ts";
import { pluginId, usePluginText } from "../text.ts";
import type { NoticesMessageKey } from "./messages.ts";

/** A guardian's home card: how many absence notices still wait to be acknowledged. */
export default function NoticesCard() {
  const { text } = usePluginText<NoticesMessageKey>();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [notices, { refetch }] = createLiveResource(() => api.notices.mine.query());
  const waiting = (list: readonly { acknowledgedAt: string | null }[]) =>
    list.filter((n) => n.acknowledgedAt === null).length;
  return (
    <>
      <Async resource={notices} retry={() => void refetch()}>
        {(list) => {
          const count = waiting(list);
          return (
            <p>
              {count === 0
                ? text("notices.card.none")
                : count === 1
                  ? text("notices.card.one")
                  : text("notices.card.many", { count })}
            </p>
          );
        }}
      </Async>
      <p>
        <A href={`/p/${pluginId}/notices`}>{text("notices.card.open")}</A>
      </p>
    </>
  );
}
