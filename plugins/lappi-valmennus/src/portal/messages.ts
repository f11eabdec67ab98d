import type { Locale, Messages } from "@polku/plugin-sdk/portal";
import * as checklist from "./checklist/messages.ts";
import * as hours from "./hours/messages.ts";
import * as metrics from "./metrics/messages.ts";
import * as notices from "./notices/messages.ts";
import * as plans from "./plans/messages.ts";

const areas = [checklist, plans, notices, hours, metrics];
const pagesIn = (locale: Locale): Messages => Object.assign({}, ...areas.map((area) => area[locale]));

/** The pages' strings of every area, as one chunk loaded with the first page of the plugin opened. */
export const pageMessages: Readonly<Record<Locale, Messages>> = {
  fi: pagesIn("fi"),
  sv: pagesIn("sv"),
  en: pagesIn("en"),
};
