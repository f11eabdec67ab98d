import { schema } from "@polku/db";
import { inScope, testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Issues = { data: { code: string; issues?: Array<{ path: string; message: string }> } };

/**
 * Correcting and cancelling a recorded pathway step: the change is kept with who, when, why and what the
 * step was, nothing is deleted, and only those who may change the step can.
 */
describe.each(testDatabases())("step corrections on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let studentId: string;

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    const tutor = await loginAs(api.url, "omaohjaaja");
    studentId = (await tutor.trpc.students.list.query({ limit: 500 })).filter((s) => !s.minor).at(-1)!.id;
  }, 60_000);
  afterAll(() => api?.close());

  const revisions = async (stepId: string) =>
    api.db
      .select()
      .from(schema.pathwayStepRevision)
      .where(eq(schema.pathwayStepRevision.stepId, stepId))
      .orderBy(schema.pathwayStepRevision.revisedAt);
  const audits = async (procedure: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.studentId, studentId), eq(schema.auditLog.procedure, procedure)));
    return row!.n;
  };

  it("corrects a done step's dates and note, keeping what it was, who changed it and why", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { id } = await tutor.trpc.pathway.addStep.mutate({
      studentId,
      kind: "workplace-period",
      status: "done",
      startsOn: "2026-10-05",
      endsOn: "2026-10-09",
      note: "Työkokeilu",
    });
    const corrected = await tutor.trpc.pathway.correctStep.mutate({
      stepId: id,
      reason: "Päivät kirjattiin väärin",
      endsOn: "2026-10-16",
      note: null,
    });
    expect(corrected.corrected.sort()).toEqual(["endsOn", "note"]);
    const step = (await tutor.trpc.pathway.get.query({ studentId })).steps.find((s) => s.id === id)!;
    expect(step).toMatchObject({ status: "done", startsOn: "2026-10-05", endsOn: "2026-10-16", note: null });
    expect(step.revisionReason).toBe("Päivät kirjattiin väärin");
    expect(step.revisedByName).toMatch(/\S+ \S+/);
    expect(step.revisedAt).not.toBeNull();
    const [kept] = await revisions(id);
    expect(kept).toMatchObject({
      action: "corrected",
      reason: "Päivät kirjattiin väärin",
      previous: {
        kind: "workplace-period",
        status: "done",
        startsOn: "2026-10-05",
        endsOn: "2026-10-09",
        note: "Työkokeilu",
      },
    });
    expect(await audits("pathway.correctStep")).toBe(1);

    // An end before the start and a missing reason are refused; a correction that changes nothing writes nothing.
    expect(
      await codeOf(tutor.trpc.pathway.correctStep.mutate({ stepId: id, reason: "x", endsOn: "2026-10-01" })),
    ).toBe("BAD_REQUEST");
    expect(
      await tutor.trpc.pathway.correctStep.mutate({ stepId: id, reason: "x", endsOn: "2026-10-16" }),
    ).toEqual({
      id,
      corrected: [],
    });
    const noReason = (await tutor.trpc.pathway.cancelStep
      .mutate({ stepId: id, reason: "" })
      .catch((e: unknown) => e)) as Issues;
    expect(noReason.data.code).toBe("BAD_REQUEST");
    expect(noReason.data.issues?.map((i) => i.path)).toEqual(["reason"]);
    expect(await revisions(id)).toHaveLength(1);
  });

  it("cancels a step recorded twice, whatever its status, once", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { id } = await tutor.trpc.pathway.addStep.mutate({
      studentId,
      kind: "workplace-period",
      status: "done",
    });
    expect(await tutor.trpc.pathway.cancelStep.mutate({ stepId: id, reason: "Kirjattu kahdesti" })).toEqual({
      id,
      status: "cancelled",
    });
    const step = (await tutor.trpc.pathway.get.query({ studentId })).steps.find((s) => s.id === id)!;
    expect(step).toMatchObject({ status: "cancelled", revisionReason: "Kirjattu kahdesti" });
    expect(await codeOf(tutor.trpc.pathway.cancelStep.mutate({ stepId: id, reason: "again" }))).toBe(
      "CONFLICT",
    );
    expect((await revisions(id)).map((r) => [r.action, r.previous.status])).toEqual([["cancelled", "done"]]);
  });

  it("lets no one else change a step, and no request rewrite or delete the history", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { id } = await tutor.trpc.pathway.addStep.mutate({ studentId, kind: "workplace-period" });
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    await tutor.trpc.grants.create.mutate({
      studentId,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });
    const coach = await loginAs(api.url, "valmentaja");
    expect(await codeOf(coach.trpc.pathway.cancelStep.mutate({ stepId: id, reason: "mine?" }))).toBe(
      "FORBIDDEN",
    );
    const other = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(other.trpc.pathway.cancelStep.mutate({ stepId: id, reason: "x" }))).toBe("NOT_FOUND");
    const student = await loginAs(api.url, "opiskelija");
    expect(
      await codeOf(student.trpc.pathway.correctStep.mutate({ stepId: id, reason: "x", note: "y" })),
    ).toBe("FORBIDDEN");
    await tutor.trpc.pathway.cancelStep.mutate({ stepId: id, reason: "Ei toteutunut" });

    const [stepRow] = await api.db
      .select({ providerId: schema.pathwayStep.providerId })
      .from(schema.pathwayStep)
      .where(eq(schema.pathwayStep.id, id));
    const [tutorRow] = await api.db
      .select({ personId: schema.person.id })
      .from(schema.person)
      .where(eq(schema.person.username, "omaohjaaja"));
    const providerId = stepRow!.providerId;
    const asTutor = { providerId, organisationId: providerId, personId: tutorRow!.personId, role: "tutor" };
    for (const statement of [
      sql`update pathway_step_revision set reason = 'rewritten'`,
      sql`delete from pathway_step_revision`,
      sql`insert into pathway_step_revision (provider_id, step_id, student_id, action, reason, previous, revised_by)
          values (${providerId}::uuid, ${id}::uuid, ${studentId}::uuid, 'corrected', 'forged', '{}', gen_random_uuid())`,
    ]) {
      const failure = await inScope(api.db, asTutor, (tx) => tx.execute(statement)).then(
        () => "succeeded",
        (error: Error) => String(error.cause ?? error),
      );
      expect(failure).toMatch(/permission denied|row-level security/);
    }
    expect((await revisions(id)).map((r) => r.reason)).toEqual(["Ei toteutunut"]);
  });
});
