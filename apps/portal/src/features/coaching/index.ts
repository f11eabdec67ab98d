import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";
import { en, fi, sv } from "./nav-messages.ts";

/**
 * The student page's coaching: the support team with contacts (for the student and a guardian; staff
 * see the team among the details), the sessions, and the notes this actor may read.
 */
export const coachingSections: readonly CoreStudentSection[] = [
  {
    id: "team",
    title: "team.title",
    order: 25,
    roles: ["student", "guardian"],
    component: lazy(() => import("./SupportTeamSection.tsx")),
  },
  {
    id: "sessions",
    title: "student.sessions",
    order: 60,
    permission: "coaching.read",
    component: lazy(() => import("./SessionsSection.tsx")),
  },
  {
    id: "notes",
    title: "student.notes",
    order: 65,
    permission: "note.read",
    component: lazy(() => import("./NotesSection.tsx")),
  },
];

/** Home: the next sessions this person leads or takes part in. */
export const coachingCards: readonly HomeCard[] = [
  {
    id: "next",
    title: "card.title",
    order: 30,
    permission: "coaching.read",
    component: lazy(() => import("./HomeCard.tsx")),
  },
];

/** Coaching: pages, menu entries, slots and strings (namespace "coaching"). */
export const coachingFeature: CoreFeature = {
  id: "coaching",
  routes: [
    { path: "/coaching", component: lazy(() => import("./CoachingHome.tsx")) },
    { path: "/coaching/new", component: lazy(() => import("./NewSession.tsx")) },
    { path: "/coaching/sessions/:sessionId", component: lazy(() => import("./SessionPage.tsx")) },
  ],
  nav: [{ path: "/coaching", label: "nav.title", permission: "coaching.read", group: "students" }],
  messages: { fi, sv, en },
  studentSections: coachingSections,
  homeCards: coachingCards,
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
