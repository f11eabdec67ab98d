import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./nav-messages.ts";

/** Welfare: pages, menu entries and strings (namespace "welfare"). */
export const welfareFeature: CoreFeature = {
  id: "welfare",
  routes: [
    { path: "/welfare", component: lazy(() => import("./WelfareQueue.tsx")) },
    { path: "/welfare/referrals/:referralId", component: lazy(() => import("./ReferralPage.tsx")) },
    { path: "/welfare/refer/:studentId", component: lazy(() => import("./ReferPage.tsx")) },
  ],
  nav: [{ path: "/welfare", label: "nav.title", permission: "welfare.read" }],
  messages: { fi, sv, en },
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
