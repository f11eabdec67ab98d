/**
 * Demo data: a small regional catalogue (the seed's themes: working-life and entrepreneurship skills,
 * knowing the local businesses), kept by the first provider, with badges a company of the demo region
 * assesses and badges the provider's teachers assess. Idempotent: it adds nothing when a badge exists.
 */
import { core } from "@polku/plugin-sdk/db";
import { eq, inArray } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { badgeClass, badgeVersion, creditRule } from "./db/schema.ts";
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
  const ids: Record<string, string> = {};
  for (const badge of demoBadges({ company: company.id, care: care.id })) {
    const [created] = await db
      .insert(badgeClass)
      .values({ slug: badge.slug, keptBy: provider.id, currentVersion: badge.versions.length })
      .returning({ id: badgeClass.id });
    ids[badge.slug] = created!.id;
    await db.insert(badgeVersion).values(
      badge.versions.map((v, i) => ({
        ...v,
        badgeClassId: created!.id,
        version: i + 1,
        createdBy: keeper?.id ?? null,
      })),
    );
  }
  await seedHigherEducation(db, ids);
}

/**
 * A university of applied sciences of the region with its contact (`korkeakoulu`, the demo password,
 * taken from an existing demo account's hash) and two rules: credits for two badges together, and a
 * route to a direct study place.
 */
async function seedHigherEducation(db: PluginSeedContext["db"], ids: Record<string, string>) {
  const [template] = await db
    .select({ hash: core.person.passwordHash })
    .from(core.person)
    .where(eq(core.person.username, "kumppani"));
  const [institution] = await db
    .insert(core.organisation)
    .values({ kind: "higher_education", name: "Pohjanmaan ammattikorkeakoulu", municipality: "Kokkola" })
    .returning({ id: core.organisation.id });
  if (template) {
    const [contact] = await db
      .insert(core.person)
      .values({
        username: "korkeakoulu",
        passwordHash: template.hash,
        firstName: "Kaarina",
        lastName: "Korkeakoulu",
      })
      .onConflictDoNothing()
      .returning({ id: core.person.id });
    if (contact) {
      await db
        .insert(core.membership)
        .values({ personId: contact.id, organisationId: institution!.id, role: "partner_contact" });
    }
  }
  const customer = ids["asiakaspalvelu-yrityksessa"];
  const entrepreneur = ids["yrittajamainen-asenne"];
  const local = ids["paikallinen-elinkeinoelama"];
  if (!customer || !entrepreneur || !local) return;
  await db.insert(creditRule).values([
    {
      institutionId: institution!.id,
      badgeClassIds: [customer, entrepreneur],
      kind: "credits",
      credits: 5,
      description: {
        fi: "Hyväksiluetaan 5 op liiketalouden vapaasti valittavia opintoja.",
        sv: "Tillgodoräknas som 5 sp valfria studier i företagsekonomi.",
        en: "Recognised as 5 credits of elective business studies.",
      },
    },
    {
      institutionId: institution!.id,
      badgeClassIds: [customer, entrepreneur, local],
      kind: "study_place",
      credits: null,
      description: {
        fi: "Suora opiskelupaikka liiketalouden tradenomikoulutukseen (avoimen väylän kautta).",
        sv: "Direkt studieplats i tradenomutbildningen i företagsekonomi (via den öppna vägen).",
        en: "A direct study place in the Bachelor of Business Administration (through the open route).",
      },
    },
  ]);
}
