import { core, type Database } from "@polku/plugin-sdk/db";
import { and, eq, gt, isNull, or, type SQLWrapper, sql } from "@polku/plugin-sdk/drizzle";
import { TRPCError } from "@polku/plugin-sdk/server";
import { handover } from "./db/schema.ts";

const { student, organisation, accessGrant } = core;

/** The grant behind a handover is still in force: not revoked, not past its last day. */
export const grantJoin = and(
  eq(accessGrant.providerId, handover.providerId),
  eq(accessGrant.id, handover.grantId),
);

export const grantInForce = and(
  isNull(accessGrant.revokedAt),
  or(isNull(accessGrant.validUntil), gt(accessGrant.validUntil, sql`now()`)),
);

export const handoverColumns = {
  id: handover.id,
  providerId: handover.providerId,
  studentId: handover.studentId,
  workshopId: handover.workshopId,
  workshopName: organisation.name,
  situation: handover.situation,
  /**
   * As stored: the daily job (jobs.ts) ends a handover whose grant ran out, and the core.grantRevoked
   * subscriber withdraws one whose consent was withdrawn (subscriptions.ts).
   */
  status: handover.status,
  graduationDate: handover.graduationDate,
  note: handover.note,
  createdAt: handover.createdAt,
  firstName: student.firstName,
  lastName: student.lastName,
  qualificationName: student.qualificationName,
};

/**
 * Nothing more is recorded once the handover is over, nor once its grant ran out: the job that marks
 * such a handover ended runs minutes after midnight (or when the API is next up), and in between the
 * grant itself says so.
 */
export const isActive = (found: { status: string; grantInForce: boolean }) =>
  found.status === "active" && found.grantInForce;

export function assertActive(found: { status: string; grantInForce: boolean }) {
  if (!isActive(found)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "The handover has ended; nothing more can be recorded on it.",
    });
  }
}

export async function findHandover(tx: Database, handoverId: string) {
  const [found] = await tx
    .select({
      ...handoverColumns,
      grantId: handover.grantId,
      agreementId: handover.agreementId,
      consentCovers: handover.consentCovers,
      competence: handover.competence,
      careerGoals: handover.careerGoals,
      continuationPlan: handover.continuationPlan,
      badges: handover.badges,
      supportThatWorked: handover.supportThatWorked,
      qualificationCode: student.qualificationCode,
      grantInForce: sql<boolean>`coalesce(${grantInForce}, false)`,
    })
    .from(handover)
    .innerJoin(student, and(eq(student.providerId, handover.providerId), eq(student.id, handover.studentId)))
    .innerJoin(organisation, eq(organisation.id, handover.workshopId))
    .innerJoin(accessGrant, grantJoin)
    .where(eq(handover.id, handoverId));
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "The handover was not found." });
  return found;
}

/** The student's handover that is active and whose grant is still in force, if any (a subquery). */
export function activeHandover(
  tx: Database,
  providerId: SQLWrapper | string,
  studentId: SQLWrapper | string,
) {
  return tx
    .select({ id: handover.id })
    .from(handover)
    .innerJoin(accessGrant, grantJoin)
    .where(
      and(
        eq(handover.providerId, providerId),
        eq(handover.studentId, studentId),
        eq(handover.status, "active"),
        grantInForce,
      ),
    );
}
