import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";
import { en, fi, sv } from "./nav-messages.ts";

/** The student page's last 30 days of marks, for everyone who may read attendance. */
export const attendanceSections: readonly CoreStudentSection[] = [
  {
    id: "marks",
    title: "nav.attendance",
    order: 50,
    permission: "attendance.read",
    component: lazy(() => import("./StudentSection.tsx")),
  },
];

/** Home: whoever marks attendance starts today's marking from here. */
export const attendanceCards: readonly HomeCard[] = [
  {
    id: "mark",
    title: "nav.attendance",
    order: 20,
    permission: "attendance.mark",
    component: lazy(() => import("./HomeCard.tsx")),
  },
];

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
    { path: "/attendance", label: "nav.attendance", permission: "attendance.read", group: "daily" },
    { path: "/attendance/import", label: "nav.import", permission: "attendance.import", group: "daily" },
  ],
  messages: { fi, sv, en },
  studentSections: attendanceSections,
  homeCards: attendanceCards,
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
