import type { CoreFeature } from "../../plugin-install.ts";

/** Attendance: pages, menu entries and strings (namespace "attendance"). */
export const attendanceFeature: CoreFeature = {
  id: "attendance",
  routes: [],
  nav: [],
  messages: { fi: {}, sv: {}, en: {} },
};
