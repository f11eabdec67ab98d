/**
 * Reading coaching sessions with their participants. Row-level security decides what each actor sees:
 * the provider's staff every session of the provider, a student (or a minor's guardian) only the
 * sessions the student takes part in, and of their participants only the student.
 */
import { type Database, schema } from "@polku/db";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { AuditEntry } from "../audit.ts";

const { coachingSession, coachingParticipant, coachingNote, teachingGroup, person, student } = schema;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export interface Participant {
  readonly studentId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly attended: boolean | null;
}

/**
 * Sessions matching `where`, oldest first, at most `limit` (default 200), each with the participants
 * this actor may see: at most a group's MAX_GROUP_SIZE and the 200 students named, per session.
 */
export async function loadSessions(tx: Database, where: SQL | undefined, limit = 200) {
  const rows = await tx
    .select({
      id: coachingSession.id,
      providerId: coachingSession.providerId,
      kind: coachingSession.kind,
      title: coachingSession.title,
      startsAt: coachingSession.startsAt,
      endsAt: coachingSession.endsAt,
      location: coachingSession.location,
      topics: coachingSession.topics,
      goals: coachingSession.goals,
      followUps: coachingSession.followUps,
      groupId: coachingSession.groupId,
      seriesId: coachingSession.seriesId,
      groupName: teachingGroup.name,
      leaderFirstName: person.firstName,
      leaderLastName: person.lastName,
    })
    .from(coachingSession)
    .leftJoin(
      teachingGroup,
      and(
        eq(teachingGroup.providerId, coachingSession.providerId),
        eq(teachingGroup.id, coachingSession.groupId),
      ),
    )
    .leftJoin(person, eq(person.id, coachingSession.leaderPersonId))
    .where(where)
    .orderBy(asc(coachingSession.startsAt), asc(coachingSession.id))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  const participants = ids.length
    ? await tx
        .select({
          sessionId: coachingParticipant.sessionId,
          providerId: coachingParticipant.providerId,
          studentId: coachingParticipant.studentId,
          attended: coachingParticipant.attended,
          firstName: student.firstName,
          lastName: student.lastName,
        })
        .from(coachingParticipant)
        .innerJoin(
          student,
          and(
            eq(student.providerId, coachingParticipant.providerId),
            eq(student.id, coachingParticipant.studentId),
          ),
        )
        .where(inArray(coachingParticipant.sessionId, ids))
        .orderBy(asc(student.lastName), asc(student.firstName))
    : [];
  const bySession = new Map<string, Participant[]>();
  for (const p of participants) {
    const list = bySession.get(p.sessionId) ?? [];
    list.push({ studentId: p.studentId, firstName: p.firstName, lastName: p.lastName, attended: p.attended });
    bySession.set(p.sessionId, list);
  }
  const sessions = rows.map(({ leaderFirstName, leaderLastName, ...r }) => ({
    ...r,
    startsAt: iso(r.startsAt)!,
    endsAt: iso(r.endsAt),
    leaderName: leaderFirstName ? `${leaderFirstName} ${leaderLastName}` : null,
    participants: bySession.get(r.id) ?? [],
  }));
  // Each student whose participation was read: one audit entry per student.
  const seen = new Map<string, AuditEntry>();
  for (const p of participants) {
    seen.set(`${p.providerId}/${p.studentId}`, {
      providerId: p.providerId,
      studentId: p.studentId,
      action: "read",
    });
  }
  return { sessions, audit: [...seen.values()] };
}

/** One session this actor may see, or NOT_FOUND. */
export async function findSession(tx: Database, sessionId: string) {
  const [found] = await tx
    .select({
      id: coachingSession.id,
      providerId: coachingSession.providerId,
      kind: coachingSession.kind,
      groupId: coachingSession.groupId,
    })
    .from(coachingSession)
    .where(eq(coachingSession.id, sessionId));
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "The coaching session was not found." });
  return found;
}

/** The most notes one read returns. */
export const MAX_NOTES = 200;

/**
 * Notes matching `where`, newest first, at most `limit`; row-level security leaves out those this
 * actor may not read.
 */
export async function selectNotes(tx: Database, where: SQL | undefined, limit: number = MAX_NOTES) {
  const rows = await tx
    .select({
      id: coachingNote.id,
      studentId: coachingNote.studentId,
      studentFirstName: student.firstName,
      studentLastName: student.lastName,
      visibility: coachingNote.visibility,
      body: coachingNote.body,
      createdAt: coachingNote.createdAt,
      sessionId: coachingNote.sessionId,
      sessionTitle: coachingSession.title,
      authorFirstName: person.firstName,
      authorLastName: person.lastName,
    })
    .from(coachingNote)
    .innerJoin(
      student,
      and(eq(student.providerId, coachingNote.providerId), eq(student.id, coachingNote.studentId)),
    )
    .leftJoin(
      coachingSession,
      and(
        eq(coachingSession.providerId, coachingNote.providerId),
        eq(coachingSession.id, coachingNote.sessionId),
      ),
    )
    .leftJoin(person, eq(person.id, coachingNote.authorPersonId))
    .where(where)
    .orderBy(desc(coachingNote.createdAt), desc(coachingNote.id))
    .limit(Math.min(limit, MAX_NOTES));
  return rows.map(({ authorFirstName, authorLastName, studentFirstName, studentLastName, ...r }) => ({
    ...r,
    studentName: `${studentFirstName} ${studentLastName}`,
    createdAt: iso(r.createdAt)!,
    authorName: authorFirstName ? `${authorFirstName} ${authorLastName}` : null,
  }));
}
