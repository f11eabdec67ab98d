import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";
import { en, fi, sv } from "./nav-messages.ts";

/** The student page's HOKS: read, draft, submit, approve, progress. */
export const hoksSections: readonly CoreStudentSection[] = [
  {
    id: "plan",
    title: "section.title",
    order: 40,
    permission: "hoks.read",
    component: lazy(() => import("./StudentSection.tsx")),
  },
];

/**
 * HOKS: the student page's HOKS section (read, draft, submit, approve, progress) uses these strings;
 * tutors import and export eHOKS JSON at /hoks/transfer. Strings under "hoks".
 */
export const hoksFeature: CoreFeature = {
  id: "hoks",
  routes: [{ path: "/hoks/transfer", component: lazy(() => import("./TransferPage.tsx")) }],
  nav: [{ path: "/hoks/transfer", label: "nav.transfer", permission: "hoks.transfer", group: "students" }],
  messages: { fi, sv, en },
  studentSections: hoksSections,
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
