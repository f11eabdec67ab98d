import { schema } from "@polku/db";
import { daysInMonth, isMinor, localDateIn, partnerOrganisationKinds } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { coreEvents, emitCore } from "./core-events.ts";
import type { ScopedContext } from "./pathway-writes.ts";

const partnerKinds: ReadonlySet<string> = new Set(partnerOrganisationKinds);
/** A grant without an end date of its own ends after this many months: access is always time-bounded. */
export const DEFAULT_GRANT_MONTHS = 12;
/** However long the consent, a grant ends within this many months (the database checks it too). */
export const MAX_GRANT_MONTHS = 24;

/**
 * The last day a grant made today may last: the day before the same date MAX_GRANT_MONTHS ahead, where
 * a date that does not exist then (29 February) becomes the month's last day, as PostgreSQL adds months.
 */
export function lastGrantDay(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = y + Math.floor((m - 1 + MAX_GRANT_MONTHS) / 12);
  const month = ((m - 1 + MAX_GRANT_MONTHS) % 12) + 1;
  const sameDay = Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month)));
  return new Date(sameDay - 86_400_000).toISOString().slice(0, 10);
}

export interface NewGrant {
  readonly granteeOrganisationId: string;
  /** A registered scope: the core's, or one a plugin's manifest lists (the database refuses others). */
  readonly scope: string;
  readonly consentGivenBy: "student" | "guardian";
  /** The last day of access (YYYY-MM-DD, Europe/Helsinki); DEFAULT_GRANT_MONTHS from today when left out. */
  readonly validUntil?: string | undefined;
}

/**
 * Opens a student to a partner organisation on recorded consent: a minor's consent is a guardian's,
 * an adult's is the student's own. Access lasts to the end of `validUntil` in Finnish time.
 */
export async function grantAccess(
  ctx: ScopedContext,
  student: { providerId: string; id: string; birthDate: string },
  grant: NewGrant,
): Promise<{ id: string }> {
  const today = localDateIn(new Date());
  const minor = isMinor(student.birthDate, today);
  if (minor && grant.consentGivenBy !== "guardian") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "consentGivenBy: the student is a minor, so a guardian must give the consent.",
    });
  }
  if (!minor && grant.consentGivenBy !== "student") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "consentGivenBy: the student is an adult, so the consent must be the student's own.",
    });
  }
  if (grant.validUntil !== undefined && grant.validUntil < today) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "validUntil: the last day of access is in the past.",
    });
  }
  const lastDay = lastGrantDay(today);
  if (grant.validUntil !== undefined && grant.validUntil > lastDay) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `validUntil: access can last at most ${MAX_GRANT_MONTHS} months, so the last day can be ${lastDay} at the latest. Ask for consent again when it ends.`,
    });
  }
  const [grantee] = await ctx.tx
    .select({ kind: schema.organisation.kind })
    .from(schema.organisation)
    .where(eq(schema.organisation.id, grant.granteeOrganisationId));
  if (!grantee || !partnerKinds.has(grantee.kind)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "granteeOrganisationId: choose a workshop, company, partner or higher-education institution.",
    });
  }
  // The day after the last day, at midnight in Helsinki: daylight saving is the database's to get right.
  const validUntil = grant.validUntil
    ? sql`((${grant.validUntil}::date + 1)::timestamp at time zone 'Europe/Helsinki')`
    : sql`(((current_date + make_interval(months => ${DEFAULT_GRANT_MONTHS}))::date + 1)::timestamp at time zone 'Europe/Helsinki')`;
  const [created] = await ctx.tx
    .insert(schema.accessGrant)
    .values({
      providerId: student.providerId,
      studentId: student.id,
      granteeOrganisationId: grant.granteeOrganisationId,
      scope: grant.scope,
      consentGivenBy: grant.consentGivenBy,
      grantedBy: ctx.actor?.personId,
      validUntil,
    })
    .returning({ id: schema.accessGrant.id });
  await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "create" }]);
  await emitCore(ctx, coreEvents.grantCreated, {
    providerId: student.providerId,
    studentId: student.id,
    grantId: created!.id,
    granteeOrganisationId: grant.granteeOrganisationId,
    scope: grant.scope,
  });
  return { id: created!.id };
}

/**
 * Ends a grant: the partner's access ends with this transaction, and `core.grantRevoked` tells the
 * plugins whose work rests on it. Returns the student the grant was for,
 * or null when there is no active grant with that id the actor may end.
 */
export async function revokeGrant(ctx: ScopedContext, grantId: string) {
  const active = and(eq(schema.accessGrant.id, grantId), isNull(schema.accessGrant.revokedAt));
  const [grant] = await ctx.tx
    .select({
      providerId: schema.accessGrant.providerId,
      studentId: schema.accessGrant.studentId,
      granteeOrganisationId: schema.accessGrant.granteeOrganisationId,
      scope: schema.accessGrant.scope,
    })
    .from(schema.accessGrant)
    .where(active);
  if (!grant) return null;
  // Audited first: a grantee giving its access up may no longer see the student once it is revoked.
  await ctx.audit([{ providerId: grant.providerId, studentId: grant.studentId, action: "update" }]);
  const revoked = await ctx.tx
    .update(schema.accessGrant)
    .set({ revokedAt: new Date(), revokedBy: ctx.actor?.personId })
    .where(active)
    .returning({ id: schema.accessGrant.id });
  if (revoked.length === 0) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You may not end this consent." });
  }
  await emitCore(ctx, coreEvents.grantRevoked, { ...grant, grantId });
  return { providerId: grant.providerId, studentId: grant.studentId };
}
