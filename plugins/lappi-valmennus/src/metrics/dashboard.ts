/**
 * The managers' dashboard of the programme: attendance by month, unit progress and retention per
 * cohort against the cohorts before Polku. Every figure is an aggregate with the five-student floor.
 *
 * Audit: these reads write no audit entry, unlike every read of a student's own data. What leaves the
 * database here is counts and shares over at least five students (smaller groups show "too few to
 * show"), and teaching group names; no name, id or single student's record does, so no individual's
 * data is read in the sense the audit log records ("whose data"). Auditing each student behind an
 * aggregate would also fill the log with entries that say nothing about what anyone saw.
 */
import { localDateIn } from "@polku/domain";
import { sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, procedure } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { cohortBaseline } from "../db/schema.ts";
import { actingProvider, badInput } from "../guards.ts";
import { attendanceByMonth } from "./attendance.ts";
import { BaselineInput, baselineProblems } from "./baseline-input.ts";
import { academicYearOf, monthsSoFar } from "./period.ts";
import { progressRow } from "./progress.ts";
import { attendanceCounts, baselines, cohortOutcomes, participantGroups, unitCounts } from "./queries.ts";
import { pooledBaseline, retentionTable } from "./retention.ts";

const today = () => localDateIn(new Date());

export const dashboardProcedures = {
  /** Attendance of the programme's participants by month of the current academic year, optionally of one group. */
  attendance: procedure
    .meta({ permission: "valmennus.metrics.read" })
    .input(input(Schema.Struct({ groupId: Schema.optional(Id) })))
    .query(async ({ ctx, input: { groupId } }) => {
      const providerId = actingProvider(ctx.actor);
      const day = today();
      const year = academicYearOf(day);
      const counts = await attendanceCounts(ctx.tx, providerId, year.from, day, groupId ?? null);
      const groups = await participantGroups(ctx.tx, providerId);
      return {
        academicYear: year,
        groupId: groupId ?? null,
        groups,
        ...attendanceByMonth(monthsSoFar(day), counts),
      };
    }),

  /** Qualification unit progress per cohort of participants. */
  progress: procedure.meta({ permission: "valmennus.metrics.read" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    return { cohorts: (await unitCounts(ctx.tx, providerId)).map(progressRow) };
  }),

  /**
   * Retention after the first year of each programme cohort whose first year is over, with the
   * baselines of earlier years and those taken together, the figure to compare with.
   */
  retention: procedure.meta({ permission: "valmennus.metrics.read" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    const year = academicYearOf(today());
    const outcomes = await cohortOutcomes(ctx.tx, providerId, year.startYear);
    const entered = await baselines(ctx.tx, providerId);
    return { cohorts: retentionTable(outcomes, entered), baseline: pooledBaseline(entered) };
  }),

  /** The baselines as entered, for those who enter and correct them (small years included). */
  baselines: procedure
    .meta({ permission: "valmennus.cohort.manage" })
    .query(async ({ ctx }) => baselines(ctx.tx, actingProvider(ctx.actor))),

  /** Enters or corrects the figures of a cohort before Polku (one row per cohort year). */
  saveBaseline: procedure
    .meta({ permission: "valmennus.cohort.manage" })
    .input(input(BaselineInput))
    .mutation(async ({ ctx, input: baseline }) => {
      const providerId = actingProvider(ctx.actor);
      const problems = baselineProblems(baseline, today());
      if (problems.length > 0) throw badInput(problems);
      const values = {
        students: baseline.students,
        stillStudying: baseline.stillStudying,
        changedField: baseline.changedField,
        source: baseline.source?.trim() || null,
      };
      const [saved] = await ctx.tx
        .insert(cohortBaseline)
        .values({ providerId, cohortYear: baseline.cohortYear, ...values })
        .onConflictDoUpdate({ target: [cohortBaseline.providerId, cohortBaseline.cohortYear], set: values })
        .returning({ cohortYear: cohortBaseline.cohortYear, created: sql<boolean>`xmax = 0` });
      return { cohortYear: saved!.cohortYear, created: saved!.created };
    }),
};
