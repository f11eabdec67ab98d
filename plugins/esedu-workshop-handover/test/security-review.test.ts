/**
 * Regression tests for the security review's findings, in SQL as the application role under the
 * workshop coach's scope (and through the public feed route): a work-trial grant reused for another
 * student, a feed outliving its person's membership, evidence and meetings tied to another student's
 * handover, and open_trial_grant's own checks of the caller's role and the agreement's services.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";

/** The SQLSTATE a statement failed with, or "succeeded". */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

type Scope = { providerId: null; organisationId: string; personId: string; role: string };

describe.each(testDatabases())("security review fixes (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let coachScope: Scope;
  let companyScope: Scope;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
    const scopeOf = async (username: string, role: string): Promise<Scope> => {
      const [row] = rowsOf<{ person_id: string; organisation_id: string }>(
        await api.db.execute(sql`select m.person_id, m.organisation_id from membership m
          join person p on p.id = m.person_id where p.username = ${username} and m.role = ${role}`),
      );
      return { providerId: null, organisationId: row!.organisation_id, personId: row!.person_id, role };
    };
    coachScope = await scopeOf("valmentaja", "workshop_coach");
    companyScope = await scopeOf("yritys", "company_contact");
  });
  afterAll(() => api?.close());

  /** Two graduates handed over to the workshop: T's consent covers work trials, S's does not. */
  async function twoHandovers() {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const [t, s] = (await tutor.candidates.query()).filter((c) => !c.minor);
    const make = (student: typeof t, covers: "work_trial"[]) =>
      tutor.create.mutate({
        studentId: student!.id,
        workshopId: agreement!.workshopId,
        situation: "no_job",
        consentGivenBy: "student",
        agreementId: agreement!.id,
        consentCovers: covers,
      });
    const trialHandover = await make(t, ["work_trial"]);
    const otherHandover = await make(s, []);
    return { tutor, agreement: agreement!, t: t!, s: s!, trialHandover, otherHandover };
  }

  it("refuses a trial row that reuses another student's work-trial grant", async () => {
    const { tutor, t, s, trialHandover, otherHandover } = await twoHandovers();
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const { grantId } = await coach.trials.record.mutate({
      handoverId: trialHandover.id,
      companyId: companyScope.organisationId,
      startsOn: "2026-12-01",
      endsOn: "2026-12-20",
      goals: "Perustyöt",
    });
    const forge = (handoverId: string, studentId: string, companyId: string) =>
      failure(
        inScope(api.db, coachScope, (tx) =>
          tx.execute(sql`insert into esedu_workshop_handover.work_trial
            (provider_id, handover_id, student_id, workshop_id, company_id, grant_id, starts_on, ends_on, goals)
            values (${s.providerId}::uuid, ${handoverId}::uuid, ${studentId}::uuid,
              ${coachScope.organisationId}::uuid, ${companyId}::uuid, ${grantId}::uuid,
              '2026-12-01', '2026-12-20', 'x')`),
        ),
      );
    // S's own handover (whose consent does not cover trials) with T's grant to the company.
    expect(await forge(otherHandover.id, s.id, companyScope.organisationId)).toBe("42501");
    // T's grant for a company it was not opened to.
    const [other] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'company'
        and id <> ${companyScope.organisationId}::uuid limit 1`),
    );
    expect(await forge(trialHandover.id, t.id, other!.id)).toBe("42501");
    // The company sees nothing of S.
    const seen = await inScope(api.db, companyScope, async (tx) =>
      rowsOf(
        await tx.execute(
          sql`select 1 from esedu_workshop_handover.work_trial where student_id = ${s.id}::uuid`,
        ),
      ),
    );
    expect(seen).toEqual([]);
    await tutor.withdrawConsent.mutate({ handoverId: trialHandover.id });
    await tutor.withdrawConsent.mutate({ handoverId: otherHandover.id });
  });

  it("ties meetings and outcome evidence to their handover's student", async () => {
    const { tutor, t, s, trialHandover, otherHandover } = await twoHandovers();
    // A meeting on S's handover naming T.
    expect(
      await failure(
        inScope(api.db, coachScope, (tx) =>
          tx.execute(sql`insert into esedu_workshop_handover.meeting
            (provider_id, handover_id, student_id, workshop_id, title, starts_at, ends_at)
            values (${t.providerId}::uuid, ${otherHandover.id}::uuid, ${t.id}::uuid,
              ${coachScope.organisationId}::uuid, 'x', now(), now() + interval '1 hour')`),
        ),
      ),
    ).toBe("42501");
    // Evidence on S's handover for T's outcome.
    const [outcome] = rowsOf<{ id: string }>(
      await api.db.execute(sql`insert into outcome (provider_id, student_id, kind, occurred_on)
        values (${t.providerId}::uuid, ${t.id}::uuid, 'employment', current_date) returning id`),
    );
    expect(
      await failure(
        inScope(api.db, coachScope, (tx) =>
          tx.execute(sql`insert into esedu_workshop_handover.outcome_evidence
            (provider_id, outcome_id, handover_id, student_id, evidence, recorded_by)
            values (${s.providerId}::uuid, ${outcome!.id}::uuid, ${otherHandover.id}::uuid, ${s.id}::uuid,
              'other', ${coachScope.personId}::uuid)`),
        ),
      ),
    ).toBe("42501");
    // The legitimate meeting, on the student's own handover, is still written.
    expect(
      await failure(
        inScope(api.db, coachScope, (tx) =>
          tx.execute(sql`insert into esedu_workshop_handover.meeting
            (provider_id, handover_id, student_id, workshop_id, title, starts_at, ends_at)
            values (${t.providerId}::uuid, ${trialHandover.id}::uuid, ${t.id}::uuid,
              ${coachScope.organisationId}::uuid, 'x', now(), now() + interval '1 hour')`),
        ),
      ),
    ).toBe("succeeded");
    await tutor.withdrawConsent.mutate({ handoverId: trialHandover.id });
    await tutor.withdrawConsent.mutate({ handoverId: otherHandover.id });
  });

  it("opens a trial grant only for a workshop coach", async () => {
    const { tutor, t, trialHandover, otherHandover } = await twoHandovers();
    const open = (scope: Scope, handoverId: string) =>
      failure(
        inScope(api.db, scope, (tx) =>
          tx.execute(sql`select esedu_workshop_handover.open_trial_grant(${t.providerId}::uuid,
            ${handoverId}::uuid, ${companyScope.organisationId}::uuid, '2026-12-20'::date)`),
        ),
      );
    expect(await open({ ...coachScope, role: "manager" }, trialHandover.id)).toBe("42501");
    await tutor.withdrawConsent.mutate({ handoverId: trialHandover.id });
    await tutor.withdrawConsent.mutate({ handoverId: otherHandover.id });
  });

  it("opens a trial grant only under an agreement that includes work trials", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const t = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const open = (scope: Scope, handoverId: string) =>
      failure(
        inScope(api.db, scope, (tx) =>
          tx.execute(sql`select esedu_workshop_handover.open_trial_grant(${t.providerId}::uuid,
            ${handoverId}::uuid, ${companyScope.organisationId}::uuid, '2026-12-20'::date)`),
        ),
      );
    // An agreement in force without work trials; the consent covers them.
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<HandoverRouter>(id);
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
    const { id: agreementId } = await manager.agreements.create.mutate({
      workshopId: coachScope.organisationId,
      title: "Kartoitus ilman työkokeiluja",
      services: ["competence-mapping"],
      weeksPerCoachee: 8,
      resources: "Yksi valmentaja.",
      validFrom: today,
      validUntil: later,
    });
    const { id: handoverId } = await tutor.create.mutate({
      studentId: t.id,
      workshopId: coachScope.organisationId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId,
      consentCovers: ["work_trial"],
    });
    expect(await open(coachScope, handoverId)).toBe("42501");
    await tutor.withdrawConsent.mutate({ handoverId });
  });

  it("ends a calendar feed once its person no longer holds the membership", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const { path } = await coach.calendar.createFeed.mutate();
    expect((await fetch(`${api.url}${path}`)).status).toBe(200);
    // The coach's role in the workshop ends (a session still points at the row, so it is changed, not
    // deleted); restored afterwards.
    const [left] = rowsOf<{ id: string }>(
      await api.db.execute(sql`update membership set role = 'partner_contact'
        where person_id = ${coachScope.personId}::uuid and organisation_id = ${coachScope.organisationId}::uuid
          and role = 'workshop_coach' returning id`),
    );
    try {
      expect((await fetch(`${api.url}${path}`)).status).toBe(404);
      const events = rowsOf(
        await api.db.execute(sql`select * from esedu_workshop_handover.feed_events(
          (select token_hash from esedu_workshop_handover.calendar_feed
            where person_id = ${coachScope.personId}::uuid and revoked_at is null limit 1))`),
      );
      expect(events).toEqual([]);
    } finally {
      await api.db.execute(sql`update membership set role = 'workshop_coach' where id = ${left!.id}::uuid`);
    }
  });
});
