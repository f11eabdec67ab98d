import { localDateIn } from "@polku/domain";
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, asc, count, desc, eq, gte, sql } from "@polku/plugin-sdk/drizzle";
import { input, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { coachingPlan, planItem } from "../db/schema.ts";
import { actingProvider, badInput, issue, isUniqueViolation, refuseIfAny } from "../guards.ts";
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
import {
  compareItems,
  doneOnProblem,
  itemDateProblem,
  type PlanItemKind,
  responsibleProblem,
  termProblem,
} from "./rules.ts";
import { providerStaff, staffRolesOf } from "./staff.ts";

const { teachingGroup, person } = core;

/**
 * Plans are about a group, not about any one student: no student's personal data is read or written
 * here, so nothing is audited. (Titles and notes should not name students; the form says so.)
 */

const itemColumns = {
  id: planItem.id,
  planId: planItem.planId,
  kind: planItem.kind,
  plannedOn: planItem.plannedOn,
  startsAt: planItem.startsAt,
  title: planItem.title,
  place: planItem.place,
  responsiblePersonId: planItem.responsiblePersonId,
  responsibleFirstName: person.firstName,
  responsibleLastName: person.lastName,
  doneOn: planItem.doneOn,
  note: planItem.note,
};

interface ItemRow {
  readonly id: string;
  readonly planId: string;
  readonly kind: string;
  readonly plannedOn: string;
  readonly startsAt: string | null;
  readonly title: string;
  readonly place: string | null;
  readonly responsiblePersonId: string | null;
  readonly responsibleFirstName: string | null;
  readonly responsibleLastName: string | null;
  readonly doneOn: string | null;
  readonly note: string | null;
}

const shapeItem = (row: ItemRow) => {
  const { responsibleFirstName, responsibleLastName, ...item } = row;
  return {
    ...item,
    kind: item.kind as PlanItemKind,
    responsibleName:
      responsibleFirstName && responsibleLastName ? `${responsibleFirstName} ${responsibleLastName}` : null,
  };
};

const today = () => localDateIn(new Date());

/** The plan of the acting provider (row-level security hides other providers' plans), or NOT_FOUND. */
async function findPlan(tx: Database, providerId: string, planId: string) {
  const [plan] = await tx
    .select({
      id: coachingPlan.id,
      providerId: coachingPlan.providerId,
      groupId: coachingPlan.groupId,
      groupName: teachingGroup.name,
      termStart: coachingPlan.termStart,
      termEnd: coachingPlan.termEnd,
      groupGoals: coachingPlan.groupGoals,
      individualGoals: coachingPlan.individualGoals,
      updatedAt: coachingPlan.updatedAt,
    })
    .from(coachingPlan)
    .innerJoin(
      teachingGroup,
      and(eq(teachingGroup.providerId, coachingPlan.providerId), eq(teachingGroup.id, coachingPlan.groupId)),
    )
    .where(and(eq(coachingPlan.providerId, providerId), eq(coachingPlan.id, planId)));
  if (!plan) throw new TRPCError({ code: "NOT_FOUND", message: "The coaching plan was not found." });
  return plan;
}

async function findItem(tx: Database, providerId: string, itemId: string) {
  const [item] = await tx
    .select({ id: planItem.id, planId: planItem.planId, kind: planItem.kind, plannedOn: planItem.plannedOn })
    .from(planItem)
    .where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
  if (!item) throw new TRPCError({ code: "NOT_FOUND", message: "The plan item was not found." });
  return item;
}

/** A plan of the same group starting the same day is the same plan: refused with what to do instead. */
async function refuseDuplicate(
  tx: Database,
  providerId: string,
  groupId: string,
  termStart: string,
  exceptPlanId?: string,
) {
  const [existing] = await tx
    .select({ id: coachingPlan.id })
    .from(coachingPlan)
    .where(
      and(
        eq(coachingPlan.providerId, providerId),
        eq(coachingPlan.groupId, groupId),
        eq(coachingPlan.termStart, termStart),
      ),
    );
  if (existing && existing.id !== exceptPlanId) throw duplicatePlan(termStart);
}

const duplicatePlan = (termStart: string) =>
  new TRPCError({
    code: "CONFLICT",
    message: `The group already has a coaching plan for the term starting ${termStart}: open that plan and add to it.`,
  });

interface ItemChange {
  readonly kind: PlanItemKind;
  readonly plannedOn: string;
  readonly responsiblePersonId?: string | undefined;
}

/** The item's date must fall in the term, and its responsible person must fit its kind. */
async function checkItem(
  tx: Database,
  providerId: string,
  plan: { termStart: string; termEnd: string },
  item: ItemChange,
) {
  const roles = item.responsiblePersonId
    ? await staffRolesOf(tx, providerId, item.responsiblePersonId)
    : null;
  refuseIfAny([
    issue("plannedOn", itemDateProblem(item.plannedOn, plan)),
    issue("responsiblePersonId", responsibleProblem(item.kind, roles)),
  ]);
}

const itemValues = (item: {
  kind: PlanItemKind;
  plannedOn: string;
  startsAt?: string | undefined;
  title: string;
  place?: string | undefined;
  responsiblePersonId?: string | undefined;
  note?: string | undefined;
}) => ({
  kind: item.kind,
  plannedOn: item.plannedOn,
  startsAt: item.startsAt ?? null,
  title: item.title.trim(),
  place: item.place?.trim() || null,
  responsiblePersonId: item.responsiblePersonId ?? null,
  note: item.note?.trim() || null,
});

export const plansRouter = router({
  /** The provider's teaching groups, each with its plans (newest term first) and how far they are. */
  list: procedure.meta({ permission: "valmennus.plan.read" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    const groups = await ctx.tx
      .select({ id: teachingGroup.id, name: teachingGroup.name, startsOn: teachingGroup.startsOn })
      .from(teachingGroup)
      .where(eq(teachingGroup.providerId, providerId))
      .orderBy(asc(teachingGroup.name), asc(teachingGroup.id));
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
      .orderBy(desc(coachingPlan.termStart));
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
        .orderBy(asc(planItem.plannedOn), sql`${planItem.startsAt} asc nulls first`, asc(planItem.title));
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
          (outside?.n ?? 0) > 0
            ? `${outside!.n} item(s) of the plan fall outside these dates: move or delete them first.`
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
        .limit(200);
      return rows
        .map(({ groupId, groupName, ...row }) => ({ ...shapeItem(row), groupId, groupName }))
        .sort(compareItems);
    }),
});
