import type { CoreFeature } from "../../plugin-install.ts";

/** Welfare: pages, menu entries and strings (namespace "welfare"). */
export const welfareFeature: CoreFeature = {
  id: "welfare",
  routes: [],
  nav: [],
  messages: { fi: {}, sv: {}, en: {} },
};
