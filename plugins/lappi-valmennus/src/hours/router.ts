import { localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, between, desc, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import { input, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { hoursEntry, hoursPlan } from "../db/schema.ts";
import { actingProvider, issue, refuseIfAny } from "../guards.ts";
import { providerStaff, staffRolesOf } from "../plans/staff.ts";
import { EntryRef, RecordInput, SetPlanInput, YearInput } from "./inputs.ts";
import { type Activity, summariseYear, workedOnProblem, yearRange } from "./rules.ts";

const { person } = core;

/**
 * One member's entries of one year are naturally bounded (a few a working day): a hard cap in SQL.
 * The team's lists are bounded by the provider's staff (providerStaff caps them) and the activities.
 */
const MAX_ENTRIES_PER_YEAR = 5000;

/**
 * Hours are about the staff's own work, not about students: nothing here is a student's personal data,
 * so nothing is audited. Each member keeps their own entries; only managers read and plan everyone's
 * (checked here by permission and by filtering on the actor, and again by row-level security).
 */

export const hoursRouter = router({
  /** The acting member's own hours for a day of work already done. */
  record: procedure
    .meta({ permission: "valmennus.hours.record" })
    .input(input(RecordInput))
    .mutation(async ({ ctx, input: entry }) => {
      const providerId = actingProvider(ctx.actor);
      refuseIfAny([issue("workedOn", workedOnProblem(entry.workedOn, localDateIn(new Date())))]);
      const [created] = await ctx.tx
        .insert(hoursEntry)
        .values({
          providerId,
          personId: ctx.actor!.personId,
          workedOn: entry.workedOn,
          hours: entry.hours,
          activity: entry.activity,
          note: entry.note?.trim() || null,
        })
        .returning({ id: hoursEntry.id });
      return { id: created!.id };
    }),

  /** The acting member's year: entries (newest first), total by activity, against their plan. */
  mine: procedure
    .meta({ permission: "valmennus.hours.record" })
    .input(input(YearInput))
    .query(async ({ ctx, input: { year } }) => {
      const providerId = actingProvider(ctx.actor);
      const personId = ctx.actor!.personId;
      const { from, to } = yearRange(year);
      const entries = await ctx.tx
        .select({
          id: hoursEntry.id,
          workedOn: hoursEntry.workedOn,
          hours: hoursEntry.hours,
          activity: hoursEntry.activity,
          note: hoursEntry.note,
        })
        .from(hoursEntry)
        .where(
          and(
            eq(hoursEntry.providerId, providerId),
            eq(hoursEntry.personId, personId),
            between(hoursEntry.workedOn, from, to),
          ),
        )
        .orderBy(desc(hoursEntry.workedOn), desc(hoursEntry.createdAt))
        .limit(MAX_ENTRIES_PER_YEAR);
      const [plan] = await ctx.tx
        .select({ plannedHours: hoursPlan.plannedHours })
        .from(hoursPlan)
        .where(
          and(
            eq(hoursPlan.providerId, providerId),
            eq(hoursPlan.personId, personId),
            eq(hoursPlan.year, year),
          ),
        );
      const summary = summariseYear(
        [{ personId, name: "" }],
        plan ? [{ personId, plannedHours: plan.plannedHours }] : [],
        entries.map((e) => ({ personId, activity: e.activity, hours: Number(e.hours) })),
      );
      const own = summary.members[0];
      return {
        year,
        planned: plan?.plannedHours ?? null,
        spent: own?.spent ?? 0,
        byActivity: summary.totals.byActivity,
        shareUsed: own?.shareUsed ?? null,
        entries: entries.map((e) => ({ ...e, hours: Number(e.hours), activity: e.activity as Activity })),
      };
    }),

  /** Deletes one of the acting member's own entries (a mistake); others' entries are not found. */
  delete: procedure
    .meta({ permission: "valmennus.hours.record" })
    .input(input(EntryRef))
    .mutation(async ({ ctx, input: { entryId } }) => {
      const providerId = actingProvider(ctx.actor);
      const deleted = await ctx.tx
        .delete(hoursEntry)
        .where(
          and(
            eq(hoursEntry.providerId, providerId),
            eq(hoursEntry.id, entryId),
            eq(hoursEntry.personId, ctx.actor!.personId),
          ),
        )
        .returning({ id: hoursEntry.id });
      if (deleted.length === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No entry of yours has this id." });
      }
      return { ok: true as const };
    }),

  /** The provider's support staff with their plan for the year, for the manager's planning form. */
  team: procedure
    .meta({ permission: "valmennus.hours.plan" })
    .input(input(YearInput))
    .query(async ({ ctx, input: { year } }) => {
      const providerId = actingProvider(ctx.actor);
      const staff = await providerStaff(ctx.tx, providerId);
      const plans = await ctx.tx
        .select({ personId: hoursPlan.personId, plannedHours: hoursPlan.plannedHours })
        .from(hoursPlan)
        .where(and(eq(hoursPlan.providerId, providerId), eq(hoursPlan.year, year)));
      const planOf = new Map(plans.map((p) => [p.personId, p.plannedHours]));
      return staff.map((s) => ({ ...s, plannedHours: planOf.get(s.personId) ?? null }));
    }),

  /** A manager sets a member's planned hours for a year (0–2000; the pilot's range was 40–100). */
  setPlan: procedure
    .meta({ permission: "valmennus.hours.plan" })
    .input(input(SetPlanInput))
    .mutation(async ({ ctx, input: plan }) => {
      const providerId = actingProvider(ctx.actor);
      const roles = await staffRolesOf(ctx.tx, providerId, plan.personId);
      refuseIfAny([
        issue("personId", roles.length === 0 ? "Choose a staff member of your provider." : undefined),
      ]);
      await ctx.tx
        .insert(hoursPlan)
        .values({ providerId, personId: plan.personId, year: plan.year, plannedHours: plan.plannedHours })
        .onConflictDoUpdate({
          target: [hoursPlan.providerId, hoursPlan.personId, hoursPlan.year],
          set: { plannedHours: plan.plannedHours },
        });
      return { ok: true as const };
    }),

  /** The year per team member: planned against spent, by activity, with the share used. Managers only. */
  summary: procedure
    .meta({ permission: "valmennus.hours.plan" })
    .input(input(YearInput))
    .query(async ({ ctx, input: { year } }) => {
      const providerId = actingProvider(ctx.actor);
      // The permission is the manager's alone; say so here too, so a change to the manifest's defaults
      // cannot quietly open everyone's hours (row-level security holds the same line).
      if (ctx.actor!.role !== "manager") {
        throw new TRPCError({ code: "FORBIDDEN", message: "Only a manager reads the team's hours." });
      }
      const { from, to } = yearRange(year);
      const plans = await ctx.tx
        .select({ personId: hoursPlan.personId, plannedHours: hoursPlan.plannedHours })
        .from(hoursPlan)
        .where(and(eq(hoursPlan.providerId, providerId), eq(hoursPlan.year, year)));
      const spent = await ctx.tx
        .select({
          personId: hoursEntry.personId,
          activity: hoursEntry.activity,
          hours: sql<number>`sum(${hoursEntry.hours})::float8`.mapWith(Number),
        })
        .from(hoursEntry)
        .where(and(eq(hoursEntry.providerId, providerId), between(hoursEntry.workedOn, from, to)))
        .groupBy(hoursEntry.personId, hoursEntry.activity);
      const ids = [...new Set([...plans.map((p) => p.personId), ...spent.map((s) => s.personId)])];
      const people =
        ids.length === 0
          ? []
          : await ctx.tx
              .select({ personId: person.id, firstName: person.firstName, lastName: person.lastName })
              .from(person)
              .where(inArray(person.id, ids))
              .orderBy(asc(person.lastName), asc(person.firstName));
      return {
        year,
        ...summariseYear(
          people.map((p) => ({ personId: p.personId, name: `${p.lastName}, ${p.firstName}` })),
          plans,
          spent,
        ),
      };
    }),
});
