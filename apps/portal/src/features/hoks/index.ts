import type { CoreFeature } from "../../plugin-install.ts";

/** hoks: pages, menu entries and strings (namespace "hoks"). */
export const hoksFeature: CoreFeature = {
  id: "hoks",
  routes: [],
  nav: [],
  messages: { fi: {}, sv: {}, en: {} },
};
