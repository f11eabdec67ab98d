import { core } from "@polku/plugin-sdk/db";
import { and, asc, count, desc, eq, gte, sql } from "@polku/plugin-sdk/drizzle";
import { input, procedure, router } from "@polku/plugin-sdk/server";
import { coachingPlan, planItem } from "../db/schema.ts";
import { actingProvider, badInput, issue, isUniqueViolation, refuseIfAny } from "../guards.ts";
import {
  checkItem,
  duplicatePlan,
  findItem,
  findPlan,
  itemColumns,
  itemValues,
  refuseDuplicate,
  shapeItem,
  today,
} from "./data.ts";
import {
  AddItemInput,
  CreatePlanInput,
  ItemRef,
  MarkDoneInput,
  OutreachInput,
  PlanRef,
  UpdateItemInput,
  UpdatePlanInput,
} from "./inputs.ts";
import { compareItems, doneOnProblem, termProblem } from "./rules.ts";
import { providerStaff } from "./staff.ts";

const { teachingGroup, person } = core;

/** A provider's teaching groups, and their plans (a few a year each), are naturally bounded: hard caps. */
const MAX_GROUPS = 2000;
const MAX_PLANS = 5000;
/** One term's plan holds a few dozen items: a hard cap in SQL. */
const MAX_ITEMS = 1000;

/**
 * Plans are about a group, not about any one student: no student's personal data is read or written
 * here, so nothing is audited. (Titles and notes should not name students; the form says so.)
 */

export const plansRouter = router({
  /** The provider's teaching groups, each with its plans (newest term first) and how far they are. */
  list: procedure.meta({ permission: "valmennus.plan.read" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    const groups = await ctx.tx
      .select({ id: teachingGroup.id, name: teachingGroup.name, startsOn: teachingGroup.startsOn })
      .from(teachingGroup)
      .where(eq(teachingGroup.providerId, providerId))
      .orderBy(asc(teachingGroup.name), asc(teachingGroup.id))
      .limit(MAX_GROUPS);
    const plans = await ctx.tx
      .select({
        id: coachingPlan.id,
        groupId: coachingPlan.groupId,
        termStart: coachingPlan.termStart,
        termEnd: coachingPlan.termEnd,
        items: count(planItem.id),
        done: count(planItem.doneOn),
      })
      .from(coachingPlan)
      .leftJoin(
        planItem,
        and(eq(planItem.providerId, coachingPlan.providerId), eq(planItem.planId, coachingPlan.id)),
      )
      .where(eq(coachingPlan.providerId, providerId))
      .groupBy(coachingPlan.providerId, coachingPlan.id)
      .orderBy(desc(coachingPlan.termStart), asc(coachingPlan.id))
      .limit(MAX_PLANS);
    return groups.map((g) => ({ ...g, plans: plans.filter((p) => p.groupId === g.id) }));
  }),

  /** One plan with its items in date order (and by time on a day). */
  get: procedure
    .meta({ permission: "valmennus.plan.read" })
    .input(input(PlanRef))
    .query(async ({ ctx, input: { planId } }) => {
      const providerId = actingProvider(ctx.actor);
      const plan = await findPlan(ctx.tx, providerId, planId);
      const rows = await ctx.tx
        .select(itemColumns)
        .from(planItem)
        .leftJoin(person, eq(person.id, planItem.responsiblePersonId))
        .where(and(eq(planItem.providerId, providerId), eq(planItem.planId, planId)))
        .orderBy(asc(planItem.plannedOn), sql`${planItem.startsAt} asc nulls first`, asc(planItem.title))
        .limit(MAX_ITEMS);
      return { ...plan, items: rows.map(shapeItem).sort(compareItems) };
    }),

  /** The provider's staff with their roles, to choose who is responsible (outreach: welfare only). */
  staff: procedure.meta({ permission: "valmennus.plan.read" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    return providerStaff(ctx.tx, providerId);
  }),

  /** A group's plan for a term; one per group and term start. */
  create: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(CreatePlanInput))
    .mutation(async ({ ctx, input: plan }) => {
      const providerId = actingProvider(ctx.actor);
      refuseIfAny([issue("termEnd", termProblem(plan.termStart, plan.termEnd))]);
      const [group] = await ctx.tx
        .select({ id: teachingGroup.id })
        .from(teachingGroup)
        .where(and(eq(teachingGroup.providerId, providerId), eq(teachingGroup.id, plan.groupId)));
      if (!group)
        throw badInput([{ path: ["groupId"], message: "No teaching group of your provider has this id." }]);
      await refuseDuplicate(ctx.tx, providerId, plan.groupId, plan.termStart);
      try {
        const [created] = await ctx.tx
          .insert(coachingPlan)
          .values({
            providerId,
            groupId: plan.groupId,
            termStart: plan.termStart,
            termEnd: plan.termEnd,
            groupGoals: plan.groupGoals.trim(),
            individualGoals: plan.individualGoals.trim(),
            createdBy: ctx.actor!.personId,
          })
          .returning({ id: coachingPlan.id });
        return { id: created!.id };
      } catch (error) {
        // Two people saving the same plan at once: the constraint decides, and the second is told so.
        if (isUniqueViolation(error)) throw duplicatePlan(plan.termStart);
        throw error;
      }
    }),

  /** The goals and the term, revised as the team plans again; the items must stay within the term. */
  update: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(UpdatePlanInput))
    .mutation(async ({ ctx, input: change }) => {
      const providerId = actingProvider(ctx.actor);
      const plan = await findPlan(ctx.tx, providerId, change.planId);
      const [outside] = await ctx.tx
        .select({ n: count() })
        .from(planItem)
        .where(
          and(
            eq(planItem.providerId, providerId),
            eq(planItem.planId, plan.id),
            sql`(${planItem.plannedOn} < ${change.termStart} or ${planItem.plannedOn} > ${change.termEnd})`,
          ),
        );
      refuseIfAny([
        issue("termEnd", termProblem(change.termStart, change.termEnd)),
        issue(
          "termStart",
          (outside?.n ?? 0) === 1
            ? "1 item of the plan falls outside these dates: move or delete it first."
            : (outside?.n ?? 0) > 1
              ? `${outside!.n} items of the plan fall outside these dates: move or delete them first.`
              : undefined,
        ),
      ]);
      await refuseDuplicate(ctx.tx, providerId, plan.groupId, change.termStart, plan.id);
      try {
        await ctx.tx
          .update(coachingPlan)
          .set({
            termStart: change.termStart,
            termEnd: change.termEnd,
            groupGoals: change.groupGoals.trim(),
            individualGoals: change.individualGoals.trim(),
            updatedAt: new Date(),
          })
          .where(and(eq(coachingPlan.providerId, providerId), eq(coachingPlan.id, plan.id)));
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicatePlan(change.termStart);
        throw error;
      }
      return { ok: true as const };
    }),

  addItem: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(AddItemInput))
    .mutation(async ({ ctx, input: { planId, ...item } }) => {
      const providerId = actingProvider(ctx.actor);
      const plan = await findPlan(ctx.tx, providerId, planId);
      await checkItem(ctx.tx, providerId, plan, item);
      const [created] = await ctx.tx
        .insert(planItem)
        .values({ providerId, planId: plan.id, ...itemValues(item) })
        .returning({ id: planItem.id });
      return { id: created!.id };
    }),

  /** Rewrites the item as the form sends it (a field left out is cleared); whether it is done stays. */
  updateItem: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(UpdateItemInput))
    .mutation(async ({ ctx, input: { itemId, ...item } }) => {
      const providerId = actingProvider(ctx.actor);
      const found = await findItem(ctx.tx, providerId, itemId);
      const plan = await findPlan(ctx.tx, providerId, found.planId);
      await checkItem(ctx.tx, providerId, plan, item);
      await ctx.tx
        .update(planItem)
        .set(itemValues(item))
        .where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
      return { ok: true as const };
    }),

  /** The item happened on this day (today or earlier). */
  markDone: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(MarkDoneInput))
    .mutation(async ({ ctx, input: { itemId, doneOn } }) => {
      const providerId = actingProvider(ctx.actor);
      refuseIfAny([issue("doneOn", doneOnProblem(doneOn, today()))]);
      await findItem(ctx.tx, providerId, itemId);
      await ctx.tx
        .update(planItem)
        .set({ doneOn })
        .where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
      return { ok: true as const };
    }),

  /** Marked done by mistake: back to planned. */
  undoDone: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(ItemRef))
    .mutation(async ({ ctx, input: { itemId } }) => {
      const providerId = actingProvider(ctx.actor);
      await findItem(ctx.tx, providerId, itemId);
      await ctx.tx
        .update(planItem)
        .set({ doneOn: null })
        .where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
      return { ok: true as const };
    }),

  deleteItem: procedure
    .meta({ permission: "valmennus.plan.write" })
    .input(input(ItemRef))
    .mutation(async ({ ctx, input: { itemId } }) => {
      const providerId = actingProvider(ctx.actor);
      await findItem(ctx.tx, providerId, itemId);
      await ctx.tx.delete(planItem).where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
      return { ok: true as const };
    }),

  /**
   * Coming outreach visits from a day on (today by default), by date and time: the acting person's own
   * ("mine"), or all of the provider's, so the welfare staff see where everyone goes.
   */
  outreach: procedure
    .meta({ permission: "valmennus.plan.read" })
    .input(input(OutreachInput))
    .query(async ({ ctx, input: { scope, from } }) => {
      const providerId = actingProvider(ctx.actor);
      const rows = await ctx.tx
        .select({
          ...itemColumns,
          groupId: coachingPlan.groupId,
          groupName: teachingGroup.name,
        })
        .from(planItem)
        .innerJoin(
          coachingPlan,
          and(eq(coachingPlan.providerId, planItem.providerId), eq(coachingPlan.id, planItem.planId)),
        )
        .innerJoin(
          teachingGroup,
          and(
            eq(teachingGroup.providerId, coachingPlan.providerId),
            eq(teachingGroup.id, coachingPlan.groupId),
          ),
        )
        .leftJoin(person, eq(person.id, planItem.responsiblePersonId))
        .where(
          and(
            eq(planItem.providerId, providerId),
            eq(planItem.kind, "outreach"),
            gte(planItem.plannedOn, from ?? today()),
            scope === "mine" ? eq(planItem.responsiblePersonId, ctx.actor!.personId) : undefined,
          ),
        )
        .orderBy(asc(planItem.plannedOn), sql`${planItem.startsAt} asc nulls first`, asc(planItem.title))
        // A hard cap: the coming visits, soonest first (the page shows the next weeks' visits).
        .limit(200);
      return rows
        .map(({ groupId, groupName, ...row }) => ({ ...shapeItem(row), groupId, groupName }))
        .sort(compareItems);
    }),
});
