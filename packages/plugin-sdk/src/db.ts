/**
 * The core tables a plugin may reference. Plugins define their own tables in their own
 * `pgSchema('<id>')`, with drizzle taken from `@polku/plugin-sdk/drizzle` and `/pg-core`.
 */
export type { Database } from "@polku/db";
/**
 * `studentCard`: who a student is (id, provider, name), for anyone who may know it, a grantee of any
 * scope included. Join it where a partner reads students, since the student row opens only to the
 * provider's staff, the student, a minor's guardian and a workshop with a `handover` grant.
 */
export { rowsOf, studentCard } from "@polku/db";

import { schema } from "@polku/db";

/**
 * Core tables a plugin may read and reference by foreign key (row-level security still applies: a
 * partner's grant of a plugin's scope reads no `student` row, only the `studentCard`).
 */
export const core = {
  student: schema.student,
  organisation: schema.organisation,
  person: schema.person,
  accessGrant: schema.accessGrant,
  pathwayStep: schema.pathwayStep,
  outcome: schema.outcome,
  guardian: schema.guardian,
  supportTeamMember: schema.supportTeamMember,
  teachingGroup: schema.teachingGroup,
  groupMember: schema.groupMember,
  attendanceMark: schema.attendanceMark,
  coachingSession: schema.coachingSession,
  hoks: schema.hoks,
  unitProgress: schema.unitProgress,
  /** Companies' competence needs (migration 0024): read by anyone in a session, stated by the company. */
  companyCompetenceNeed: schema.companyCompetenceNeed,
  membership: schema.membership,
} as const;
