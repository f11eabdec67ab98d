/**
 * Planning the continuation path before graduation (seed 000: "jo opintojen aikana"): the provider's
 * tutors see their graduating students who have no job or study place recorded, and write with each
 * the path and the goal in words. The plan shows in the student's goals (a student-page section) and
 * goes into the handover packet when the consent covers the career goals.
 */
import { isMinor, localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, between, eq, inArray, notExists, sql } from "@polku/plugin-sdk/drizzle";
import {
  findStudent,
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  procedure,
  router,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { continuationPlan } from "./db/schema.ts";
import { planPaths } from "./packet.ts";

const { student, outcome, person } = core;

/** Outcomes that are a job or a study place: a student with one needs no continuation path. */
export const placedKinds = [
  "employed",
  "entrepreneur",
  "wage_subsidised_work",
  "higher_education",
  "vocational_studies",
] as const;

/** A provider's graduates within a year are naturally bounded: a hard cap in SQL. */
const MAX_GRADUATING = 1000;

const GraduatingInput = Schema.Struct({
  /** How far ahead to look: graduating within this many months from today (Helsinki). */
  withinMonths: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 }))),
});

const SaveInput = Schema.Struct({
  studentId: Id,
  path: Schema.Literals(planPaths),
  goal: MultiLineText(2000).check(Schema.isMinLength(1, { message: "Write the goal in words." })),
  /** The day the plan was agreed with the student; today when left out. */
  agreedOn: Schema.optional(LocalDateInput),
});

const planColumns = {
  path: continuationPlan.path,
  goal: continuationPlan.goal,
  agreedOn: continuationPlan.agreedOn,
  updatedAt: continuationPlan.updatedAt,
};

const planJoin = and(
  eq(continuationPlan.providerId, student.providerId),
  eq(continuationPlan.studentId, student.id),
);

export const planRouter = router({
  /** Students graduating within the horizon with no job or study place recorded, soonest first. */
  graduating: procedure
    .meta({ permission: "handover.create" })
    .input(input(GraduatingInput))
    .query(async ({ ctx, input: { withinMonths = 6 } }) => {
      const today = localDateIn(new Date());
      const until = sql`(${today}::date + make_interval(months => ${withinMonths}))::date`;
      const rows = await ctx.tx
        .select({
          id: student.id,
          providerId: student.providerId,
          firstName: student.firstName,
          lastName: student.lastName,
          birthDate: student.birthDate,
          qualificationName: student.qualificationName,
          expectedGraduation: student.expectedGraduation,
          planPath: continuationPlan.path,
          planGoal: continuationPlan.goal,
          planAgreedOn: continuationPlan.agreedOn,
        })
        .from(student)
        .leftJoin(continuationPlan, planJoin)
        .where(
          and(
            eq(student.studyRightState, "lasna"),
            between(student.expectedGraduation, today, until),
            notExists(
              ctx.tx
                .select({ id: outcome.id })
                .from(outcome)
                .where(
                  and(
                    eq(outcome.providerId, student.providerId),
                    eq(outcome.studentId, student.id),
                    inArray(outcome.kind, [...placedKinds]),
                  ),
                ),
            ),
          ),
        )
        .orderBy(
          asc(student.expectedGraduation),
          asc(student.lastName),
          asc(student.firstName),
          asc(student.id),
        )
        .limit(MAX_GRADUATING);
      await ctx.audit(
        rows.map((s) => ({ providerId: s.providerId, studentId: s.id, action: "read" as const })),
      );
      return rows.map(({ birthDate, planPath, planGoal, planAgreedOn, ...s }) => ({
        ...s,
        minor: isMinor(birthDate, today),
        plan: planPath ? { path: planPath, goal: planGoal ?? "", agreedOn: planAgreedOn ?? "" } : null,
      }));
    }),

  /** Writes (or rewrites) the plan agreed with the student. */
  save: procedure
    .meta({ permission: "handover.create" })
    .input(input(SaveInput))
    .mutation(async ({ ctx, input: { studentId, path, goal, agreedOn } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const personId = ctx.actor!.personId;
      const today = localDateIn(new Date());
      // A plan records what was agreed: on a day that has come.
      if (agreedOn && agreedOn > today) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "agreedOn: a plan is agreed today or earlier." });
      }
      const values = { path, goal, agreedOn: agreedOn ?? today };
      await ctx.tx
        .insert(continuationPlan)
        .values({
          providerId: found.providerId,
          studentId: found.id,
          ...values,
          createdBy: personId,
          updatedBy: personId,
        })
        .onConflictDoUpdate({
          target: [continuationPlan.providerId, continuationPlan.studentId],
          set: { ...values, updatedBy: personId, updatedAt: new Date() },
        });
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      return { ok: true as const };
    }),

  /** The student's plan for the student page's goals section: the tutor's, the student's own, a guardian's. */
  forStudent: procedure
    .meta({ permission: "continuationPlan.read" })
    .input(input(Schema.Struct({ studentId: Id })))
    .query(async ({ ctx, input: { studentId } }) => {
      const [plan] = await ctx.tx
        .select({
          ...planColumns,
          providerId: continuationPlan.providerId,
          updatedByName: sql<string | null>`${person.firstName} || ' ' || ${person.lastName}`,
        })
        .from(continuationPlan)
        .leftJoin(person, eq(person.id, continuationPlan.updatedBy))
        .where(eq(continuationPlan.studentId, studentId));
      if (!plan) return null;
      await ctx.audit([{ providerId: plan.providerId, studentId, action: "read" }]);
      const { providerId, ...shown } = plan;
      return shown;
    }),
});
