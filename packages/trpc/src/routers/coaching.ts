import { randomUUID } from "node:crypto";
import { schema } from "@polku/db";
import { checkNoteVisibility, localDateIn, weeklySeries, zonedInstant } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, exists, gte, or } from "drizzle-orm";
import { runDomain } from "../domain.ts";
import { procedure, router } from "../init.ts";
import { input } from "../validation.ts";
import { MAX_GROUPS } from "./attendance-groups.ts";
import { findSession, loadSessions, MAX_NOTES, selectNotes } from "./coaching-data.ts";
import {
  AddNoteInput,
  AddParticipantInput,
  CreateSeriesInput,
  CreateSessionInput,
  GroupRef,
  RecordAttendanceInput,
  SessionRef,
  StudentNotesInput,
  StudentSessionsInput,
  UpcomingInput,
  UpdateSessionInput,
} from "./coaching-schemas.ts";
import { actingProvider, createSessions, resolveParticipants } from "./coaching-writes.ts";
import { findStudent } from "./student-lookup.ts";

const { coachingSession, coachingParticipant, coachingNote, teachingGroup } = schema;
const ownRoles: ReadonlySet<string> = new Set(["student", "guardian"]);

export const coachingRouter = router({
  /**
   * My coming sessions: a staff member's those they lead or created; a student's (or a minor's
   * guardian's) those the student takes part in (row-level security narrows the rows).
   */
  upcoming: procedure
    .meta({ permission: "coaching.read" })
    .input(input(UpcomingInput))
    .query(async ({ ctx, input: { from, limit } }) => {
      const actor = ctx.actor!;
      const since = from ? new Date(from) : zonedInstant(localDateIn(new Date()), "00:00");
      const mine = ownRoles.has(actor.role)
        ? undefined
        : or(
            eq(coachingSession.leaderPersonId, actor.personId),
            eq(coachingSession.createdBy, actor.personId),
          );
      const { sessions, audit } = await loadSessions(
        ctx.tx,
        and(gte(coachingSession.startsAt, since), mine),
        limit ?? 50,
      );
      await ctx.audit(audit);
      return sessions;
    }),

  /** The sessions a student takes part in, oldest first: `limit` (default and at most 200). */
  forStudent: procedure
    .meta({ permission: "coaching.read" })
    .input(input(StudentSessionsInput))
    .query(async ({ ctx, input: { studentId, limit } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const takesPart = exists(
        ctx.tx
          .select({ one: coachingParticipant.studentId })
          .from(coachingParticipant)
          .where(
            and(
              eq(coachingParticipant.providerId, coachingSession.providerId),
              eq(coachingParticipant.sessionId, coachingSession.id),
              eq(coachingParticipant.studentId, found.id),
            ),
          ),
      );
      const { sessions, audit } = await loadSessions(
        ctx.tx,
        and(eq(coachingSession.providerId, found.providerId), takesPart),
        limit,
      );
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }, ...audit]);
      return sessions;
    }),

  /** A teaching group's sessions, oldest first: `limit` (default and at most 200). */
  forGroup: procedure
    .meta({ permission: "coaching.read" })
    .input(input(GroupRef))
    .query(async ({ ctx, input: { groupId, limit } }) => {
      const { sessions, audit } = await loadSessions(ctx.tx, eq(coachingSession.groupId, groupId), limit);
      await ctx.audit(audit);
      return sessions;
    }),

  /** One session with its participants and the notes written on it that this actor may read. */
  get: procedure
    .meta({ permission: "coaching.read" })
    .input(input(SessionRef))
    .query(async ({ ctx, input: { sessionId } }) => {
      const { sessions, audit } = await loadSessions(ctx.tx, eq(coachingSession.id, sessionId), 1);
      const session = sessions[0];
      if (!session)
        throw new TRPCError({ code: "NOT_FOUND", message: "The coaching session was not found." });
      // The notes of one session are naturally few: the hard cap of selectNotes, newest first.
      const notes = await selectNotes(
        ctx.tx,
        and(eq(coachingNote.providerId, session.providerId), eq(coachingNote.sessionId, session.id)),
        MAX_NOTES,
      );
      const about = new Set(notes.map((n) => n.studentId));
      await ctx.audit([
        ...audit,
        ...[...about]
          .filter((id) => !session.participants.some((p) => p.studentId === id))
          .map((studentId) => ({ providerId: session.providerId, studentId, action: "read" as const })),
      ]);
      return { ...session, notes };
    }),

  /** The teaching groups a session can be for (the provider's groups: a hard cap, MAX_GROUPS). */
  groups: procedure.meta({ permission: "coaching.write" }).query(async ({ ctx }) =>
    ctx.tx
      .select({ id: teachingGroup.id, name: teachingGroup.name, startsOn: teachingGroup.startsOn })
      .from(teachingGroup)
      .where(eq(teachingGroup.providerId, actingProvider(ctx)))
      .orderBy(asc(teachingGroup.name), asc(teachingGroup.id))
      .limit(MAX_GROUPS),
  ),

  /** An individual or group session, or a community activity, at one time. */
  create: procedure
    .meta({ permission: "coaching.write" })
    .input(input(CreateSessionInput))
    .mutation(async ({ ctx, input: { date, time, durationMinutes, ...session } }) => {
      const start = zonedInstant(date, time);
      const end = durationMinutes ? new Date(start.getTime() + durationMinutes * 60_000) : null;
      const { ids, participants } = await createSessions(
        ctx,
        session,
        [{ startsAt: start, endsAt: end }],
        null,
      );
      return { id: ids[0]!, participants };
    }),

  /**
   * A weekly series in one call: the same weekday and Helsinki wall-clock time every week (also across
   * the summer-time changes), linked by one series id.
   */
  createSeries: procedure
    .meta({ permission: "coaching.write" })
    .input(input(CreateSeriesInput))
    .mutation(async ({ ctx, input: { startsOn, weekday, time, durationMinutes, weeks, ...session } }) => {
      const occurrences = runDomain(weeklySeries({ startsOn, weekday, time, durationMinutes, weeks }));
      const seriesId = randomUUID();
      const { ids, participants } = await createSessions(ctx, session, occurrences, seriesId);
      return {
        seriesId,
        participants,
        sessions: occurrences.map((o, i) => ({
          id: ids[i]!,
          date: o.date,
          startsAt: o.startsAt.toISOString(),
        })),
      };
    }),

  /** Topics, goals and follow-ups as the session goes, and where it is held. */
  update: procedure
    .meta({ permission: "coaching.write" })
    .input(input(UpdateSessionInput))
    .mutation(async ({ ctx, input: { sessionId, ...change } }) => {
      const providerId = actingProvider(ctx);
      const found = await findSession(ctx.tx, sessionId);
      if (found.providerId !== providerId)
        throw new TRPCError({ code: "NOT_FOUND", message: "The coaching session was not found." });
      const values = {
        ...(change.topics ? { topics: change.topics.map((t) => t.trim()).filter(Boolean) } : {}),
        ...(change.goals !== undefined ? { goals: change.goals.trim() || null } : {}),
        ...(change.followUps !== undefined ? { followUps: change.followUps.trim() || null } : {}),
        ...(change.location !== undefined ? { location: change.location.trim() || null } : {}),
      };
      // Nothing to change is no change (an UPDATE with no column would fail): nothing written or audited.
      if (Object.keys(values).length === 0) return { ok: true as const };
      await ctx.tx
        .update(coachingSession)
        .set(values)
        .where(and(eq(coachingSession.providerId, providerId), eq(coachingSession.id, sessionId)));
      const participants = await ctx.tx
        .select({ studentId: coachingParticipant.studentId })
        .from(coachingParticipant)
        .where(
          and(eq(coachingParticipant.providerId, providerId), eq(coachingParticipant.sessionId, sessionId)),
        );
      await ctx.audit(
        participants.map((p) => ({ providerId, studentId: p.studentId, action: "update" as const })),
      );
      return { ok: true as const };
    }),

  /** Adds a student to a session (a community activity, or someone joining a group). */
  addParticipant: procedure
    .meta({ permission: "coaching.write" })
    .input(input(AddParticipantInput))
    .mutation(async ({ ctx, input: { sessionId, studentId } }) => {
      const providerId = actingProvider(ctx);
      const found = await findSession(ctx.tx, sessionId);
      if (found.providerId !== providerId)
        throw new TRPCError({ code: "NOT_FOUND", message: "The coaching session was not found." });
      if (found.kind === "individual") {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "studentId: an individual session has one student.",
        });
      }
      const [id] = await resolveParticipants(ctx.tx, providerId, undefined, [studentId]);
      await ctx.tx
        .insert(coachingParticipant)
        .values({ providerId, sessionId, studentId: id! })
        .onConflictDoNothing();
      await ctx.audit([{ providerId, studentId: id!, action: "create" }]);
      return { ok: true as const };
    }),

  /** Who attended: marks participants (and adds those who came without being invited). */
  recordAttendance: procedure
    .meta({ permission: "coaching.write" })
    .input(input(RecordAttendanceInput))
    .mutation(async ({ ctx, input: { sessionId, attendance } }) => {
      const providerId = actingProvider(ctx);
      const found = await findSession(ctx.tx, sessionId);
      if (found.providerId !== providerId)
        throw new TRPCError({ code: "NOT_FOUND", message: "The coaching session was not found." });
      const known = await resolveParticipants(
        ctx.tx,
        providerId,
        undefined,
        attendance.map((a) => a.studentId),
      );
      if (found.kind === "individual") {
        const [only] = await ctx.tx
          .select({ studentId: coachingParticipant.studentId })
          .from(coachingParticipant)
          .where(
            and(eq(coachingParticipant.providerId, providerId), eq(coachingParticipant.sessionId, sessionId)),
          );
        if (known.some((id) => id !== only?.studentId)) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "attendance: an individual session has one student.",
          });
        }
      }
      for (const a of attendance) {
        await ctx.tx
          .insert(coachingParticipant)
          .values({ providerId, sessionId, studentId: a.studentId, attended: a.attended })
          .onConflictDoUpdate({
            target: [
              coachingParticipant.providerId,
              coachingParticipant.sessionId,
              coachingParticipant.studentId,
            ],
            set: { attended: a.attended },
          });
      }
      await ctx.audit(known.map((studentId) => ({ providerId, studentId, action: "update" as const })));
      return { recorded: attendance.length };
    }),

  /**
   * A note about a student, optionally on a session. The visibility says who reads it: the support
   * team, the provider's staff, or welfare staff only (written only by welfare staff).
   */
  addNote: procedure
    .meta({ permission: "note.write" })
    .input(input(AddNoteInput))
    .mutation(async ({ ctx, input: note }) => {
      const actor = ctx.actor!;
      const visibility = runDomain(checkNoteVisibility(actor.role, note.visibility));
      const providerId = actingProvider(ctx);
      const found = await findStudent(ctx.tx, note.studentId);
      if (found.providerId !== providerId)
        throw new TRPCError({ code: "NOT_FOUND", message: "The student was not found." });
      if (note.sessionId) {
        const session = await findSession(ctx.tx, note.sessionId);
        if (session.providerId !== providerId)
          throw new TRPCError({ code: "NOT_FOUND", message: "sessionId: the session was not found." });
      }
      // The id is made here: nothing is read back, whatever the visibility.
      const id = randomUUID();
      await ctx.tx.insert(coachingNote).values({
        providerId,
        id,
        studentId: found.id,
        sessionId: note.sessionId ?? null,
        visibility,
        body: note.body.trim(),
        authorPersonId: actor.personId,
      });
      await ctx.audit([{ providerId, studentId: found.id, action: "create" }]);
      return { id };
    }),

  /**
   * A student's notes, newest first: `limit` (default 100, at most 200); row-level security leaves out
   * those this actor may not read.
   */
  notes: procedure
    .meta({ permission: "note.read" })
    .input(input(StudentNotesInput))
    .query(async ({ ctx, input: { studentId, limit = 100 } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const notes = await selectNotes(
        ctx.tx,
        and(eq(coachingNote.providerId, found.providerId), eq(coachingNote.studentId, found.id)),
        limit,
      );
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return notes;
    }),
});
