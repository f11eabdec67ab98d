import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./nav-messages.ts";

/**
 * Attendance: a teacher marks a whole group for a day or lesson at once, staff import a day's CSV, and
 * a student or a minor's guardian reads the student's own marks. Strings under "attendance".
 */
export const attendanceFeature: CoreFeature = {
  id: "attendance",
  routes: [
    { path: "/attendance", component: lazy(() => import("./AttendancePage.tsx")) },
    { path: "/attendance/import", component: lazy(() => import("./ImportPage.tsx")) },
    { path: "/attendance/mine", component: lazy(() => import("./MinePage.tsx")) },
  ],
  nav: [
    { path: "/attendance", label: "nav.attendance", permission: "attendance.read" },
    { path: "/attendance/import", label: "nav.import", permission: "attendance.import" },
  ],
  messages: { fi, sv, en },
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
