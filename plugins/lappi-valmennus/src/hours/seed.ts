import { localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, eq, inArray } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { hoursEntry, hoursPlan } from "../db/schema.ts";
import { DEMO_YEAR, type DemoMember, demoEntries, demoPlannedHours } from "./seed-data.ts";

const { person, membership, organisation } = core;

/**
 * Demo data of the hours part: the team's planned hours for 2026 and the hours spent so far.
 * Idempotent: once the provider has any plan for 2026, nothing is added (entries are not keyed, so
 * adding them again would double them).
 */
export async function seedHours({ db }: PluginSeedContext): Promise<void> {
  const members = Object.keys(demoPlannedHours) as DemoMember[];
  const people = await db
    .select({ id: person.id, username: person.username })
    .from(person)
    .where(inArray(person.username, members));
  const idOf = new Map(people.map((p) => [p.username, p.id]));
  if (members.some((m) => !idOf.has(m))) return;
  const [provider] = await db
    .select({ id: organisation.id })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.personId, idOf.get("omaohjaaja")!), eq(organisation.kind, "provider")));
  if (!provider) return;
  const [seeded] = await db
    .select({ personId: hoursPlan.personId })
    .from(hoursPlan)
    .where(and(eq(hoursPlan.providerId, provider.id), eq(hoursPlan.year, DEMO_YEAR)))
    .limit(1);
  if (seeded) return;
  const entries = demoEntries(localDateIn(new Date()));
  await db.transaction(async (tx) => {
    await tx.insert(hoursPlan).values(
      members.map((m) => ({
        providerId: provider.id,
        personId: idOf.get(m)!,
        year: DEMO_YEAR,
        plannedHours: demoPlannedHours[m],
      })),
    );
    if (entries.length > 0) {
      await tx.insert(hoursEntry).values(
        entries.map((e) => ({
          providerId: provider.id,
          personId: idOf.get(e.member)!,
          workedOn: e.workedOn,
          hours: e.hours,
          activity: e.activity,
          note: e.note,
        })),
      );
    }
  });
}
