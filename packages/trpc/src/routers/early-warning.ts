import { schema } from "@polku/db";
import { EarlyWarningConfig, localDateIn } from "@polku/domain";
import { sql } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { PageLimit, PageOffset, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { actingProvider, evaluateStudents, loadConfig } from "./early-warning-data.ts";
import { handlingProcedures } from "./early-warning-handling.ts";
import { flat, ranked } from "./early-warning-view.ts";
import { findStudent } from "./student-lookup.ts";

/** The most students one call checks: a page of them by name, `more` says whether others follow. */
export const MAX_EARLY_WARNING_PAGE = 500;

/** Optional: the portal's first call sends nothing. */
const ForMeInput = Schema.UndefinedOr(
  Schema.Struct({
    limit: Schema.optional(PageLimit(MAX_EARLY_WARNING_PAGE)),
    offset: Schema.optional(PageOffset),
  }),
);

export const earlyWarningRouter = router({
  /** The provider's thresholds, or the defaults when none are saved (`saved` says which). */
  config: procedure.meta({ permission: "earlyWarning.read" }).query(async ({ ctx }) => {
    const { config, saved, updatedAt } = await loadConfig(ctx.tx, actingProvider(ctx.actor));
    return { config, saved, updatedAt: updatedAt?.toISOString() ?? null };
  }),

  /**
   * Saves the provider's thresholds, validated with the domain's schema (a bad value is a BAD_REQUEST
   * naming its field). Managers only; row-level security refuses anyone else as well.
   */
  setConfig: procedure
    .meta({ permission: "earlyWarning.configure" })
    .input(input(EarlyWarningConfig))
    .mutation(async ({ ctx, input: config }) => {
      const providerId = actingProvider(ctx.actor);
      const value = {
        unexplainedAbsences: { ...config.unexplainedAbsences },
        noProgress: { ...config.noProgress },
        missedCoaching: { ...config.missedCoaching },
      };
      await ctx.tx
        .insert(schema.earlyWarningConfig)
        .values({ providerId, config: value, updatedBy: ctx.actor!.personId })
        .onConflictDoUpdate({
          target: schema.earlyWarningConfig.providerId,
          set: { config: value, updatedBy: ctx.actor!.personId, updatedAt: sql`now()` },
        });
      return { config: value, saved: true };
    }),

  /**
   * The flags of the students the acting tutor is the personal tutor of; for other staff, of all their
   * provider's students, a page of them by name at a time (`limit`, default and at most 500, and
   * `offset`; `more` says whether others follow). One query for the page; every student whose record
   * was read is audited. `students`: those with a warning, most urgent first, open or handled.
   */
  forMe: procedure
    .meta({ permission: "earlyWarning.read" })
    .input(input(ForMeInput))
    .query(async ({ ctx, input: page }) => {
      const providerId = actingProvider(ctx.actor);
      const actor = ctx.actor!;
      const limit = page?.limit ?? MAX_EARLY_WARNING_PAGE;
      const offset = page?.offset ?? 0;
      const { config } = await loadConfig(ctx.tx, providerId);
      const today = localDateIn(new Date());
      const which = actor.role === "tutor" ? sql`s.tutor_person_id = ${actor.personId}::uuid` : sql`true`;
      // One student beyond the page says whether more follow; that one is not read further.
      const found = await evaluateStudents(ctx.tx, providerId, which, config, today, {
        limit: limit + 1,
        offset,
      });
      const students = found.slice(0, limit);
      await ctx.audit(students.map((s) => ({ providerId, studentId: s.studentId, action: "read" as const })));
      return {
        today,
        scope: actor.role === "tutor" ? ("tutees" as const) : ("provider" as const),
        checked: students.length,
        offset,
        more: found.length > limit,
        config,
        flags: flat(students),
        students: ranked(students),
      };
    }),

  /** One student's flags (a student whose study right has ended has none). */
  forStudent: procedure
    .meta({ permission: "earlyWarning.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      actingProvider(ctx.actor);
      const found = await findStudent(ctx.tx, studentId);
      const { config } = await loadConfig(ctx.tx, found.providerId);
      const today = localDateIn(new Date());
      const students = await evaluateStudents(
        ctx.tx,
        found.providerId,
        sql`s.id = ${found.id}::uuid`,
        config,
        today,
        { limit: 1, offset: 0 },
      );
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return {
        today,
        student: { id: found.id, firstName: found.firstName, lastName: found.lastName },
        config,
        flags: flat(students),
        warning: ranked(students)[0] ?? null,
      };
    }),

  ...handlingProcedures,
});
