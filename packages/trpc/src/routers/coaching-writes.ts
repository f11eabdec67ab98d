/**
 * Creating coaching sessions: who takes part (a teaching group's members and named students, all of
 * the actor's own provider), and one or many sessions written with their participants and audited in
 * the procedure's transaction.
 */
import { randomUUID } from "node:crypto";
import { type Database, schema } from "@polku/db";
import { type CoachingSessionKind, checkSessionParticipants } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { runDomain } from "../domain.ts";
import type { ScopedContext } from "../pathway-writes.ts";

const { coachingSession, coachingParticipant, teachingGroup, groupMember, student } = schema;

/** The provider the acting staff member works for; coaching is written only by a provider's staff. */
export function actingProvider(ctx: ScopedContext): string {
  const providerId = ctx.actor?.providerId;
  if (!providerId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an education provider's staff can do this." });
  }
  return providerId;
}

/** The students who take part: the group's members and the named students, each of this provider. */
export async function resolveParticipants(
  tx: Database,
  providerId: string,
  groupId: string | undefined,
  studentIds: readonly string[],
): Promise<string[]> {
  const ids = new Set<string>();
  if (groupId) {
    const [group] = await tx
      .select({ id: teachingGroup.id })
      .from(teachingGroup)
      .where(and(eq(teachingGroup.providerId, providerId), eq(teachingGroup.id, groupId)));
    if (!group) throw new TRPCError({ code: "NOT_FOUND", message: "groupId: the group was not found." });
    const members = await tx
      .select({ studentId: groupMember.studentId })
      .from(groupMember)
      .where(and(eq(groupMember.providerId, providerId), eq(groupMember.groupId, groupId)));
    for (const m of members) ids.add(m.studentId);
  }
  const named = [...new Set(studentIds)];
  if (named.length > 0) {
    const found = await tx
      .select({ id: student.id })
      .from(student)
      .where(and(eq(student.providerId, providerId), inArray(student.id, named)));
    if (found.length !== named.length) {
      throw new TRPCError({ code: "NOT_FOUND", message: "studentIds: a student was not found." });
    }
    for (const s of found) ids.add(s.id);
  }
  return [...ids];
}

export interface NewSession {
  readonly kind: CoachingSessionKind;
  readonly title: string;
  readonly location?: string | undefined;
  readonly topics?: readonly string[] | undefined;
  readonly goals?: string | undefined;
  readonly followUps?: string | undefined;
  readonly groupId?: string | undefined;
  readonly studentIds?: readonly string[] | undefined;
}

/**
 * Writes sessions (one, or a series sharing `seriesId`) with the same participants, after the domain's
 * check of who may take part, and audits each participant's new record.
 */
export async function createSessions(
  ctx: ScopedContext,
  session: NewSession,
  times: ReadonlyArray<{ startsAt: Date; endsAt: Date | null }>,
  seriesId: string | null,
) {
  const providerId = actingProvider(ctx);
  runDomain(
    checkSessionParticipants(session.kind, new Set(session.studentIds ?? []).size, Boolean(session.groupId)),
  );
  const participants = await resolveParticipants(
    ctx.tx,
    providerId,
    session.groupId,
    session.studentIds ?? [],
  );
  const personId = ctx.actor!.personId;
  const rows = times.map((t) => ({
    providerId,
    id: randomUUID(),
    kind: session.kind,
    groupId: session.groupId ?? null,
    seriesId,
    title: session.title.trim(),
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    location: session.location?.trim() || null,
    topics: [...(session.topics ?? [])].map((s) => s.trim()).filter(Boolean),
    goals: session.goals?.trim() || null,
    followUps: session.followUps?.trim() || null,
    leaderPersonId: personId,
    createdBy: personId,
  }));
  await ctx.tx.insert(coachingSession).values(rows);
  if (participants.length > 0) {
    await ctx.tx
      .insert(coachingParticipant)
      .values(
        rows.flatMap((r) => participants.map((studentId) => ({ providerId, sessionId: r.id, studentId }))),
      );
  }
  await ctx.audit(participants.map((studentId) => ({ providerId, studentId, action: "create" as const })));
  return { ids: rows.map((r) => r.id), participants: participants.length };
}
