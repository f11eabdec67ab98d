import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";

/** The pathway: steps and outcomes on the student page, with the forms for roles that may write. */
export const pathwaySections: readonly CoreStudentSection[] = [
  {
    id: "steps",
    title: "pathway.title",
    order: 30,
    permission: "pathway.read",
    component: lazy(() => import("./PathwaySection.tsx")),
  },
];

/** Pathway: a part of the student page; its strings are the core's. */
export const pathwayFeature: CoreFeature = { id: "pathway", studentSections: pathwaySections };
