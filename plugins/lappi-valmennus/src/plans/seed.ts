import { localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { coachingPlan, planItem } from "../db/schema.ts";
import { DEMO_TERM, type DemoResponsible, demoGoals, demoItems, isSeededDone } from "./seed-data.ts";

const { person, membership, organisation, teachingGroup } = core;

/** The demo staff the plans name, by username (see packages/db/src/demo/seed.ts). */
const usernames: readonly DemoResponsible[] = ["omaohjaaja", "opettaja", "kuraattori"];

/**
 * Demo data of the plans part: an autumn-term 2026 plan for each teaching group of the tutor's
 * provider. Idempotent: a group that already has its autumn plan is left as it is.
 */
export async function seedPlans({ db }: PluginSeedContext): Promise<void> {
  const people = await db
    .select({ id: person.id, username: person.username })
    .from(person)
    .where(inArray(person.username, [...usernames]));
  const idOf = new Map(people.map((p) => [p.username, p.id]));
  if (usernames.some((u) => !idOf.has(u))) return;
  const [provider] = await db
    .select({ id: organisation.id })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.personId, idOf.get("omaohjaaja")!), eq(organisation.kind, "provider")));
  if (!provider) return;
  const groups = await db
    .select({ id: teachingGroup.id, name: teachingGroup.name })
    .from(teachingGroup)
    .where(eq(teachingGroup.providerId, provider.id))
    .orderBy(asc(teachingGroup.name), asc(teachingGroup.id));
  const today = localDateIn(new Date());
  for (const [index, group] of groups.entries()) {
    const [existing] = await db
      .select({ id: coachingPlan.id })
      .from(coachingPlan)
      .where(
        and(
          eq(coachingPlan.providerId, provider.id),
          eq(coachingPlan.groupId, group.id),
          eq(coachingPlan.termStart, DEMO_TERM.termStart),
        ),
      );
    if (existing) continue;
    await db.transaction(async (tx) => {
      const [plan] = await tx
        .insert(coachingPlan)
        .values({
          providerId: provider.id,
          groupId: group.id,
          ...DEMO_TERM,
          ...demoGoals,
          createdBy: idOf.get("omaohjaaja")!,
        })
        .returning({ id: coachingPlan.id });
      const room = `Luokka ${String.fromCharCode(65 + (index % 26))}${105 + index * 100}`;
      await tx.insert(planItem).values(
        demoItems(room, index % 2).map((item) => ({
          providerId: provider.id,
          planId: plan!.id,
          kind: item.kind,
          plannedOn: item.plannedOn,
          startsAt: item.startsAt,
          title: item.title,
          place: item.place,
          responsiblePersonId: idOf.get(item.responsible)!,
          note: item.note ?? null,
          doneOn: isSeededDone(item.plannedOn, today) ? item.plannedOn : null,
        })),
      );
    });
  }
}
