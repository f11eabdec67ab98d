import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * Who a student is, as everyone who may know it reads it: the student's card (migration 0026), their id,
 * provider and first and last name. The student row itself opens only to the provider's staff, the
 * student, a minor's guardian and a workshop with a `handover` grant; a grantee of any other scope (a
 * work-trial company, a training's partner, a badge's assessor, a mentor) reads the card and nothing
 * else of the student. Queries that partners run join it instead of the student table:
 *
 *   .innerJoinLateral(studentCard.of(trial.studentId), studentCard.on(trial.providerId))
 *   .select({ firstName: studentCard.firstName, ... })
 */
export const studentCard = {
  /** The card of the student whose id this is (a lateral join source, named `student_card`). */
  of: (studentId: SQLWrapper | string): SQL => sql`polku.student_card(${studentId}::uuid) as student_card`,
  /** The join condition: the card of that student at this provider (ids are per provider). */
  on: (providerId: SQLWrapper | string): SQL => sql`student_card.provider_id = ${providerId}::uuid`,
  providerId: sql<string>`student_card.provider_id`,
  id: sql<string>`student_card.id`,
  firstName: sql<string>`student_card.first_name`,
  lastName: sql<string>`student_card.last_name`,
} as const;
