import type { CoreFeature } from "../../plugin-install.ts";

/** Coaching: pages, menu entries and strings (namespace "coaching"). */
export const coachingFeature: CoreFeature = {
  id: "coaching",
  routes: [],
  nav: [],
  messages: { fi: {}, sv: {}, en: {} },
};
