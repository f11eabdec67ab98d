import { createSignal } from "solid-js";

/**
 * The unread count the header shows, shared with the inbox page: marking an item read there updates
 * the header at once, without asking the server again.
 */
const [unread, setUnread] = createSignal<number | null>(null);

export { setUnread, unread };
