import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";

/** Consents: who may see the student, on whose consent, until when; and revoking or giving one. */
export const grantsSections: readonly CoreStudentSection[] = [
  {
    id: "consents",
    title: "grants.title",
    order: 80,
    permission: "grant.read",
    component: lazy(() => import("./GrantsSection.tsx")),
  },
];

/** Grants: a part of the student page; its strings are the core's. */
export const grantsFeature: CoreFeature = { id: "grants", studentSections: grantsSections };
