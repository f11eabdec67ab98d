import { Async, createLiveResource, useApi } from "@polku/ui";
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useFundingText } from "./text.ts";

/** The home page's card: what waits for this organisation's acceptance first, then what is in force. */
export default function FundingAgreementsCard() {
  const { text } = useFundingText();
  const api = useApi();
  const [agreements, { refetch }] = createLiveResource(() => api.funding.agreements.query());
  return (
    <Async resource={agreements} retry={() => void refetch()}>
      {(list) => (
        <>
          <Show when={list.length > 0} fallback={<p>{text("card.none")}</p>}>
            <ul>
              <For each={list.slice(0, 5)}>
                {(a) => (
                  <li>
                    <A href={`/funding/${a.id}`}>
                      {a.awaitingMe.length > 0
                        ? text("card.awaiting", { title: a.title, version: String(a.awaitingMe.at(-1)) })
                        : a.inForce !== null
                          ? text("card.inForce", { title: a.title, version: String(a.inForce) })
                          : a.title}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p>
            <A href="/funding">{text("card.open")}</A>
          </p>
        </>
      )}
    </Async>
  );
}
