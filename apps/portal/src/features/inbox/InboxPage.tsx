import {
  ApiError,
  type ApiOutputs,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  Empty,
  formatDateTime,
  Page,
  StatusMessage,
  useApi,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import "./inbox.css";
import { useInboxText } from "./text.ts";
import { setUnread } from "./unread.ts";

type Item = ApiOutputs["inbox"]["list"]["items"][number];

const PAGE = 50;

/** Every person's inbox: what Polku told them, newest first, in the language the portal is in. */
export default function InboxPage() {
  const { text, locale } = useInboxText();
  const api = useApi();
  const [pages, setPages] = createSignal(1);
  const [inbox, { refetch, mutate }] = createLiveResource(
    () => ({ locale: locale(), limit: PAGE * pages() }),
    async (query) => {
      const result = await api.inbox.list.query(query);
      setUnread(result.unread);
      return result;
    },
  );
  const [done, setDone] = createSignal("");
  const markRead = createSubmission(async (ids?: string[]) => {
    const result = await api.inbox.markRead.mutate(ids ? { ids } : {});
    setUnread(result.unread);
    const now = new Date().toISOString();
    const current = inbox.latest;
    if (current) {
      mutate({
        unread: result.unread,
        items: current.items.map((i) => (!ids || ids.includes(i.id) ? { ...i, readAt: i.readAt ?? now } : i)),
      });
    }
    // Says what happened; the count beside the button already says how many are left.
    setDone(text("markedRead"));
  });

  return (
    <Page title={text("title")} intro={text("intro")}>
      <Async resource={inbox} retry={() => void refetch()}>
        {(result) => (
          <Show when={result.items.length > 0} fallback={<Empty>{text("empty")}</Empty>}>
            <div class="inbox-actions">
              <p>{text("count", { count: result.unread })}</p>
              <Show when={result.unread > 0}>
                <Button variant="secondary" onClick={() => void markRead.run()} disabled={markRead.pending()}>
                  {text("markAllRead")}
                </Button>
              </Show>
            </div>
            <Show when={markRead.error()}>{(error) => <ApiError error={error()} />}</Show>
            <StatusMessage message={done()} />
            <ul class="inbox" aria-label={text("list")}>
              <For each={result.items}>
                {(item) => <InboxItem item={item} onRead={(id) => void markRead.run([id])} />}
              </For>
            </ul>
            <Show when={result.items.length >= PAGE * pages()}>
              <Button variant="secondary" onClick={() => setPages(pages() + 1)}>
                {text("more")}
              </Button>
            </Show>
          </Show>
        )}
      </Async>
    </Page>
  );
}

function InboxItem(props: { item: Item; onRead: (id: string) => void }) {
  const { text } = useInboxText();
  return (
    <li class="inbox-item" classList={{ unread: !props.item.readAt }}>
      <article aria-labelledby={`inbox-${props.item.id}`}>
        <h2 id={`inbox-${props.item.id}`}>
          <Show when={!props.item.readAt}>
            <span class="badge">{text("unread")}</span>{" "}
          </Show>
          {props.item.subject}
        </h2>
        <p class="muted">{text("delivered", { time: formatDateTime(props.item.deliveredAt) })}</p>
        <p class="inbox-body">{props.item.body}</p>
        <div class="inbox-item-actions">
          <Show when={props.item.path}>
            {(path) => (
              <A href={path()} onClick={() => !props.item.readAt && props.onRead(props.item.id)}>
                {text("open")}
              </A>
            )}
          </Show>
          <Show when={!props.item.readAt}>
            <Button variant="secondary" onClick={() => props.onRead(props.item.id)}>
              {text("markRead")}
            </Button>
          </Show>
        </div>
      </article>
    </li>
  );
}
