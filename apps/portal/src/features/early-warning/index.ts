import type { CoreFeature } from "../../plugin-install.ts";

/** early-warning: pages, menu entries and strings (namespace "early-warning"). */
export const earlyWarningFeature: CoreFeature = {
  id: "early-warning",
  routes: [],
  nav: [],
  messages: { fi: {}, sv: {}, en: {} },
};
