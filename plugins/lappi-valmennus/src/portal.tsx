import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { manifest } from "./manifest.ts";
import * as checklist from "./portal/checklist/routes.ts";
import * as hours from "./portal/hours/routes.ts";
import * as metrics from "./portal/metrics/routes.ts";
import { en, fi, sv } from "./portal/nav-messages.ts";
import * as notices from "./portal/notices/routes.ts";
import * as plans from "./portal/plans/routes.ts";

const areas = [checklist, plans, notices, hours, metrics];

/**
 * The portal part: each area of the practice brings its pages, loaded lazily. Only the menu's strings
 * load up front; the pages' strings come with the first page opened.
 */
export default definePortalPlugin({
  manifest,
  routes: areas.flatMap((area) => area.routes),
  nav: areas.flatMap((area) => area.nav),
  messages: { fi, sv, en },
  pageMessages: () => import("./portal/messages.ts").then((m) => m.pageMessages),
});
