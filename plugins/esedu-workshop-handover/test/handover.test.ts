import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";

type Plugin = { agreements: { list: { query(i: { inForce?: boolean }): Promise<Array<{ id: string }>> } } };
/** The seeded service agreement in force with the demo workshop: every handover refers to one. */
const agreementOf = async (plugin: Plugin) => (await plugin.agreements.list.query({ inForce: true }))[0]!.id;

describe.each(testDatabases())("workshop handover (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["esedu-workshop-handover"] });
  });
  afterAll(() => api?.close());

  it("hands a graduate over on consent; the coach sees only handed students and records; withdrawal ends access", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coachSession = await loginAs(api.url, "valmentaja");
    const coach = coachSession.plugin<HandoverRouter>(id);

    const seeded = await coach.list.query({ status: "active" });
    expect(seeded).toHaveLength(1);

    const candidates = await tutor.candidates.query();
    const graduate = candidates.find((c) => !c.minor && c.phase === "graduation")!;
    const minor = candidates.find((c) => c.minor);
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    if (minor) {
      const refused = tutor.create.mutate({
        studentId: minor.id,
        workshopId: workshop!.id,
        situation: "no_job_no_study",
        consentGivenBy: "student",
        agreementId: await agreementOf(tutor),
        consentCovers: ["tutor_notes"],
      });
      await expect(refused).rejects.toThrow(/guardian must give the consent/);
    }
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: workshop!.id,
      situation: "no_job_no_study",
      consentGivenBy: "student",
      agreementId: await agreementOf(tutor),
      consentCovers: ["tutor_notes"],
    });
    expect(
      await codeOf(
        tutor.create.mutate({
          studentId: graduate.id,
          workshopId: workshop!.id,
          situation: "no_job",
          consentGivenBy: "student",
          agreementId: await agreementOf(tutor),
          consentCovers: ["tutor_notes"],
        }),
      ),
    ).toBe("CONFLICT");
    expect((await tutor.candidates.query()).some((c) => c.id === graduate.id)).toBe(false);

    const visible = await coachSession.trpc.students.list.query({});
    expect(visible.map((s) => s.id)).toContain(graduate.id);
    expect(visible).toHaveLength(2);
    const handed = await coach.list.query({ status: "active" });
    expect(handed.map((h) => h.id)).toContain(handoverId);

    await coach.recordStep.mutate({
      handoverId,
      kind: "work-trial",
      status: "in_progress",
      startsOn: "2026-12-01",
      note: "Saimaan Konepaja",
    });
    const bad = await coach.recordStep
      .mutate({ handoverId, kind: "space-travel" as "work-trial", status: "done" })
      .catch((e) => e);
    expect(bad.data.code).toBe("BAD_REQUEST");
    expect(bad.data.issues.map((i: { path: string }) => i.path)).toEqual(["kind"]);

    const pathway = await tutorSession.trpc.pathway.get.query({ studentId: graduate.id });
    expect(pathway.student.phase).toBe("continuation");
    expect(pathway.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(["handover", "work-trial"]));

    await tutor.withdrawConsent.mutate({ handoverId });
    expect((await coach.list.query({})).map((h) => h.id)).not.toContain(handoverId);
    expect(await codeOf(coach.get.query({ handoverId }))).toBe("NOT_FOUND");
    expect(await codeOf(coach.recordStep.mutate({ handoverId, kind: "job-placement", status: "done" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(coachSession.trpc.students.get.query({ studentId: graduate.id }))).toBe("NOT_FOUND");
  });

  it("ends the handover with the outcome, and with it the workshop's access", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const [active] = await coach.list.query({ status: "active" });
    await coach.recordOutcome.mutate({
      handoverId: active!.id,
      kind: "employed",
      occurredOn: "2027-03-01",
      employmentMonths: 3,
      evidence: "employment_contract",
    });
    const detail = await tutor.get.query({ handoverId: active!.id });
    expect(detail.status).toBe("ended");
    expect(detail.outcomes[0]).toMatchObject({ kind: "employed", employmentMonths: 3 });
    expect(await codeOf(coach.get.query({ handoverId: active!.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        coach.recordStep.mutate({ handoverId: active!.id, kind: "job-placement", status: "done" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("lets the student withdraw their own consent", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const studentSession = await loginAs(api.url, "opiskelija");
    const [self] = await studentSession.trpc.students.list.query({});
    if (self!.minor) return; // The demo student is an adult in the seeded region; a minor's consent is the guardian's.
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    const { id: handoverId } = await tutor.create.mutate({
      studentId: self!.id,
      workshopId: workshop!.id,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: await agreementOf(tutor),
      consentCovers: ["tutor_notes"],
    });
    await studentSession.plugin<HandoverRouter>(id).withdrawConsent.mutate({ handoverId });
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    expect(await codeOf(coach.get.query({ handoverId }))).toBe("NOT_FOUND");
  });

  it("withdraws the handover, in the same transaction, when its consent is withdrawn in the core's consent list", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor);
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate!.id,
      workshopId: workshop!.id,
      situation: "no_study_place",
      consentGivenBy: "student",
      agreementId: await agreementOf(tutor),
      consentCovers: ["tutor_notes"],
    });
    const stored = async () =>
      rowsOf<{ status: string; ended: boolean }>(
        await api.db.execute(
          sql`select status, ended_at is not null as ended from esedu_workshop_handover.handover where id = ${handoverId}`,
        ),
      )[0];
    expect(await stored()).toEqual({ status: "active", ended: false });
    const grants = await tutorSession.trpc.grants.forStudent.query({ studentId: graduate!.id });
    const grant = grants.find((g) => g.scope === "handover" && g.revokedAt === null);
    await tutorSession.trpc.grants.revoke.mutate({ grantId: grant!.id });
    // Stored, not worked out at read time: the subscriber to core.grantRevoked changed the row.
    expect(await stored()).toEqual({ status: "withdrawn", ended: true });
    expect((await tutor.get.query({ handoverId })).status).toBe("withdrawn");
  });
});
