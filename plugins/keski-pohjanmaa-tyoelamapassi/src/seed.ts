/**
 * Demo data: a small regional catalogue (the seed's themes: working-life and entrepreneurship skills,
 * knowing the local businesses), kept by the first provider, with badges a company of the demo region
 * assesses and badges the provider's teachers assess. Idempotent: it adds nothing when a badge exists.
 */
import { core } from "@polku/plugin-sdk/db";
import { eq, inArray } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { badgeClass, badgeVersion } from "./db/schema.ts";
import { demoBadges } from "./seed-badges.ts";

export async function seedDemo({ db }: PluginSeedContext): Promise<void> {
  const [any] = await db.select({ id: badgeClass.id }).from(badgeClass).limit(1);
  if (any) return;
  const orgs = await db
    .select({ id: core.organisation.id, name: core.organisation.name, kind: core.organisation.kind })
    .from(core.organisation)
    .where(inArray(core.organisation.kind, ["provider", "company"]));
  const provider = orgs.find((o) => o.kind === "provider" && o.name.startsWith("Järvilaakson"));
  const company = orgs.find((o) => o.name === "Savon Rakennuspalvelu Oy");
  const care = orgs.find((o) => o.name === "Kotikulman Hoiva Oy");
  if (!provider || !company || !care) return;
  const [keeper] = await db
    .select({ id: core.person.id })
    .from(core.person)
    .where(eq(core.person.username, "opettaja"));
  for (const badge of demoBadges({ company: company.id, care: care.id })) {
    const [created] = await db
      .insert(badgeClass)
      .values({ slug: badge.slug, keptBy: provider.id, currentVersion: badge.versions.length })
      .returning({ id: badgeClass.id });
    await db.insert(badgeVersion).values(
      badge.versions.map((v, i) => ({
        ...v,
        badgeClassId: created!.id,
        version: i + 1,
        createdBy: keeper?.id ?? null,
      })),
    );
  }
}
