import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./messages.ts";

export { InboxLink } from "./InboxLink.tsx";

/**
 * Every person's inbox: the notifications the core delivered to them (a Lappi absence notice, a new
 * entry of a practice), with the unread count in the header. Strings under "inbox", loaded up front
 * (the header's link is on every page).
 */
export const inboxFeature: CoreFeature = {
  id: "inbox",
  routes: [{ path: "/inbox", component: lazy(() => import("./InboxPage.tsx")) }],
  messages: { fi, sv, en },
};
