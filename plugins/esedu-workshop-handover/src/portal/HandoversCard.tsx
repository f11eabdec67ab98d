import { Async, Empty, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** A workshop coach's home card: the newest students handed over to the workshop, while consent lasts. */
export default function HandoversCard() {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [handovers, { refetch }] = createResource(() => api.list.query({ status: "active", limit: 5 }));
  return (
    <>
      <Async resource={handovers} retry={() => void refetch()}>
        {(rows) => (
          <Show when={rows.length > 0} fallback={<Empty>{text("list.empty")}</Empty>}>
            <ul class="link-list">
              <For each={rows}>
                {(h) => (
                  <li>
                    <A href={`/p/${pluginId}/handovers/${h.id}`}>{`${h.firstName} ${h.lastName}`}</A>
                    {` (${text("card.since", { date: formatDate(h.createdAt) })})`}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
      <p>
        <A href={`/p/${pluginId}`}>{text("card.all")}</A>
      </p>
    </>
  );
}
