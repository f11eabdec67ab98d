import { definePortalPlugin, type Locale, type Messages } from "@polku/plugin-sdk/portal";
import { manifest } from "./manifest.ts";
import * as checklist from "./portal/checklist/messages.ts";
import * as checklistPages from "./portal/checklist/routes.ts";
import * as hours from "./portal/hours/messages.ts";
import * as hoursPages from "./portal/hours/routes.ts";
import * as metrics from "./portal/metrics/messages.ts";
import * as metricsPages from "./portal/metrics/routes.ts";
import * as notices from "./portal/notices/messages.ts";
import * as noticesPages from "./portal/notices/routes.ts";
import * as plans from "./portal/plans/messages.ts";
import * as plansPages from "./portal/plans/routes.ts";

const areas = [checklist, plans, notices, hours, metrics];
const pages = [checklistPages, plansPages, noticesPages, hoursPages, metricsPages];
const messagesIn = (locale: Locale): Messages => Object.assign({}, ...areas.map((area) => area[locale]));

/** The portal part: each area of the practice brings its pages (loaded lazily) and strings. */
export default definePortalPlugin({
  manifest,
  routes: pages.flatMap((p) => p.routes),
  nav: pages.flatMap((p) => p.nav),
  messages: { fi: messagesIn("fi"), sv: messagesIn("sv"), en: messagesIn("en") },
});
