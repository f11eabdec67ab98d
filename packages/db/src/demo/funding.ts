/**
 * The demo's funding negotiation (issue 10): the first provider's graduating adults graduate, the
 * workshop, the companies and the partner help them on (steps with hours), and where they end up is
 * recorded (employment, higher education, wage-subsidised work, or nothing yet), so a share agreement
 * has something to divide. One agreement: version 1 accepted by all and in force, and a newer version 2
 * that the provider and the workshop have accepted and the company and the partner have not.
 */

import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import {
  fundingAcceptance,
  fundingAgreement,
  fundingAgreementParty,
  fundingAgreementVersion,
  outcome,
  pathwayStep,
  student,
} from "../schema/index.ts";
import { seededRandom } from "./random.ts";
import type { DemoRegion } from "./seed.ts";

/** The demo agreement's id: fixed, so the README and the e2e tests can name its page. */
export const DEMO_AGREEMENT_ID = "5f0e6b1c-2a3d-4e5f-8a9b-0c1d2e3f4a5b";

const pad = (n: number) => String(n).padStart(2, "0");

/** The year whose graduates have had time to be placed: this year once its August has begun. */
export const demoGraduationYear = (today: string) => {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 8 ? year : year - 1;
};

export async function seedDemoFunding(db: Database, region: DemoRegion, today: string): Promise<void> {
  const r = seededRandom(2010);
  const provider = region.providers[0]!;
  const year = demoGraduationYear(today);
  const graduatedOn = `${year}-05-31`;
  const cohort = region.students.filter(
    (s) => s.providerId === provider.id && s.phase === "graduation" && !s.minor,
  );
  if (cohort.length === 0) return;
  // Asked at the start of their studies: every eighth adult was in work the year before, and so does not
  // count in the placement criterion; the others were not.
  const employedBefore = cohort.filter((_, i) => i % 8 === 3).map((s) => s.id);
  await db
    .update(student)
    .set({
      studyRightState: "valmistunut",
      expectedGraduation: graduatedOn,
      employedBeforeTraining:
        employedBefore.length > 0 ? sql`(${inArray(student.id, employedBefore)})` : false,
    })
    .where(
      and(
        eq(student.providerId, provider.id),
        inArray(
          student.id,
          cohort.map((s) => s.id),
        ),
      ),
    );
  const steps: Array<typeof pathwayStep.$inferInsert> = [];
  const outcomes: Array<typeof outcome.$inferInsert> = [];
  const step = (studentId: string, kind: string, organisationId: string, month: number, hours: number) =>
    steps.push({
      providerId: provider.id,
      studentId,
      kind,
      phase: "continuation",
      status: "done",
      organisationId,
      startsOn: `${year}-${pad(month)}-${pad(r.int(1, 28))}`,
      details: { hours },
    });
  for (const s of cohort) {
    const company = r.pick(region.companyIds);
    // Most of the cohort goes through the workshop; some also through the partner's youth services.
    if (r.next() < 0.65) {
      step(s.id, "handover", region.workshopId, 6, 2);
      step(s.id, "coaching-session", region.workshopId, 6, r.int(10, 40));
    }
    if (r.next() < 0.35) step(s.id, "follow-up", region.partnerId, 6, r.int(4, 16));
    if (r.next() < 0.5) step(s.id, "workplace-period", company, 7, r.int(40, 120));
    const roll = r.next();
    const on = `${year}-${pad(r.int(8, 10))}-01`;
    if (roll < 0.6)
      outcomes.push({
        providerId: provider.id,
        studentId: s.id,
        kind: r.next() < 0.1 ? "entrepreneur" : "employed",
        occurredOn: on,
        employmentMonths: r.int(2, 9),
        organisationId: company,
      });
    else if (roll < 0.72)
      outcomes.push({ providerId: provider.id, studentId: s.id, kind: "higher_education", occurredOn: on });
    else if (roll < 0.82)
      outcomes.push({
        providerId: provider.id,
        studentId: s.id,
        kind: "wage_subsidised_work",
        occurredOn: on,
        employmentMonths: r.int(3, 6),
      });
  }
  if (steps.length > 0) await db.insert(pathwayStep).values(steps);
  if (outcomes.length > 0) await db.insert(outcome).values(outcomes);
  await seedDemoAgreement(db, region, year);
}

async function seedDemoAgreement(db: Database, region: DemoRegion, year: number) {
  const provider = region.providers[0]!;
  const negotiator = region.personIds.rahoitus!;
  const [company] = region.companyIds;
  const key = { providerId: provider.id, agreementId: DEMO_AGREEMENT_ID };
  const title = "Valmistuvien jatkopolutus";
  const attribution = {
    rule: "weighted",
    measure: "hours",
    kindWeights: { "coaching-session": 1.5, "workplace-period": 1 },
  };
  const v1 = {
    id: DEMO_AGREEMENT_ID,
    version: 1,
    providerId: provider.id,
    title,
    effectiveFrom: `${year - 1}-01-01`,
    attribution,
    parties: [
      { partyId: region.workshopId, role: "workshop", name: "Nuorten työpaja Verstas", percentage: 40 },
      {
        partyId: company!,
        role: "company",
        name: "Savon Rakennuspalvelu Oy",
        percentage: 10,
        capEuros: 20000,
      },
      { partyId: region.partnerId, role: "partner", name: "Mikkelin nuorisopalvelut", percentage: 15 },
    ],
  };
  // The proposal: a larger share for the workshop and the partner, the partner's only for real contributions.
  const v2 = {
    ...v1,
    version: 2,
    effectiveFrom: `${year}-01-01`,
    parties: [
      { ...v1.parties[0]!, percentage: 50, floorEuros: 5000 },
      v1.parties[1]!,
      { ...v1.parties[2]!, percentage: 20, minContribution: 0.1 },
    ],
  };
  await db
    .insert(fundingAgreement)
    .values({ providerId: provider.id, id: DEMO_AGREEMENT_ID, title, createdBy: negotiator });
  for (const [terms, note] of [
    [v1, "Ensimmäinen sopimus: työpaja 40 %, yritys 10 % (enintään 20 000 €), kumppani 15 %."],
    [
      v2,
      "Työpajan osuus 50 % ja vähintään 5 000 €; kumppanin osuus 20 %, kun sen osuus työstä on vähintään 10 %.",
    ],
  ] as const) {
    await db.insert(fundingAgreementVersion).values({
      ...key,
      version: terms.version,
      terms,
      effectiveFrom: terms.effectiveFrom,
      note,
      proposedBy: negotiator,
    });
    await db
      .insert(fundingAgreementParty)
      .values(terms.parties.map((p) => ({ ...key, version: terms.version, organisationId: p.partyId })));
  }
  const accepted = (version: number, organisationId: string, by: string) => ({
    ...key,
    version,
    organisationId,
    acceptedBy: by,
  });
  await db
    .insert(fundingAcceptance)
    .values([
      accepted(1, provider.id, negotiator),
      accepted(1, region.workshopId, region.personIds.valmentaja!),
      accepted(1, company!, region.personIds.yritys!),
      accepted(1, region.partnerId, region.personIds.kumppani!),
      accepted(2, provider.id, negotiator),
      accepted(2, region.workshopId, region.personIds.valmentaja!),
    ]);
}
