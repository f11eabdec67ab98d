import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./nav-messages.ts";

/** Coaching: pages, menu entries and strings (namespace "coaching"). */
export const coachingFeature: CoreFeature = {
  id: "coaching",
  routes: [
    { path: "/coaching", component: lazy(() => import("./CoachingHome.tsx")) },
    { path: "/coaching/new", component: lazy(() => import("./NewSession.tsx")) },
    { path: "/coaching/sessions/:sessionId", component: lazy(() => import("./SessionPage.tsx")) },
  ],
  nav: [{ path: "/coaching", label: "nav.title", permission: "coaching.read" }],
  messages: { fi, sv, en },
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
