import { useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { createEffect, onCleanup, Show } from "solid-js";
import "./inbox.css";
import { useInboxText } from "./text.ts";
import { setUnread, unread } from "./unread.ts";

/** How often the header asks for the unread count while a page stays open. */
const POLL_MS = 60_000;

/**
 * The header's link to the inbox, with the count of unread messages.
 */
export function InboxLink() {
  const { text } = useInboxText();
  const api = useApi();
  const session = useSession();
  const refresh = () =>
    api.inbox.unread
      .query()
      .then((r) => setUnread(r.unread))
      // The count is a convenience: a failed poll leaves the last one shown.
      .catch(() => undefined);
  createEffect(() => {
    if (!session.me.latest) return;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    onCleanup(() => clearInterval(timer));
  });
  // The count is part of the link's text (its accessible name is what it shows, and a screen reader
  // hears "Viestit 3 lukematonta").
  return (
    <A href="/inbox" class="inbox-link">
      {text("nav.inbox")}
      <Show when={unread()}>
        {" "}
        <span class="badge">
          {unread()}
          <span class="visually-hidden"> {text("unreadWord")}</span>
        </span>
      </Show>
    </A>
  );
}
