import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";

/** The notices page (lazy) and its navigation entry, below `/p/lappi-valmennus`. */
export const routes: readonly PortalRoute[] = [
  { path: "/notices", component: lazy(() => import("./NoticesPage.tsx")) },
];
export const nav: readonly PortalNavEntry[] = [
  { path: "/notices", label: "notices.nav", permission: "valmennus.notice.read", group: "daily" },
];
