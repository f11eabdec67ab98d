import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi, TRPCClientError } from "@polku/plugin-sdk/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Client = Awaited<ReturnType<typeof loginAs>>;

/**
 * Share agreements through the API: the provider's negotiator proposes, the workshop sees and accepts
 * its own part, the accepted version prices the workshop's statement from recorded outcomes (under
 * pseudonyms), a partner of no agreement sees nothing, and bad terms name their field.
 */
describe.each(testDatabases())("funding agreements on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let negotiator: Client;
  let coach: Client;
  let partner: Client;
  let workshopId: string;
  let partnerId: string;
  let providerId: string;
  let agreementId: string;
  const graduates: string[] = [];

  const terms = (percentage: number) => ({
    effectiveFrom: "2024-01-01",
    attribution: { rule: "weighted", measure: "steps", kindWeights: { "work-trial": 3 } },
    parties: [{ partyId: workshopId, role: "workshop", percentage, capEuros: 500000 }],
  });

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    negotiator = await loginAs(api.url, "rahoitus");
    coach = await loginAs(api.url, "valmentaja");
    partner = await loginAs(api.url, "kumppani");
    const orgs = await api.db.select().from(schema.organisation);
    workshopId = orgs.find((o) => o.name === "Nuorten työpaja Verstas")!.id;
    partnerId = orgs.find((o) => o.name === "Mikkelin nuorisopalvelut")!.id;
    providerId = orgs.find((o) => o.name === "Järvilaakson koulutuskuntayhtymä")!.id;
    // Three graduates of 2025 the workshop coached, two of them employed in the window.
    const students = await api.db
      .select({ id: schema.student.id })
      .from(schema.student)
      .where(eq(schema.student.providerId, providerId))
      .limit(3)
      .offset(40);
    for (const [i, s] of students.entries()) {
      graduates.push(s.id);
      await api.db.execute(sql`update student set study_right_state = 'valmistunut',
        expected_graduation = '2025-05-31' where provider_id = ${providerId}::uuid and id = ${s.id}::uuid`);
      await api.db.insert(schema.pathwayStep).values({
        providerId,
        studentId: s.id,
        kind: "work-trial",
        phase: "continuation",
        status: "done",
        organisationId: workshopId,
        startsOn: "2025-06-15",
      });
      if (i < 2)
        await api.db.insert(schema.outcome).values({
          providerId,
          studentId: s.id,
          kind: "employed",
          occurredOn: "2025-09-01",
          employmentMonths: 6,
        });
    }
  }, 90_000);
  afterAll(() => api?.close());

  it("lets the negotiator draft an agreement, which the workshop sees waiting for its acceptance", async () => {
    const created = await negotiator.trpc.funding.create.mutate({ title: "Jatkopolku", terms: terms(40) });
    agreementId = created.agreementId;
    expect(created.version).toBe(1);
    const listed = (await coach.trpc.funding.agreements.query()).find((a) => a.id === agreementId);
    expect(listed).toMatchObject({ id: agreementId, side: "party", awaitingMe: [1], inForce: null });
    const view = await coach.trpc.funding.agreement.query({ agreementId });
    expect(view.versions[0]!.status).toBe("proposed");
    expect(view.versions[0]!.acceptances.map((a) => [a.organisationId, a.accepted])).toEqual([
      [providerId, true],
      [workshopId, false],
    ]);
  });

  it("shows a partner of another agreement nothing of this one, and refuses its acceptance and statement", async () => {
    // The partner is party to the demo's agreement only.
    const seen = await partner.trpc.funding.agreements.query();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((a) => a.id)).not.toContain(agreementId);
    expect(await codeOf(partner.trpc.funding.agreement.query({ agreementId }))).toBe("NOT_FOUND");
    expect(await codeOf(partner.trpc.funding.accept.mutate({ agreementId, version: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(partner.trpc.funding.statement.query({ agreementId, fundingYear: 2028 }))).toBe(
      "NOT_FOUND",
    );
    // A partner cannot propose, nor the region admin; a tutor sees no agreements at all.
    expect(await codeOf(coach.trpc.funding.propose.mutate({ agreementId, terms: terms(90) }))).toBe(
      "FORBIDDEN",
    );
    const tutor = await loginAs(api.url, "omaohjaaja");
    expect(await codeOf(tutor.trpc.funding.agreements.query())).toBe("FORBIDDEN");
  });

  it("names each bad field of a proposal in a tagged error", async () => {
    const error = await negotiator.trpc.funding.propose
      .mutate({
        agreementId,
        terms: {
          ...terms(140),
          title: "Jatkopolku",
          parties: [
            { partyId: workshopId, role: "workshop", percentage: 140 },
            { partyId: partnerId, role: "company", percentage: 10 },
          ],
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const data = (error as TRPCClientError<never>).data as unknown as {
      code: string;
      tag: string;
      issues: Array<{ path: string; message: string }>;
    };
    expect(data.code).toBe("BAD_REQUEST");
    expect(data.tag).toBe("InvalidShareAgreement");
    expect(data.issues.map((i) => i.path)).toContain("terms.parties.0.percentage");
    const role = await negotiator.trpc.funding.propose
      .mutate({
        agreementId,
        terms: {
          ...terms(40),
          title: "x",
          parties: [{ partyId: partnerId, role: "company", percentage: 10 }],
        },
      })
      .catch(
        (e: TRPCClientError<never>) => (e.data as unknown as { issues: Array<{ path: string }> }).issues,
      );
    expect(role).toEqual([expect.objectContaining({ path: "terms.parties.0.role" })]);
    // A year no model applies to is named as the bad field too.
    const year = await negotiator.trpc.funding.statement
      .query({ agreementId, fundingYear: 2019 })
      .catch(
        (e: TRPCClientError<never>) => (e.data as unknown as { issues: Array<{ path: string }> }).issues,
      );
    expect(year).toEqual([expect.objectContaining({ path: "fundingYear" })]);
  });

  it("puts a version in force once the workshop accepts, and prices the workshop's statement from outcomes", async () => {
    expect(await coach.trpc.funding.accept.mutate({ agreementId, version: 1 })).toEqual({
      status: "accepted",
    });
    expect(await codeOf(coach.trpc.funding.accept.mutate({ agreementId, version: 1 }))).toBe("CONFLICT");
    const statement = await coach.trpc.funding.statement.query({ agreementId, fundingYear: 2028 });
    expect(statement.partyId).toBe(workshopId);
    expect(statement.lines).toHaveLength(2);
    for (const line of statement.lines) {
      expect(line.student).toMatch(/^P-[0-9a-f]{16}$/);
      expect(line.pseudonymous).toBe(true);
      expect(line.agreementVersion).toBe(1);
      expect(graduates.some((g) => JSON.stringify(line).includes(g))).toBe(false);
    }
    expect(statement.euros).toBeGreaterThan(0);
    // The negotiator sees the same lines under the same pseudonyms; the workshop asks for no one else's.
    const same = await negotiator.trpc.funding.statement.query({
      agreementId,
      fundingYear: 2028,
      partyId: workshopId,
    });
    expect(same.lines.map((l) => l.student)).toEqual(statement.lines.map((l) => l.student));
    expect(
      await codeOf(
        coach.trpc.funding.statement.query({ agreementId, fundingYear: 2028, partyId: providerId }),
      ),
    ).toBe("FORBIDDEN");
    // Each graduate read for the statement is in the audit log.
    const audited = await api.db
      .select({ id: schema.auditLog.id })
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.procedure, "funding.statement"), eq(schema.auditLog.studentId, graduates[0]!)),
      );
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });

  it("leaves out of the statement a graduate the tutor recorded as employed before the training", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const teacher = await loginAs(api.url, "opettaja");
    const studentId = graduates[0]!;
    const record = (employed: boolean | null) =>
      tutor.trpc.students.recordEmploymentBeforeTraining.mutate({ studentId, employed });
    expect(
      await codeOf(
        teacher.trpc.students.recordEmploymentBeforeTraining.mutate({ studentId, employed: true }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        tutor.trpc.students.recordEmploymentBeforeTraining.mutate({
          studentId,
          employed: "yes" as unknown as boolean,
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await record(true)).toEqual({ employedBeforeTraining: true });
    expect((await tutor.trpc.students.get.query({ studentId })).employedBeforeTraining).toBe(true);
    const statement = await coach.trpc.funding.statement.query({ agreementId, fundingYear: 2028 });
    expect(statement.lines).toHaveLength(1);
    // The workshop that coached the graduate is not told the work history.
    expect(
      (await coach.trpc.students.get.query({ studentId }).catch(() => null))?.employedBeforeTraining ?? null,
    ).toBe(null);
    const updates = await api.db
      .select({ succeeded: schema.auditLog.succeeded, role: schema.auditLog.actorRole })
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.procedure, "students.recordEmploymentBeforeTraining"),
          eq(schema.auditLog.studentId, studentId),
          eq(schema.auditLog.action, "update"),
        ),
      );
    // The tutor's change, and the teacher's refused attempt too.
    expect(updates.filter((u) => u.succeeded)).toEqual([{ succeeded: true, role: "tutor" }]);
    expect(updates.some((u) => !u.succeeded && u.role === "teacher")).toBe(true);
    // Not recorded counts as not employed, as before the tutor asked.
    expect(await record(null)).toEqual({ employedBeforeTraining: null });
    expect((await coach.trpc.funding.statement.query({ agreementId, fundingYear: 2028 })).lines).toHaveLength(
      2,
    );
  });

  it("keeps the accepted version in force while a newer one is proposed, and compares them", async () => {
    const { version } = await negotiator.trpc.funding.propose.mutate({
      agreementId,
      terms: { ...terms(60), title: "Jatkopolku" },
      note: "Työpajan osuus 60 %",
    });
    expect(version).toBe(2);
    const view = await negotiator.trpc.funding.agreement.query({ agreementId });
    expect(view.versions.map((v) => v.status)).toEqual(["accepted", "proposed"]);
    expect(view.inForce).toBe(1);
    const statement = await coach.trpc.funding.statement.query({ agreementId, fundingYear: 2028 });
    expect(statement.versionsUsed).toEqual([1]);
    const compared = await coach.trpc.funding.compare.query({
      agreementId,
      fundingYear: 2028,
      scenarios: 200,
    });
    expect(compared.labels).toEqual(["v1 · law-2022", "v1 · law-2026", "v2 · law-2022", "v2 · law-2026"]);
    expect(compared.parties.map((p) => p.partyId)).toEqual([workshopId]);
    const [, in2026, , proposed2026] = compared.parties[0]!.summaries;
    expect(proposed2026!.mean).toBeGreaterThan(in2026!.mean);
    const facts = await coach.trpc.funding.facts.query({ agreementId });
    expect(facts.paths.length).toBeGreaterThanOrEqual(3);
    expect(facts.ownParty).toBe(workshopId);
    expect(facts.proposed?.version).toBe(2);
  });

  it("lets the region admin read but not propose", async () => {
    const admin = await loginAs(api.url, "aluehallinto");
    expect((await admin.trpc.funding.agreements.query()).map((a) => a.id)).toContain(agreementId);
    expect(await codeOf(admin.trpc.funding.propose.mutate({ agreementId, terms: terms(10) }))).toBe(
      "FORBIDDEN",
    );
  });
});
