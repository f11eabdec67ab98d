import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";

/** The student page's first section: who the student is, guardians and (for staff) the support team. */
export const studentsSections: readonly CoreStudentSection[] = [
  {
    id: "details",
    title: "student.details",
    order: 10,
    permission: "student.read",
    component: lazy(() => import("./DetailsSection.tsx")),
  },
];

/** Home: staff start from the student list; a student or guardian from their own page(s). */
export const studentsCards: readonly HomeCard[] = [
  {
    id: "own",
    title: "nav.ownPage",
    order: 10,
    roles: ["student", "guardian"],
    component: lazy(() => import("./OwnCard.tsx")),
  },
  {
    id: "list",
    title: "nav.students",
    order: 10,
    permission: "student.list",
    roles: ["tutor", "teacher", "welfare", "manager", "workshop_coach", "company_contact", "partner_contact"],
    component: lazy(() => import("./StudentsCard.tsx")),
  },
];

/** Students: the core's own part of the student page and the home page; its strings are the core's. */
export const studentsFeature: CoreFeature = {
  id: "student",
  studentSections: studentsSections,
  homeCards: studentsCards,
};
