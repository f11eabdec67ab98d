import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import * as checklist from "./portal/checklist/routes.ts";
import * as hours from "./portal/hours/routes.ts";
import * as metrics from "./portal/metrics/routes.ts";
import { en, fi, sv } from "./portal/nav-messages.ts";
import * as notices from "./portal/notices/routes.ts";
import * as plans from "./portal/plans/routes.ts";

const areas = [checklist, plans, notices, hours, metrics];

/**
 * The portal part: each area of the practice brings its pages, loaded lazily, and its parts of the
 * student and home pages. Only the menu's and the slots' titles load up front; the pages' strings come
 * with the first page or slot shown.
 */
export default definePortalPlugin({
  manifest,
  routes: areas.flatMap((area) => area.routes),
  nav: areas.flatMap((area) => area.nav),
  studentSections: [
    {
      id: "checklist",
      title: "checklist.nav",
      // Right after the pathway, before the HOKS the checklist leads to.
      order: 35,
      permission: "valmennus.checklist.read",
      component: lazy(() => import("./portal/checklist/StudentSection.tsx")),
    },
  ],
  homeCards: [
    {
      id: "notices",
      title: "notices.nav",
      order: 15,
      // Guardians acknowledge the notices; staff follow them from the notices page.
      permission: "valmennus.notice.respond",
      component: lazy(() => import("./portal/notices/HomeCard.tsx")),
    },
  ],
  messages: { fi, sv, en },
  pageMessages: () => import("./portal/messages.ts").then((m) => m.pageMessages),
});
