/**
 * Seed 000 through the API and, for the company's access, through SQL as the application role: the
 * service agreement a handover refers to, the packet holding only what the consent covers, a work trial
 * opening the coachee to the company through its own `work-trial` grant (and nothing more), the
 * company's feedback, and an outcome with its evidence under the two-month rule.
 */
import { countsAsPlaced } from "@polku/domain";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  type ActorScope,
  codeOf,
  inScope,
  loginAs,
  rowsOf,
  startTestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";

/** The SQLSTATE a statement failed with, or "succeeded". */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

describe.each(testDatabases())("service agreement, packet and work trials (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let companyScope: ActorScope;
  let companyId = "";
  let otherCompanyId = "";
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
    const [contact] = rowsOf<{ person_id: string; organisation_id: string }>(
      await api.db.execute(sql`select m.person_id, m.organisation_id from membership m
        join person p on p.id = m.person_id where p.username = 'yritys' and m.role = 'company_contact'`),
    );
    companyId = contact!.organisation_id;
    companyScope = {
      providerId: null,
      organisationId: companyId,
      personId: contact!.person_id,
      role: "company_contact",
    };
    const [other] = rowsOf<{ id: string }>(
      await api.db.execute(
        sql`select id from organisation where kind = 'company' and id <> ${companyId}::uuid order by name limit 1`,
      ),
    );
    otherCompanyId = other!.id;
  });
  afterAll(() => api?.close());

  /** The company's view in SQL, as the application role under its session's scope. */
  const asCompany = <T>(work: (tx: typeof api.db) => Promise<T>) => inScope(api.db, companyScope, work);

  it("lets only the provider's manager make a service agreement; the workshop party to it reads it", async () => {
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<HandoverRouter>(id);
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    const agreement = {
      workshopId: workshop!.id,
      title: "Kevään 2027 jatkopolutus",
      services: ["competence-mapping", "job-placement"] as const,
      weeksPerCoachee: 12,
      resources: "Yksi työhönvalmentaja, 10 paikkaa.",
      validFrom: "2027-01-01",
      validUntil: "2027-06-30",
    };
    expect(
      await codeOf(tutor.agreements.create.mutate({ ...agreement, services: [...agreement.services] })),
    ).toBe("FORBIDDEN");
    const bad = await manager.agreements.create
      .mutate({ ...agreement, services: [...agreement.services], validUntil: "2026-12-31" })
      .catch((e) => e);
    expect(bad.message).toContain("validUntil");
    const { id: agreementId } = await manager.agreements.create.mutate({
      ...agreement,
      services: [...agreement.services],
    });
    const seen = await coach.agreements.list.query({});
    expect(seen.find((a) => a.id === agreementId)).toMatchObject({
      title: "Kevään 2027 jatkopolutus",
      services: ["competence-mapping", "job-placement"],
      weeksPerCoachee: 12,
    });
    // Not yet in force: a handover cannot refer to it today.
    expect((await tutor.agreements.list.query({ inForce: true })).map((a) => a.id)).not.toContain(
      agreementId,
    );
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const refused = await tutor.create
      .mutate({
        studentId: graduate.id,
        workshopId: workshop!.id,
        situation: "no_job",
        consentGivenBy: "student",
        agreementId,
        consentCovers: [],
      })
      .catch((e) => e);
    expect(refused.data.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("agreementId");
  });

  it("stores and shows only the packet parts the consent covers", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job_no_study",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["career_goals"],
      careerGoals: "Kokin työ lounasravintolassa.",
      supportThatWorked: "Tämä ei kuulu suostumukseen.",
      note: "Eikä tämä.",
    });
    const shown = await coach.get.query({ handoverId });
    expect(shown.consentCovers).toEqual(["career_goals"]);
    expect(shown).toMatchObject({
      careerGoals: "Kokin työ lounasravintolassa.",
      supportThatWorked: null,
      note: null,
      competence: null,
    });
    expect(shown.agreement).toMatchObject({ id: agreement!.id, title: agreement!.title });
    // Not written down at all: what the consent did not cover never reached the database.
    const [stored] = rowsOf<{ support_that_worked: string | null; note: string | null }>(
      await api.db.execute(
        sql`select support_that_worked, note from esedu_workshop_handover.handover where id = ${handoverId}::uuid`,
      ),
    );
    expect(stored).toEqual({ support_that_worked: null, note: null });
    // The consent does not cover work trials: no company may be opened to the coachee.
    expect(
      await codeOf(
        coach.trials.record.mutate({
          handoverId,
          companyId,
          startsOn: "2026-12-01",
          endsOn: "2026-12-20",
          goals: "Keittiötyöt",
        }),
      ),
    ).toBe("FORBIDDEN");
    // Nor does SQL get past it: the definer function checks the consent's coverage itself.
    const [coachRow] = rowsOf<{ person_id: string; organisation_id: string }>(
      await api.db.execute(sql`select m.person_id, m.organisation_id from membership m
        join person p on p.id = m.person_id where p.username = 'valmentaja'`),
    );
    const coachScope = {
      providerId: null,
      organisationId: coachRow!.organisation_id,
      personId: coachRow!.person_id,
      role: "workshop_coach",
    };
    expect(
      await failure(
        inScope(api.db, coachScope, (tx) =>
          tx.execute(sql`select esedu_workshop_handover.open_trial_grant(${graduate.providerId}::uuid,
            ${handoverId}::uuid, ${companyId}::uuid, '2026-12-20'::date)`),
        ),
      ),
    ).toBe("42501");
    // A part outside the consent cannot be stored, whoever writes the row.
    expect(
      await failure(
        api.db.execute(
          sql`update esedu_workshop_handover.handover set note = 'x' where id = ${handoverId}::uuid`,
        ),
      ),
    ).toBe("23514");
    await tutor.withdrawConsent.mutate({ handoverId });
  });

  it("opens the coachee to the trial company only through the trial's grant, and only what the trial needs", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const companySession = await loginAs(api.url, "yritys");
    const company = companySession.plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["career_goals", "support", "work_trial"],
      careerGoals: "Rakennusalan työ",
      supportThatWorked: "Selkeät ohjeet",
    });
    // Before the trial the company sees nothing of the graduate.
    expect((await companySession.trpc.students.list.query({})).map((s) => s.id)).not.toContain(graduate.id);
    expect(await codeOf(company.list.query({}))).toBe("FORBIDDEN");

    const today = new Date().toISOString().slice(0, 10);
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { id: trialId, grantId } = await coach.trials.record.mutate({
      handoverId,
      companyId,
      startsOn: today,
      endsOn: inAMonth,
      goals: "Perustyöt työmaalla, työturvallisuus",
    });
    const [grant] = rowsOf<{ scope: string; consent_given_by: string; last_day: string }>(
      await api.db.execute(sql`select scope, consent_given_by,
        to_char((valid_until at time zone 'Europe/Helsinki') - interval '1 day', 'YYYY-MM-DD') as last_day
        from access_grant where id = ${grantId}::uuid`),
    );
    expect(grant).toEqual({ scope: "work-trial", consent_given_by: "student", last_day: inAMonth });

    const trials = await company.trials.forCompany.query();
    const mine = trials.find((t) => t.id === trialId)!;
    expect(mine).toMatchObject({
      firstName: graduate.firstName,
      goals: "Perustyöt työmaalla, työturvallisuus",
    });
    // Only what the trial needs: nothing of the packet, the situation or the HOKS.
    expect(Object.keys(mine)).not.toEqual(expect.arrayContaining(["careerGoals"]));
    expect(JSON.stringify(trials)).not.toContain("Selkeät ohjeet");
    expect(await codeOf(company.get.query({ handoverId }))).toBe("FORBIDDEN");
    const pathway = await companySession.trpc.pathway.get.query({ studentId: graduate.id }).catch(() => null);
    expect(pathway?.steps ?? []).toEqual([]);

    // Empty feedback is refused at its field (the form shows it there), in Finnish for a Finnish user.
    const empty = await company.trials.giveFeedback.mutate({ trialId, feedback: "", wouldHire: false }).then(
      () => "succeeded",
      (error: Error) => error.message,
    );
    expect(empty).toMatch(/(^|: )feedback: /);
    await company.trials.giveFeedback.mutate({
      trialId,
      feedback: "Oppii nopeasti, täsmällinen.",
      wouldHire: true,
    });
    const detail = await coach.get.query({ handoverId });
    expect(detail.trials).toEqual([
      expect.objectContaining({ id: trialId, feedback: "Oppii nopeasti, täsmällinen.", wouldHire: true }),
    ]);

    // In SQL as the application role, under the company's scope: its trials only, and only feedback.
    await asCompany(async (tx) => {
      const rows = rowsOf<{ id: string; company_id: string }>(
        await tx.execute(sql`select id, company_id from esedu_workshop_handover.work_trial`),
      );
      expect(rows.map((r) => r.id)).toContain(trialId);
      expect(rows.every((r) => r.company_id === companyId)).toBe(true);
      expect(rowsOf(await tx.execute(sql`select 1 from esedu_workshop_handover.handover`))).toEqual([]);
      expect(
        rowsOf(
          await tx.execute(sql`select 1 from pathway_step where student_id = ${graduate.id}::uuid
            union all select 1 from outcome where student_id = ${graduate.id}::uuid
            union all select 1 from esedu_workshop_handover.outcome_evidence`),
        ),
      ).toEqual([]);
    });
    for (const change of [
      sql`update esedu_workshop_handover.work_trial set status = 'ended' where id = ${trialId}::uuid`,
      sql`update esedu_workshop_handover.work_trial set goals = 'x' where id = ${trialId}::uuid`,
      sql`insert into access_grant (provider_id, student_id, grantee_organisation_id, scope, consent_given_by)
          values (${graduate.providerId}::uuid, ${graduate.id}::uuid, ${companyId}::uuid, 'handover', 'student')`,
      sql`select esedu_workshop_handover.open_trial_grant(${graduate.providerId}::uuid, ${handoverId}::uuid,
          ${companyId}::uuid, '2027-01-01'::date)`,
    ]) {
      expect(await failure(asCompany((tx) => tx.execute(change)))).toBe("42501");
    }
    // Another company's feedback on this trial changes nothing.
    const otherScope = { ...companyScope, organisationId: otherCompanyId };
    const touched = await inScope(api.db, otherScope, async (tx) =>
      rowsOf(
        await tx.execute(sql`update esedu_workshop_handover.work_trial set feedback = 'x', feedback_by = ${companyScope.personId}::uuid
          where id = ${trialId}::uuid returning 1`),
      ),
    );
    expect(touched).toEqual([]);

    // The trial ends: so does the company's access, in that transaction, and its step on the pathway.
    await coach.trials.end.mutate({ trialId });
    expect(
      rowsOf<{ status: string }>(
        await api.db.execute(sql`select s.status from pathway_step s
          join esedu_workshop_handover.work_trial t on t.provider_id = s.provider_id and t.step_id = s.id
          where t.id = ${trialId}::uuid`),
      ).map((r) => r.status),
    ).toEqual(["done"]);
    expect((await company.trials.forCompany.query()).map((t) => t.id)).not.toContain(trialId);
    expect(
      await codeOf(company.trials.giveFeedback.mutate({ trialId, feedback: "x", wouldHire: false })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(companySession.trpc.students.get.query({ studentId: graduate.id }))).toBe(
      "NOT_FOUND",
    );
    await asCompany(async (tx) => {
      expect(
        rowsOf(
          await tx.execute(sql`select 1 from esedu_workshop_handover.work_trial where id = ${trialId}::uuid`),
        ),
      ).toEqual([]);
      expect(rowsOf(await tx.execute(sql`select 1 from student where id = ${graduate.id}::uuid`))).toEqual(
        [],
      );
    });
    await tutor.withdrawConsent.mutate({ handoverId });
  });

  it("ends the trial company's access when the consent is withdrawn", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const company = (await loginAs(api.url, "yritys")).plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["work_trial"],
    });
    const { id: trialId } = await coach.trials.record.mutate({
      handoverId,
      companyId,
      startsOn: "2026-11-01",
      endsOn: "2027-01-31",
      goals: "Varastotyöt",
    });
    expect((await company.trials.forCompany.query()).map((t) => t.id)).toContain(trialId);
    await tutor.withdrawConsent.mutate({ handoverId });
    expect((await company.trials.forCompany.query()).map((t) => t.id)).not.toContain(trialId);
  });

  it("records an outcome with its evidence; a job counts from two months, and the handover ends then", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: [],
    });
    const noMonths = await coach.recordOutcome
      .mutate({ handoverId, kind: "employed", occurredOn: "2026-11-02", evidence: "employment_contract" })
      .catch((e) => e);
    expect(noMonths.message).toContain("employmentMonths");
    const first = await coach.recordOutcome.mutate({
      handoverId,
      kind: "employed",
      occurredOn: "2026-11-02",
      employmentMonths: 1,
      evidence: "employment_contract",
      evidenceNote: "Toistaiseksi voimassa oleva sopimus",
    });
    expect(first.ended).toBe(false);
    const pending = await coach.get.query({ handoverId });
    expect(pending.status).toBe("active");
    expect(pending.outcomes[0]).toMatchObject({ lastedTwoMonths: false, evidence: "employment_contract" });
    const second = await coach.recordOutcome.mutate({
      handoverId,
      kind: "employed",
      occurredOn: "2026-11-02",
      employmentMonths: 2,
      evidence: "employer_confirmation",
    });
    expect(second.ended).toBe(true);
    const done = await tutor.get.query({ handoverId });
    expect(done.status).toBe("ended");
    const lasted = done.outcomes.find((o) => o.id === second.id)!;
    expect(lasted).toMatchObject({
      lastedTwoMonths: true,
      evidence: "employer_confirmation",
      recordedByOrganisation: "Nuorten työpaja Verstas",
    });
    // The core's outcome row, which the funding statements read (polku.funding_graduates), counts.
    const [row] = rowsOf<{ kind: string; employment_months: number; recorded_by: string | null }>(
      await api.db.execute(
        sql`select kind, employment_months, recorded_by from outcome where id = ${second.id}::uuid`,
      ),
    );
    expect(row!.recorded_by).not.toBeNull();
    expect(countsAsPlaced({ kind: "employed", employmentMonths: row!.employment_months })).toBe(true);
    expect(await codeOf(coach.get.query({ handoverId }))).toBe("NOT_FOUND");
    // The path is over for the workshop, but its results still count it: counts only, per half-year.
    const results = await coach.results.byPeriod.query();
    const half = results.find((r) => r.period === "2026/2")!;
    expect(half.employed).toBeGreaterThanOrEqual(2);
    expect(half.counted).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(results)).not.toContain(graduate.lastName);
  });

  it("holds the coachee against companies' open needs and records a placement proposal for one", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const companySession = await loginAs(api.url, "yritys");
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const [code] = rowsOf<{ qualification_code: string }>(
      await api.db.execute(sql`select qualification_code from student where id = ${graduate.id}::uuid`),
    );
    const { id: needId } = await companySession.trpc.competenceNeeds.state.mutate({
      field: "Oman alan työ",
      qualificationCode: code!.qualification_code,
      descriptionFi: "Yksi työntekijä heti",
      headcount: 1,
    });
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: [],
    });
    const needs = await coach.placement.needs.query({ handoverId });
    expect(needs[0]).toMatchObject({ matchesQualification: true });
    expect(needs.find((n) => n.id === needId)).toMatchObject({
      matchesQualification: true,
      organisationName: "Savon Rakennuspalvelu Oy",
    });
    await coach.placement.propose.mutate({ handoverId, needId });
    const pathway = await tutorSession.trpc.pathway.get.query({ studentId: graduate.id });
    expect(pathway.steps.find((s) => s.kind === "job-placement")?.note).toContain(
      "Savon Rakennuspalvelu Oy: Oman alan työ",
    );
    await companySession.trpc.competenceNeeds.close.mutate({ needId });
    expect(await codeOf(coach.placement.propose.mutate({ handoverId, needId }))).toBe("NOT_FOUND");
    await tutor.withdrawConsent.mutate({ handoverId });
  });
});
