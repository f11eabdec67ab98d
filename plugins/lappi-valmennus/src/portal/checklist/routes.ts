import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";

/** The checklist pages (lazy) and their navigation entries, below `/p/lappi-valmennus`. */
export const routes: readonly PortalRoute[] = [];
export const nav: readonly PortalNavEntry[] = [];
