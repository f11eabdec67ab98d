import { core } from "@polku/plugin-sdk/db";
import { and, asc, count, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { learner, learnerConsent, openItem, partnerStep, training, trainingPartner } from "./db/schema.ts";
import { demoLearners } from "./seed-data.ts";

/**
 * Demo data, once: two trainings of the tutor omaohjaaja's provider with the demo partner (Mikkelin
 * nuorisopalvelut, the partner contact kumppani's organisation). "Arjen raha-asiat" ended seven weeks
 * ago and is closed (its follow-up feedback is due: the scheduled job asks for it), "Digiarki" is
 * running. Half the learners agreed to share with the partner.
 */
export async function seedDemo({ db }: PluginSeedContext): Promise<void> {
  const [any] = await db.select({ id: training.id }).from(training).limit(1);
  if (any) return;
  const [provider] = await db
    .select({ id: core.student.providerId })
    .from(core.student)
    .groupBy(core.student.providerId)
    .orderBy(desc(count()))
    .limit(1);
  const [partner] = await db
    .select({ id: core.organisation.id })
    .from(core.organisation)
    .where(eq(core.organisation.kind, "partner"))
    .orderBy(asc(core.organisation.name))
    .limit(1);
  const [trainer] = await db
    .select({ id: core.person.id })
    .from(core.person)
    .where(eq(core.person.username, "omaohjaaja"));
  if (!provider || !partner) return;
  const adults = await db
    .select({ id: core.student.id })
    .from(core.student)
    .where(
      and(
        eq(core.student.providerId, provider.id),
        sql`${core.student.birthDate} <= current_date - interval '18 years'`,
      ),
    )
    .orderBy(desc(core.student.lastName), desc(core.student.firstName))
    .limit(demoLearners.length);
  // The host registers the manifest's scopes at start-up; a database seeded without it (the host's own
  // scheduler tests) needs it before the demo's grants. Idempotent either way.
  await db.execute(sql`insert into polku.grant_scope (name, registered_by) values ('training-partner', 'kaikkien-jatkopolku')
    on conflict do nothing`);
  const day = (days: number) => sql`(now() at time zone 'Europe/Helsinki')::date + ${days}::int`;
  await db.transaction(async (tx) => {
    const trainings = [
      { name: "Arjen raha-asiat", theme: "money", startsOn: day(-77), endsOn: day(-49), closed: true },
      { name: "Digiarki", theme: "digital", startsOn: day(-14), endsOn: day(14), closed: false },
    ] as const;
    for (const [index, t] of trainings.entries()) {
      const [created] = await tx
        .insert(training)
        .values({
          providerId: provider.id,
          name: t.name,
          theme: t.theme,
          startsOn: t.startsOn as unknown as string,
          endsOn: t.endsOn as unknown as string,
          followUpWeeks: 6,
          trainerPersonId: trainer?.id,
          closedAt: t.closed ? sql`now() - interval '49 days'` : null,
        })
        .returning({ id: training.id });
      const [tp] = await tx
        .insert(trainingPartner)
        .values({
          providerId: provider.id,
          trainingId: created!.id,
          organisationId: partner.id,
          roles: ["expertise", "after_care"],
        })
        .returning({ id: trainingPartner.id });
      const steps = t.closed
        ? (["kickoff", "agreement", "marketing", "involvement", "reward", "closing"] as const)
        : (["kickoff", "agreement"] as const);
      await tx.insert(partnerStep).values(
        steps.map((kind, i) => ({
          providerId: provider.id,
          trainingPartnerId: tp!.id,
          kind,
          doneOn: day((t.closed ? -90 : -30) + i * 10) as unknown as string,
          note: demoStepNotes[kind],
        })),
      );
      const group = adults.slice(index * 4, index * 4 + 4);
      for (const [i, student] of group.entries()) {
        const data = demoLearners[index * 4 + i]!;
        const [l] = await tx
          .insert(learner)
          .values({ providerId: provider.id, trainingId: created!.id, studentId: student.id, ...data.goal })
          .returning({ id: learner.id });
        await tx.insert(openItem).values(
          data.items.map((text, k) => ({
            providerId: provider.id,
            learnerId: l!.id,
            text,
            status: k === 0 ? "resolved" : t.closed ? "carried" : "open",
          })),
        );
        if (i % 2 === 0) {
          const [grant] = await tx
            .insert(core.accessGrant)
            .values({
              providerId: provider.id,
              studentId: student.id,
              granteeOrganisationId: partner.id,
              scope: "training-partner",
              consentGivenBy: "student",
              validUntil: sql`now() + interval '12 months'`,
            })
            .returning({ id: core.accessGrant.id });
          await tx.insert(learnerConsent).values({
            providerId: provider.id,
            learnerId: l!.id,
            trainingPartnerId: tp!.id,
            grantId: grant!.id,
            shareGoal: true,
            shareContinuation: i === 0,
          });
        }
      }
    }
  });
}

const demoStepNotes = {
  kickoff:
    "Hyödyt kumppanille: tavoittaa asiakkaita, joita se ei muuten tavoita; oppijoille neuvonta lähellä.",
  agreement:
    "Roolit: asiantuntija kahdelle kerralle, jatkoneuvonta koulutuksen jälkeen. Resurssit: neuvoja 6 h.",
  marketing: "Kutsu jaettu kumppanin uutiskirjeessä ja asukastilan ilmoitustaululla.",
  involvement: "Kumppanin neuvoja mukana kolmannella ja viidennellä kerralla.",
  reward: "Kiitos ja logo kansalaisopiston tiedotteessa; kolme uutta asiakasta neuvontaan.",
  closing: "Loppupalaveri: palaute kumppanille oppijoiden palvelutarpeista, seuraava koulutus syksyllä.",
} as const;
