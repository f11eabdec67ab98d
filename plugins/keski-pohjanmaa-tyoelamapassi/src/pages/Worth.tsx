import { Async, createLiveResource, usePluginApi } from "@polku/ui";
import { For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId, useWords } from "./words.ts";

/** What the learner's badges are worth at each higher-education institution, rule by rule. */
export function Worth() {
  const { text } = usePluginText();
  const words = useWords();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [worth, { refetch }] = createLiveResource(() => api.credit.worth.query());
  return (
    <Async resource={worth} retry={() => void refetch()}>
      {(rules) => (
        <Show when={rules.length > 0} fallback={<p>{text("worth.empty")}</p>}>
          <ul class="tp-list">
            <For each={rules}>
              {(r) => (
                <li class="card">
                  <h3>
                    {r.institution}:{" "}
                    {r.kind === "credits"
                      ? text("worth.credits", { credits: r.credits ?? 0 })
                      : text("worth.studyPlace")}
                  </h3>
                  <p>{words(r.description)}</p>
                  <p>
                    {r.met
                      ? text("worth.met")
                      : text("worth.have", { have: r.have.length, total: r.badgeClassIds.length })}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      )}
    </Async>
  );
}
