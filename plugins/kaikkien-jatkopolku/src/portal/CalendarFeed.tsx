import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  Section,
  StatusMessage,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

/**
 * The person's calendar subscription: a new address is shown once (only its hash is kept), and each
 * subscription in force can be ended.
 */
export function CalendarFeed() {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [feeds, { refetch }] = createLiveResource(() => plugin.feeds.mine.query());
  const [address, setAddress] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const create = createSubmission(() => plugin.feeds.create.mutate());
  const revoke = createSubmission((feedId: string) => plugin.feeds.revoke.mutate({ feedId }));
  return (
    <Section title={text("feed.title")}>
      <p>{text("feed.intro")}</p>
      <StatusMessage message={message()} />
      <Show when={address()}>
        {(url) => (
          <p>
            <label for="kaikkien-feed-address">{text("feed.address")}</label>
            <input id="kaikkien-feed-address" class="input" type="text" readOnly value={url()} />
          </p>
        )}
      </Show>
      <Button
        variant="secondary"
        busy={create.pending()}
        onClick={async () => {
          const made = await create.run();
          if (made) {
            setAddress(`${window.location.origin}${made.path}`);
          }
        }}
      >
        {text("feed.create")}
      </Button>
      <Async resource={feeds} retry={() => void refetch()}>
        {(list) => (
          <>
            <p>{text("feed.active", { count: list.length })}</p>
            <ul>
              <For each={list}>
                {(feed, i) => (
                  <li>
                    <Button
                      variant="link"
                      aria-label={`${text("feed.revoke")} ${i() + 1}`}
                      onClick={async () => {
                        if (await revoke.run(feed.id)) {
                          setAddress(null);
                          setMessage(text("feed.revoked"));
                        }
                      }}
                    >
                      {`${text("feed.revoke")} ${i() + 1}`}
                    </Button>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Async>
    </Section>
  );
}
