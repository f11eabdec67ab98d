import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";

/**
 * The checklist pages (lazy) and their navigation entry, below `/p/lappi-valmennus`. One entry for
 * staff, students and guardians alike: the front page shows staff the overview and takes a student
 * (or the guardian of one ward) straight to their own checklist. Enrolling is reached from the overview.
 */
export const routes: readonly PortalRoute[] = [
  { path: "/", component: lazy(() => import("./ChecklistHome.tsx")) },
  { path: "/students/:studentId", component: lazy(() => import("./StudentChecklist.tsx")) },
  { path: "/enrol", component: lazy(() => import("./EnrolPage.tsx")) },
];

export const nav: readonly PortalNavEntry[] = [
  { path: "/", label: "checklist.nav", permission: "valmennus.checklist.read", group: "paths" },
];
