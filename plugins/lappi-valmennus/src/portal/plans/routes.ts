import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";

/**
 * The plans pages (lazy) and their navigation entries, below `/p/lappi-valmennus`: the groups' plans,
 * one plan with its items, and the welfare staff's outreach visits.
 */
export const routes: readonly PortalRoute[] = [
  { path: "/plans", component: lazy(() => import("./PlansHome.tsx")) },
  { path: "/plans/:planId", component: lazy(() => import("./PlanPage.tsx")) },
  { path: "/outreach", component: lazy(() => import("./OutreachPage.tsx")) },
];

export const nav: readonly PortalNavEntry[] = [
  { path: "/plans", label: "plans.nav", permission: "valmennus.plan.read", group: "paths" },
  { path: "/outreach", label: "plans.outreachNav", permission: "valmennus.plan.read", group: "paths" },
];
