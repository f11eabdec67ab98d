import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import type { CoreStudentSection } from "../../slots/types.ts";

/** The audit trail: who read or changed the student's data (managers, the student, a minor's guardian). */
export const auditSections: readonly CoreStudentSection[] = [
  {
    id: "trail",
    title: "audit.title",
    order: 90,
    permission: "audit.read",
    component: lazy(() => import("./AuditSection.tsx")),
  },
];

/** Audit: the last part of the student page; its strings are the core's. */
export const auditFeature: CoreFeature = { id: "audit", studentSections: auditSections };
