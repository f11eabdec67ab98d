import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";
import { en, fi, sv } from "./nav-messages.ts";

/**
 * The student page's welfare part for staff: a way to refer the student and (for staff other than
 * welfare) only how many open referrals the student allowed to be disclosed. Never the contents.
 */
export const welfareSections: readonly CoreStudentSection[] = [
  {
    id: "referrals",
    title: "nav.title",
    order: 70,
    // Everyone who may refer sees the section (welfare staff with the way to their queue).
    permission: "welfare.refer",
    component: lazy(() => import("./StudentSection.tsx")),
  },
];

/** Home: new referrals waiting for welfare staff. */
export const welfareCards: readonly HomeCard[] = [
  {
    id: "new",
    title: "card.title",
    order: 20,
    permission: "welfare.read",
    component: lazy(() => import("./HomeCard.tsx")),
  },
];

/** Welfare: pages, menu entries, slots and strings (namespace "welfare"). */
export const welfareFeature: CoreFeature = {
  id: "welfare",
  routes: [
    { path: "/welfare", component: lazy(() => import("./WelfareQueue.tsx")) },
    { path: "/welfare/referrals/:referralId", component: lazy(() => import("./ReferralPage.tsx")) },
    { path: "/welfare/refer/:studentId", component: lazy(() => import("./ReferPage.tsx")) },
  ],
  nav: [{ path: "/welfare", label: "nav.title", permission: "welfare.read", group: "students" }],
  messages: { fi, sv, en },
  studentSections: welfareSections,
  homeCards: welfareCards,
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
