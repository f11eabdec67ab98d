/** Reading and checking plans and their items: what the plans router's procedures share. */
import { localDateIn } from "@polku/domain";
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, eq } from "@polku/plugin-sdk/drizzle";
import { TRPCError } from "@polku/plugin-sdk/server";
import { coachingPlan, planItem } from "../db/schema.ts";
import { issue, refuseIfAny } from "../guards.ts";
import { itemDateProblem, type PlanItemKind, responsibleProblem } from "./rules.ts";
import { staffRolesOf } from "./staff.ts";

const { teachingGroup, person } = core;

export const itemColumns = {
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

export interface ItemRow {
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

export const shapeItem = (row: ItemRow) => {
  const { responsibleFirstName, responsibleLastName, ...item } = row;
  return {
    ...item,
    kind: item.kind as PlanItemKind,
    responsibleName:
      responsibleFirstName && responsibleLastName ? `${responsibleFirstName} ${responsibleLastName}` : null,
  };
};

export const today = () => localDateIn(new Date());

/** The plan of the acting provider (row-level security hides other providers' plans), or NOT_FOUND. */
export async function findPlan(tx: Database, providerId: string, planId: string) {
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

export async function findItem(tx: Database, providerId: string, itemId: string) {
  const [item] = await tx
    .select({ id: planItem.id, planId: planItem.planId, kind: planItem.kind, plannedOn: planItem.plannedOn })
    .from(planItem)
    .where(and(eq(planItem.providerId, providerId), eq(planItem.id, itemId)));
  if (!item) throw new TRPCError({ code: "NOT_FOUND", message: "The plan item was not found." });
  return item;
}

/** A plan of the same group starting the same day is the same plan: refused with what to do instead. */
export async function refuseDuplicate(
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

export const duplicatePlan = (termStart: string) =>
  new TRPCError({
    code: "CONFLICT",
    message: `The group already has a coaching plan for the term starting ${termStart}: open that plan and add to it.`,
  });

export interface ItemChange {
  readonly kind: PlanItemKind;
  readonly plannedOn: string;
  readonly responsiblePersonId?: string | undefined;
}

/** The item's date must fall in the term, and its responsible person must fit its kind. */
export async function checkItem(
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

export const itemValues = (item: {
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
