import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";
import { en, fi, sv } from "./nav-messages.ts";

/** The student page's flags, each saying which rule fired and why; near the top, as they ask for action. */
export const earlyWarningSections: readonly CoreStudentSection[] = [
  {
    id: "flags",
    title: "nav.title",
    order: 20,
    permission: "earlyWarning.read",
    component: lazy(() => import("./StudentSection.tsx")),
  },
];

/**
 * Early warning: the flags of a tutor's students (for other staff, their provider's), each saying which
 * rule fired and why, and the managers' thresholds. Strings under "early-warning".
 */
export const earlyWarningFeature: CoreFeature = {
  id: "early-warning",
  routes: [
    { path: "/early-warning", component: lazy(() => import("./EarlyWarningPage.tsx")) },
    { path: "/early-warning/settings", component: lazy(() => import("./SettingsPage.tsx")) },
  ],
  nav: [
    { path: "/early-warning", label: "nav.title", permission: "earlyWarning.read", group: "students" },
    {
      path: "/early-warning/settings",
      label: "nav.settings",
      permission: "earlyWarning.configure",
      group: "settings",
    },
  ],
  messages: { fi, sv, en },
  studentSections: earlyWarningSections,
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
