import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";

/**
 * The hours pages (lazy) and their navigation entries, below `/p/lappi-valmennus`: each member's own
 * hours, and the manager's plans and year summary.
 */
export const routes: readonly PortalRoute[] = [
  { path: "/hours", component: lazy(() => import("./MyHours.tsx")) },
  { path: "/hours/summary", component: lazy(() => import("./HoursSummary.tsx")) },
];

export const nav: readonly PortalNavEntry[] = [
  { path: "/hours", label: "hours.nav", permission: "valmennus.hours.record", group: "daily" },
  { path: "/hours/summary", label: "hours.summaryNav", permission: "valmennus.hours.plan", group: "reports" },
];
