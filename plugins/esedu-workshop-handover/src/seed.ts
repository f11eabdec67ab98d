import { core } from "@polku/plugin-sdk/db";
import { and, asc, count, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { handover, serviceAgreement, workTrial } from "./db/schema.ts";

/**
 * Demo data: the first provider's service agreement with the demo workshop, and one graduate already
 * handed over under it (on a consent covering the whole packet and work trials), with a competence
 * mapping done and a work trial going on at the first company (Savon Rakennuspalvelu Oy, the demo user
 * `yritys`), so the coach and the company contact each have someone to work with. Runs once.
 */
export async function seedDemo({ db }: PluginSeedContext): Promise<void> {
  await seedCompetenceNeeds(db);
  const [any] = await db.select({ id: handover.id }).from(handover).limit(1);
  if (any) return;
  const [workshop] = await db
    .select({ id: core.organisation.id })
    .from(core.organisation)
    .where(eq(core.organisation.kind, "workshop"))
    .orderBy(asc(core.organisation.name))
    .limit(1);
  // The demo's largest provider (the one of the tutor omaohjaaja), so the tutor and the coach share a case.
  const [provider] = await db
    .select({ id: core.student.providerId })
    .from(core.student)
    .groupBy(core.student.providerId)
    .orderBy(desc(count()))
    .limit(1);
  if (!workshop || !provider) return;
  const [graduate] = await db
    .select({ id: core.student.id, providerId: core.student.providerId })
    .from(core.student)
    .where(
      and(
        eq(core.student.providerId, provider.id),
        eq(core.student.phase, "graduation"),
        sql`${core.student.birthDate} <= current_date - interval '18 years'`,
      ),
    )
    .orderBy(asc(core.student.lastName), asc(core.student.firstName))
    .limit(1);
  if (!graduate) return;
  const [company] = await db
    .select({ id: core.organisation.id })
    .from(core.organisation)
    .where(eq(core.organisation.kind, "company"))
    .orderBy(asc(core.organisation.createdAt), asc(core.organisation.name))
    .limit(1);
  const [companyByName] = await db
    .select({ id: core.organisation.id })
    .from(core.organisation)
    .where(eq(core.organisation.name, "Savon Rakennuspalvelu Oy"))
    .limit(1);
  const trialCompany = companyByName ?? company;
  // The host registers the manifest's scopes at start-up; a database seeded without it (the host's own
  // scheduler tests) needs the work-trial scope before the demo's trial grant. Idempotent either way.
  await db.execute(sql`insert into polku.grant_scope (name, registered_by)
    values ('work-trial', 'esedu-workshop-handover') on conflict do nothing`);
  await db.transaction(async (tx) => {
    const [agreement] = await tx
      .insert(serviceAgreement)
      .values({
        providerId: graduate.providerId,
        workshopId: workshop.id,
        title: "Valmistuvien jatkopolutus 2026–2027",
        services: [
          "competence-mapping",
          "work-trial",
          "wage-subsidised-work",
          "job-placement",
          "company-networks",
        ],
        weeksPerCoachee: 26,
        resources:
          "Kaksi työhönvalmentajaa (yht. 1,5 htv), 20 valmennuspaikkaa, yritysverkoston tapaamiset kerran kuukaudessa.",
        validFrom: sql`date_trunc('year', current_date)::date`,
        validUntil: sql`(date_trunc('year', current_date) + interval '2 years' - interval '1 day')::date`,
      })
      .returning({ id: serviceAgreement.id });
    const [grant] = await tx
      .insert(core.accessGrant)
      .values({
        providerId: graduate.providerId,
        studentId: graduate.id,
        granteeOrganisationId: workshop.id,
        scope: "handover",
        consentGivenBy: "student",
        validUntil: sql`now() + interval '12 months'`,
      })
      .returning({ id: core.accessGrant.id });
    const [handed] = await tx
      .insert(handover)
      .values({
        providerId: graduate.providerId,
        studentId: graduate.id,
        workshopId: workshop.id,
        grantId: grant!.id,
        situation: "no_job_no_study",
        agreementId: agreement!.id,
        consentCovers: ["competence", "career_goals", "support", "tutor_notes", "work_trial"],
        competence: [],
        careerGoals: "Töihin rakennusalalle Mikkelin seudulle, myöhemmin työnjohtajaksi.",
        supportThatWorked:
          "Lyhyet, selkeät ohjeet kirjallisena ja viikoittainen tapaaminen omaohjaajan kanssa.",
        note: "Motivoitunut käytännön töihin; tarvitsee tukea työnhakuun ja ajanhallintaan.",
      })
      .returning({ id: handover.id });
    await tx.insert(core.pathwayStep).values([
      {
        providerId: graduate.providerId,
        studentId: graduate.id,
        kind: "handover",
        phase: "continuation",
        status: "done",
      },
      {
        providerId: graduate.providerId,
        studentId: graduate.id,
        kind: "competence-mapping",
        phase: "continuation",
        status: "done",
        organisationId: workshop.id,
      },
    ]);
    if (trialCompany) {
      // The trial company's own grant, on the same consent, ending with the trial.
      const [trialGrant] = await tx
        .insert(core.accessGrant)
        .values({
          providerId: graduate.providerId,
          studentId: graduate.id,
          granteeOrganisationId: trialCompany.id,
          scope: "work-trial",
          consentGivenBy: "student",
          validUntil: sql`((current_date + 43)::timestamp at time zone 'Europe/Helsinki')`,
        })
        .returning({ id: core.accessGrant.id });
      const [step] = await tx
        .insert(core.pathwayStep)
        .values({
          providerId: graduate.providerId,
          studentId: graduate.id,
          kind: "work-trial",
          phase: "continuation",
          status: "in_progress",
          organisationId: workshop.id,
          startsOn: sql`current_date - 14`,
          endsOn: sql`current_date + 42`,
          note: "Savon Rakennuspalvelu Oy",
        })
        .returning({ id: core.pathwayStep.id });
      await tx.insert(workTrial).values({
        providerId: graduate.providerId,
        handoverId: handed!.id,
        studentId: graduate.id,
        workshopId: workshop.id,
        companyId: trialCompany.id,
        grantId: trialGrant!.id,
        stepId: step!.id,
        startsOn: sql`current_date - 14`,
        endsOn: sql`current_date + 42`,
        goals:
          "Tutustuminen rakennustyömaan arkeen, työturvallisuus ja perustyöt kokeneen työntekijän parina.",
      });
    }
    await tx
      .update(core.student)
      .set({ phase: "continuation" })
      .where(and(eq(core.student.providerId, graduate.providerId), eq(core.student.id, graduate.id)));
  });
}

/**
 * The demo companies' competence needs (the core's table, which companies fill in the partner portal),
 * so a coach can hold coachees against them: one per company, the first for the qualification the
 * provider's graduates most often have. Runs once.
 */
async function seedCompetenceNeeds(db: PluginSeedContext["db"]): Promise<void> {
  const need = core.companyCompetenceNeed;
  const [any] = await db.select({ id: need.id }).from(need).limit(1);
  if (any) return;
  const companies = await db
    .select({ id: core.organisation.id, name: core.organisation.name })
    .from(core.organisation)
    .where(eq(core.organisation.kind, "company"))
    .orderBy(asc(core.organisation.name));
  const [common] = await db
    .select({ code: core.student.qualificationCode, name: core.student.qualificationName })
    .from(core.student)
    .where(eq(core.student.phase, "graduation"))
    .groupBy(core.student.qualificationCode, core.student.qualificationName)
    .orderBy(desc(count()))
    .limit(1);
  // Each demo company's need in its own words; the first listed is for the common qualification.
  const words: Record<string, string> = {
    "Savon Rakennuspalvelu Oy":
      "Kaksi työntekijää kevään työmaille; perehdytys ja työturvallisuuskortti järjestetään.",
    "Kotikulman Hoiva Oy": "Hoiva-avustaja iltavuoroihin, mahdollisuus oppisopimukseen.",
    "Saimaan Konepaja Oy": "Koneistaja tai kokoonpanija, aluksi työkokeilu tai palkkatuettu työ.",
  };
  if (companies.length === 0) return;
  await db.insert(need).values(
    companies.map((c, i) => ({
      organisationId: c.id,
      field: i === 0 && common?.name ? common.name : c.name.replace(/ Oy$/, ""),
      qualificationCode: i === 0 ? (common?.code ?? null) : null,
      descriptionFi: words[c.name] ?? "Työntekijä, aluksi työkokeilu.",
      headcount: i === 0 ? 2 : 1,
    })),
  );
}
