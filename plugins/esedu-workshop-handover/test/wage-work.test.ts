/**
 * Wage-subsidised work through the real API and, for the walls, SQL as the application role: the coach
 * records the employer, the period and the subsidy decision with the units of the coachee's qualification
 * to complete alongside it, follows each unit's progress, and the provider's tutor reads it all.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";

describe.each(testDatabases())("wage-subsidised work (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let handoverId = "";
  let employerId = "";
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id], jobs: false });
    // A graduate whose qualification's requirements are in the catalogue, handed over on consent.
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const candidates = await tutor.candidates.query();
    const [withUnits] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select s.id from student s where s.id = any(${`{${candidates
        .filter((c) => !c.minor)
        .map((c) => c.id)
        .join(",")}}`}::uuid[])
        and exists (select 1 from qualification q where s.qualification_code = any(q.education_codes))
        order by s.id limit 1`),
    );
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    ({ id: handoverId } = await tutor.create.mutate({
      studentId: withUnits!.id,
      workshopId: workshop!.id,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["competence"],
    }));
    const [company] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'company' order by name limit 1`),
    );
    employerId = company!.id;
  }, 120_000);
  afterAll(() => api?.close());

  it("records the employer, the period, the decision and the units, and follows each unit", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const units = await coach.wageWork.units.query({ handoverId });
    expect(units.length).toBeGreaterThan(2);
    const [first, second] = units;
    const work = {
      handoverId,
      employerId,
      startsOn: "2027-01-07",
      endsOn: "2027-06-30",
      decisionNumber: "TE-2026-1187",
      decisionDate: "2026-12-18",
      decidedBy: "te_services" as const,
      deciderName: "Etelä-Savon TE-palvelut",
      unitCodes: [first!.code, second!.code],
    };
    expect(await codeOf(coach.wageWork.record.mutate({ ...work, unitCodes: ["tutkinnonosat_0"] }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(coach.wageWork.record.mutate({ ...work, endsOn: "2026-12-01" }))).toBe("BAD_REQUEST");
    const missing = await coach.wageWork.record.mutate({ ...work, decisionNumber: "" }).catch((e) => e);
    expect(missing.message).toMatch(/decisionNumber: Give the number of the subsidy decision/);
    const [workshopOrg] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'workshop' order by name limit 1`),
    );
    expect(await codeOf(coach.wageWork.record.mutate({ ...work, employerId: workshopOrg!.id }))).toBe(
      "BAD_REQUEST",
    );
    const { id: wageSubsidyId } = await coach.wageWork.record.mutate(work);
    await coach.wageWork.setProgress.mutate({ wageSubsidyId, unitCode: first!.code, status: "in_progress" });
    await coach.wageWork.setProgress.mutate({ wageSubsidyId, unitCode: first!.code, status: "demonstrated" });
    const [audited] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log
        where procedure like 'plugins.esedu-workshop-handover.wageWork.setProgress%' and action = 'update'`),
    );
    expect(audited!.n).toBe(2);
    expect(
      await codeOf(
        coach.wageWork.setProgress.mutate({ wageSubsidyId, unitCode: units[2]!.code, status: "completed" }),
      ),
    ).toBe("NOT_FOUND");
    // The tutor reads it on the handover; the work is a step on the pathway.
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const [period] = await tutor.wageWork.list.query({ handoverId });
    expect(period).toMatchObject({
      startsOn: "2027-01-07",
      endsOn: "2027-06-30",
      decisionNumber: "TE-2026-1187",
      decisionDate: "2026-12-18",
      decidedBy: "te_services",
      deciderName: "Etelä-Savon TE-palvelut",
    });
    expect(period!.units.map((u) => [u.code, u.status])).toEqual(
      [
        [first!.code, "demonstrated"],
        [second!.code, "planned"],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    expect(period!.units.find((u) => u.code === first!.code)!.name.fi).toBe(first!.name.fi);
    const { steps } = await tutor.get.query({ handoverId });
    expect(steps.some((s) => s.kind === "wage-subsidised-work" && s.endsOn === "2027-06-30")).toBe(true);
    // The step's note names the employer as the employer, not as someone's words.
    expect(steps.find((s) => s.kind === "wage-subsidised-work")?.note).toMatch(/^Työnantaja: \S/);
    // Work planned from a day to come is what comes next on the coach's list.
    const listed = (await coach.list.query({ status: "active" })).find((h) => h.id === handoverId);
    expect(listed?.wageWorkStarts).toBe("2027-01-07");
    // The tutor records nothing here; a company reads nothing of it, in the API nor in SQL.
    expect(await codeOf(tutor.wageWork.record.mutate(work))).toBe("FORBIDDEN");
    const seen = await inScope(
      api.db,
      { providerId: null, organisationId: employerId, personId: null, role: "company_contact" },
      async (tx) => rowsOf(await tx.execute(sql`select id from esedu_workshop_handover.wage_subsidy`)).length,
    );
    expect(seen).toBe(0);
  });
});
