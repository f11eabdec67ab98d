import { isMinor, localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, desc, eq, ilike, notExists, or, type SQL, sql } from "@polku/plugin-sdk/drizzle";
import { type Actor, findStudent, input, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { participant, screening, startTask } from "../db/schema.ts";
import { actingProvider, badInput, isUniqueViolation } from "../guards.ts";
import { factsOf, findParticipant, loadFacts, selectParticipants, type Tx } from "./data.ts";
import {
  CandidatesInput,
  EnrolInput,
  MAX_OVERVIEW_PAGE,
  MarkReviewedInput,
  OverviewInput,
  RecordScreeningInput,
  RecordTaskInput,
  StudentInput,
  UndoTaskInput,
} from "./schemas.ts";

import { enrolmentProblems, itemStates, pastDateProblem, reviewDateProblem, summarize } from "./tasks.ts";

const { student, teachingGroup, hoks } = core;

/** A hard cap for the enrolment form's candidates: narrow by name for more (the form has a search). */
const MAX_CANDIDATES = 500;
/** A provider's teaching groups are naturally bounded: a hard cap in SQL. */
const MAX_GROUPS = 2000;

/** "Today" is the Helsinki calendar day, as for every date a Finnish school keeps. */
const helsinkiToday = () => localDateIn(new Date());

/**
 * A student of the actor's own provider, found through row-level security. A student seen through a
 * partner grant is not the actor's to change: "not found", as for any student one may not see.
 */
async function ownStudent(ctx: { tx: Tx; actor?: Actor | null }, studentId: string) {
  const providerId = actingProvider(ctx.actor);
  const found = await findStudent(ctx.tx, studentId);
  if (found.providerId !== providerId)
    throw new TRPCError({ code: "NOT_FOUND", message: "The student was not found." });
  return found;
}

export const checklistRouter = router({
  /**
   * The provider's students not yet in the programme, for the enrolment form. Reading their names is
   * a read of each one's data, so each is audited.
   */
  candidates: procedure
    .meta({ permission: "valmennus.participant.manage" })
    .input(input(CandidatesInput))
    .query(async ({ ctx, input: { search } }) => {
      const providerId = actingProvider(ctx.actor);
      const filters: SQL[] = [eq(student.providerId, providerId)];
      if (search?.trim()) {
        const pattern = `%${search.trim().replace(/[\\%_]/g, "\\$&")}%`;
        filters.push(or(ilike(student.firstName, pattern), ilike(student.lastName, pattern)) as SQL);
      }
      const rows = await ctx.tx
        .select({
          id: student.id,
          providerId: student.providerId,
          firstName: student.firstName,
          lastName: student.lastName,
          birthDate: student.birthDate,
          phase: student.phase,
          qualificationName: student.qualificationName,
        })
        .from(student)
        .where(
          and(
            ...filters,
            notExists(
              ctx.tx
                .select({ one: sql`1` })
                .from(participant)
                .where(
                  and(eq(participant.providerId, student.providerId), eq(participant.studentId, student.id)),
                ),
            ),
          ),
        )
        .orderBy(asc(student.lastName), asc(student.firstName), asc(student.id))
        .limit(MAX_CANDIDATES);
      await ctx.audit(
        rows.map((r) => ({ providerId: r.providerId, studentId: r.id, action: "read" as const })),
      );
      const today = helsinkiToday();
      return rows.map(({ birthDate, ...r }) => ({ ...r, minor: isMinor(birthDate, today) }));
    }),

  /** The provider's teaching groups, to enrol a student with one and to narrow the overview by one. */
  groups: procedure.meta({ permission: "valmennus.checklist.read" }).query(async ({ ctx }) =>
    ctx.tx
      .select({ id: teachingGroup.id, name: teachingGroup.name, startsOn: teachingGroup.startsOn })
      .from(teachingGroup)
      .where(eq(teachingGroup.providerId, actingProvider(ctx.actor)))
      .orderBy(asc(teachingGroup.name), asc(teachingGroup.id))
      .limit(MAX_GROUPS),
  ),

  /** Takes a student into the programme: the cohort (the autumn the studies began), the start day, a group. */
  enrol: procedure
    .meta({ permission: "valmennus.participant.manage" })
    .input(input(EnrolInput))
    .mutation(async ({ ctx, input: request }) => {
      const problems = enrolmentProblems(request);
      if (problems.length > 0) throw badInput(problems);
      const found = await ownStudent(ctx, request.studentId);
      if (request.groupId) {
        const [group] = await ctx.tx
          .select({ id: teachingGroup.id })
          .from(teachingGroup)
          .where(and(eq(teachingGroup.providerId, found.providerId), eq(teachingGroup.id, request.groupId)));
        if (!group)
          throw badInput([{ path: ["groupId"], message: "Choose one of your own teaching groups." }]);
      }
      const [existing] = await ctx.tx
        .select({ cohortYear: participant.cohortYear })
        .from(participant)
        .where(and(eq(participant.providerId, found.providerId), eq(participant.studentId, found.id)));
      if (existing) {
        throw new TRPCError({
          code: "CONFLICT",
          message: `${found.firstName} ${found.lastName} is already in the #Valmennus programme (cohort ${existing.cohortYear}).`,
        });
      }
      try {
        await ctx.tx.insert(participant).values({
          providerId: found.providerId,
          studentId: found.id,
          cohortYear: request.cohortYear,
          startedOn: request.startedOn,
          groupId: request.groupId ?? null,
          createdBy: ctx.actor!.personId,
        });
      } catch (error) {
        // Enrolled by another call at the same moment: the same answer as for one enrolled before.
        if (!isUniqueViolation(error)) throw error;
        throw new TRPCError({
          code: "CONFLICT",
          message: `${found.firstName} ${found.lastName} is already in the #Valmennus programme.`,
        });
      }
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "create" }]);
      return { studentId: found.id };
    }),

  /**
   * The participants this actor may see, each with the checklist counted on today: staff see their
   * provider's (narrowed by cohort or group), a student their own row, a guardian a minor ward's.
   */
  overview: procedure
    .meta({ permission: "valmennus.checklist.read" })
    .input(input(OverviewInput))
    .query(async ({ ctx, input: { cohortYear, groupId, limit = MAX_OVERVIEW_PAGE, offset = 0 } }) => {
      // One row beyond the page says whether more follow.
      const page = await selectParticipants(
        ctx.tx,
        and(
          cohortYear === undefined ? undefined : eq(participant.cohortYear, cohortYear),
          groupId === undefined ? undefined : eq(participant.groupId, groupId),
        ),
      )
        .limit(limit + 1)
        .offset(offset);
      const more = page.length > limit;
      const rows = page.slice(0, limit);
      const facts = await loadFacts(ctx.tx, rows);
      // Every cohort the actor may see, whatever the filter, for the page's choice of cohort: years
      // 2000–2100 (the schema's range), so at most 101 rows, naturally bounded.
      const cohorts = await ctx.tx
        .selectDistinct({ year: participant.cohortYear })
        .from(participant)
        .orderBy(desc(participant.cohortYear));
      await ctx.audit(
        rows.map((r) => ({ providerId: r.providerId, studentId: r.studentId, action: "read" as const })),
      );
      const today = helsinkiToday();
      return {
        today,
        more,
        cohorts: cohorts.map((c) => c.year),
        participants: rows.map(({ birthDate, ...r }) => ({
          ...r,
          minor: isMinor(birthDate, today),
          ...summarize(itemStates(factsOf(r.startedOn, facts.get(r.studentId)), today)),
        })),
      };
    }),

  /** One student's checklist: each item with its state, the notes, the screening results and the HOKS. */
  forStudent: procedure
    .meta({ permission: "valmennus.checklist.read" })
    .input(input(StudentInput))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const row = await findParticipant(ctx.tx, found.providerId, found.id);
      const loaded = (await loadFacts(ctx.tx, [row])).get(row.studentId);
      const [plan] = await ctx.tx
        .select({ status: hoks.status })
        .from(hoks)
        .where(and(eq(hoks.providerId, found.providerId), eq(hoks.studentId, found.id)));
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      const today = helsinkiToday();
      const states = itemStates(factsOf(row.startedOn, loaded), today);
      const notes = new Map((loaded?.tasks ?? []).map((t) => [t.task, t.note]));
      const { birthDate, ...participantRow } = row;
      return {
        today,
        participant: { ...participantRow, minor: isMinor(birthDate, today) },
        items: states.map((s) => ({
          ...s,
          doneOn: s.state === "done" ? s.doneOn : null,
          note: notes.get(s.id) ?? null,
        })),
        summary: summarize(states),
        hoksStatus: plan?.status ?? null,
        screenings: (loaded?.screenings ?? []).map((s) => ({
          kind: s.kind,
          takenOn: s.takenOn,
          result: s.result,
          score: s.score,
          note: s.note,
          reviewedOn: s.reviewedOn,
        })),
      };
    }),

  /**
   * Marks a manual task done on a day (today or earlier), with an optional note such as the initial
   * situation. Recording it again replaces the day and the note.
   */
  recordTask: procedure
    .meta({ permission: "valmennus.checklist.record" })
    .input(input(RecordTaskInput))
    .mutation(async ({ ctx, input: request }) => {
      const problem = pastDateProblem("doneOn", request.doneOn, helsinkiToday());
      if (problem) throw badInput([problem]);
      const found = await ownStudent(ctx, request.studentId);
      await findParticipant(ctx.tx, found.providerId, found.id);
      const key = and(
        eq(startTask.providerId, found.providerId),
        eq(startTask.studentId, found.id),
        eq(startTask.task, request.task),
      );
      const [before] = await ctx.tx.select({ task: startTask.task }).from(startTask).where(key);
      const values = {
        doneOn: request.doneOn,
        note: request.note?.trim() || null,
        doneBy: ctx.actor!.personId,
      };
      await ctx.tx
        .insert(startTask)
        .values({ providerId: found.providerId, studentId: found.id, task: request.task, ...values })
        .onConflictDoUpdate({
          target: [startTask.providerId, startTask.studentId, startTask.task],
          set: values,
        });
      await ctx.audit([
        { providerId: found.providerId, studentId: found.id, action: before ? "update" : "create" },
      ]);
      return { task: request.task, doneOn: request.doneOn };
    }),

  /** Takes back a task recorded by mistake; nothing happens (and nothing is audited) when none was. */
  undoTask: procedure
    .meta({ permission: "valmennus.checklist.record" })
    .input(input(UndoTaskInput))
    .mutation(async ({ ctx, input: { studentId, task } }) => {
      const found = await ownStudent(ctx, studentId);
      await findParticipant(ctx.tx, found.providerId, found.id);
      const removed = await ctx.tx
        .delete(startTask)
        .where(
          and(
            eq(startTask.providerId, found.providerId),
            eq(startTask.studentId, found.id),
            eq(startTask.task, task),
          ),
        )
        .returning({ task: startTask.task });
      if (removed.length > 0) {
        await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      }
      return { removed: removed.length > 0 };
    }),

  /**
   * A reading (luki) or maths screening result. Recording a kind again replaces it; a new date or result
   * clears the review, since the student has not yet heard that result.
   */
  recordScreening: procedure
    .meta({ permission: "valmennus.checklist.record" })
    .input(input(RecordScreeningInput))
    .mutation(async ({ ctx, input: request }) => {
      const problem = pastDateProblem("takenOn", request.takenOn, helsinkiToday());
      if (problem) throw badInput([problem]);
      const found = await ownStudent(ctx, request.studentId);
      await findParticipant(ctx.tx, found.providerId, found.id);
      const key = and(
        eq(screening.providerId, found.providerId),
        eq(screening.studentId, found.id),
        eq(screening.kind, request.kind),
      );
      const [before] = await ctx.tx.select({ kind: screening.kind }).from(screening).where(key);
      const values = {
        takenOn: request.takenOn,
        result: request.result,
        score: request.score ?? null,
        note: request.note?.trim() || null,
        recordedBy: ctx.actor!.personId,
      };
      await ctx.tx
        .insert(screening)
        .values({ providerId: found.providerId, studentId: found.id, kind: request.kind, ...values })
        .onConflictDoUpdate({
          target: [screening.providerId, screening.studentId, screening.kind],
          set: {
            ...values,
            reviewedOn: sql`case when (${screening.takenOn}, ${screening.result}) is distinct from (excluded.taken_on, excluded.result) then null else ${screening.reviewedOn} end`,
          },
        });
      await ctx.audit([
        { providerId: found.providerId, studentId: found.id, action: before ? "update" : "create" },
      ]);
      return { kind: request.kind };
    }),

  /** The day the screening results (one kind, or all recorded) were gone through with the student. */
  markScreeningReviewed: procedure
    .meta({ permission: "valmennus.checklist.record" })
    .input(input(MarkReviewedInput))
    .mutation(async ({ ctx, input: { studentId, reviewedOn, kind } }) => {
      const problem = pastDateProblem("reviewedOn", reviewedOn, helsinkiToday());
      if (problem) throw badInput([problem]);
      const found = await ownStudent(ctx, studentId);
      await findParticipant(ctx.tx, found.providerId, found.id);
      const which = and(
        eq(screening.providerId, found.providerId),
        eq(screening.studentId, found.id),
        kind ? eq(screening.kind, kind) : undefined,
      );
      const rows = await ctx.tx
        .select({ kind: screening.kind, takenOn: screening.takenOn })
        .from(screening)
        .where(which);
      if (rows.length === 0) {
        throw badInput([
          {
            path: ["kind"],
            message:
              kind === "reading"
                ? "No reading screening result has been recorded for the student: record it first."
                : kind === "maths"
                  ? "No maths screening result has been recorded for the student: record it first."
                  : "No screening result has been recorded for the student: record the results first.",
          },
        ]);
      }
      const beforeTest = rows.map((r) => reviewDateProblem(reviewedOn, r.takenOn)).find(Boolean);
      if (beforeTest) throw badInput([beforeTest]);
      await ctx.tx.update(screening).set({ reviewedOn }).where(which);
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      return { kinds: rows.map((r) => r.kind) };
    }),
});
