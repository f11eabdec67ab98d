import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import type { AppRouter } from "@polku/trpc";
import { TRPCClientError } from "@trpc/client";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.each(testDatabases())("students, pathway and consent on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    // The core alone: the demo's plugins seed handovers of their own.
    api = await startTestApi(kind, { deployment: "core-only" });
  });
  afterAll(() => api?.close());

  const auditCount = async (studentId: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.studentId, studentId));
    return row?.n ?? 0;
  };

  it("lists only the tutor's own provider's students, and audits each one read", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const me = await tutor.trpc.auth.me.query();
    const students = await tutor.trpc.students.list.query({ limit: 500 });
    expect(students).toHaveLength(120);
    expect(new Set(students.map((s) => s.providerId)).size).toBe(1);
    expect(students[0]?.providerId).toBe(me.current.organisationId);
    const [audited] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.actorPersonId, me.personId), eq(schema.auditLog.procedure, "students.list")),
      );
    expect(audited?.n).toBe(120);
  });

  it("hands a student to a workshop on consent; the coach sees and records; withdrawal ends access", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const coach = await loginAs(api.url, "valmentaja");
    expect(await coach.trpc.students.list.query({})).toEqual([]);

    const adult = (await tutor.trpc.students.list.query({ phase: "graduation" })).find((s) => !s.minor)!;
    expect(await codeOf(coach.trpc.students.get.query({ studentId: adult.id }))).toBe("NOT_FOUND");
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    const { id: grantId } = await tutor.trpc.grants.create.mutate({
      studentId: adult.id,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });

    const seen = await coach.trpc.students.list.query({});
    expect(seen.map((s) => s.id)).toEqual([adult.id]);
    const detail = await coach.trpc.students.get.query({ studentId: adult.id });
    expect(detail.guardians).toEqual([]);
    const before = await auditCount(adult.id);
    await coach.trpc.pathway.addStep.mutate({
      studentId: adult.id,
      kind: "workplace-period",
      startsOn: "2026-12-01",
    });
    expect(await auditCount(adult.id)).toBe(before + 1);
    const pathway = await tutor.trpc.pathway.get.query({ studentId: adult.id });
    expect(pathway.steps.at(-1)).toMatchObject({
      kind: "workplace-period",
      organisationName: workshop!.name,
    });

    await tutor.trpc.grants.revoke.mutate({ grantId });
    expect(await coach.trpc.students.list.query({})).toEqual([]);
    expect(await codeOf(coach.trpc.pathway.get.query({ studentId: adult.id }))).toBe("NOT_FOUND");
  });

  it("requires a guardian's consent for a minor", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const minor = (await tutor.trpc.students.list.query({ limit: 500 })).find((s) => s.minor)!;
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    const attempt = tutor.trpc.grants.create.mutate({
      studentId: minor.id,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });
    await expect(attempt).rejects.toThrow(/guardian must give the consent/);
  });

  it("checks step kinds and status transitions with the domain's rules", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [someone] = await tutor.trpc.students.list.query({ limit: 1 });
    await expect(
      tutor.trpc.pathway.addStep.mutate({ studentId: someone!.id, kind: "space-travel" }),
    ).rejects.toThrow(/unknown step kind "space-travel"/);
    const { id } = await tutor.trpc.pathway.addStep.mutate({
      studentId: someone!.id,
      kind: "workplace-period",
    });
    await tutor.trpc.pathway.updateStep.mutate({ stepId: id, status: "done" });
    const refused = await tutor.trpc.pathway.updateStep
      .mutate({ stepId: id, status: "planned" })
      .catch((error: TRPCClientError<AppRouter>) => error);
    // The failure crosses as its tag and fields too, for the portal to say in the person's language.
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data).toMatchObject({
      code: "BAD_REQUEST",
      tag: "InvalidStepTransition",
      fields: { from: "done", to: "planned" },
    });
  });

  it("shows a student only themself and a guardian only their minor ward", async () => {
    const student = await loginAs(api.url, "opiskelija");
    const own = await student.trpc.students.list.query({});
    expect(own).toHaveLength(1);
    const guardian = await loginAs(api.url, "huoltaja");
    const wards = await guardian.trpc.students.list.query({});
    expect(wards.length).toBeGreaterThanOrEqual(1);
    expect(wards.every((w) => w.minor)).toBe(true);
    const tutor = await loginAs(api.url, "omaohjaaja");
    const stranger = (await tutor.trpc.students.list.query({ limit: 500 })).find(
      (s) => s.id !== own[0]!.id && !wards.some((w) => w.id === s.id),
    )!;
    expect(await codeOf(student.trpc.students.get.query({ studentId: stranger.id }))).toBe("NOT_FOUND");
    expect(await codeOf(guardian.trpc.pathway.get.query({ studentId: stranger.id }))).toBe("NOT_FOUND");
    expect(await codeOf(guardian.trpc.pathway.get.query({ studentId: wards[0]!.id }))).toBe("OK");
  });

  it("records a change of study right, audited, only by the provider's tutor or manager", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [first] = await tutor.trpc.students.list.query({ limit: 1 });
    const studentId = first!.id;
    const stateOf = async () => (await tutor.trpc.students.get.query({ studentId })).studyRightState;
    const before = await auditCount(studentId);
    expect(await tutor.trpc.students.changeStudyRight.mutate({ studentId, state: "loma" })).toEqual({
      changed: true,
    });
    expect(await stateOf()).toBe("loma");
    // The same state again changes nothing.
    expect(await tutor.trpc.students.changeStudyRight.mutate({ studentId, state: "loma" })).toEqual({
      changed: false,
    });
    await tutor.trpc.students.changeStudyRight.mutate({ studentId, state: "lasna" });
    // Two changes, the unchanged one (its answer tells the state) and the read of the details.
    expect((await auditCount(studentId)) - before).toBe(4);
    const student = await loginAs(api.url, "opiskelija");
    const [self] = await student.trpc.students.list.query({});
    expect(
      await codeOf(student.trpc.students.changeStudyRight.mutate({ studentId: self!.id, state: "eronnut" })),
    ).toBe("FORBIDDEN");
    const refused = tutor.trpc.students.changeStudyRight.mutate({
      studentId,
      state: "graduated" as "valmistunut",
    });
    await expect(refused).rejects.toThrow(/state/);
  });
});

describe("the audit trail", () => {
  it("shows a student who read their data, and refuses a tutor", async () => {
    const api = await startTestApi("pglite");
    try {
      const student = await loginAs(api.url, "opiskelija");
      const [self] = await student.trpc.students.list.query({});
      const tutor = await loginAs(api.url, "omaohjaaja");
      await tutor.trpc.students.get.query({ studentId: self!.id });
      const trail = await student.trpc.audit.forStudent.query({ studentId: self!.id });
      expect(
        trail.entries.some((e) => e.actorRole === "tutor" && e.procedures.includes("students.get")),
      ).toBe(true);
      // The student's own reads are left out unless asked for.
      expect(trail.entries.some((e) => e.actorRole === "student" && e.action === "read")).toBe(false);
      const withOwn = await student.trpc.audit.forStudent.query({
        studentId: self!.id,
        includeOwnReads: true,
      });
      expect(withOwn.entries.some((e) => e.actorRole === "student" && e.area === "audit")).toBe(true);
      expect(await codeOf(tutor.trpc.audit.forStudent.query({ studentId: self!.id }))).toBe("FORBIDDEN");
    } finally {
      await api.close();
    }
  });

  it("reads the trail a page at a time, one line per run of the same reads, filtered by who and what", async () => {
    const api = await startTestApi("pglite");
    try {
      const student = await loginAs(api.url, "opiskelija");
      const [self] = await student.trpc.students.list.query({});
      const tutor = await loginAs(api.url, "omaohjaaja");
      for (let i = 0; i < 230; i++) await tutor.trpc.pathway.get.query({ studentId: self!.id });
      await tutor.trpc.students.get.query({ studentId: self!.id });
      const first = await student.trpc.audit.forStudent.query({ studentId: self!.id });
      // Newest first: the record read, then the run of pathway reads as one line.
      expect(first.entries[0]).toMatchObject({
        area: "students",
        action: "read",
        count: 1,
        actorRole: "tutor",
      });
      expect(first.entries[1]).toMatchObject({
        area: "pathway",
        action: "read",
        procedures: ["pathway.get"],
      });
      expect(first.next).not.toBeNull();
      const second = await student.trpc.audit.forStudent.query({ studentId: self!.id, before: first.next! });
      const pathwayReads = [...first.entries, ...second.entries]
        .filter((e) => e.area === "pathway" && e.actorRole === "tutor")
        .reduce((n, e) => n + e.count, 0);
      expect(pathwayReads).toBe(230);
      expect(second.entries.every((e) => e.at <= first.entries.at(-1)!.from)).toBe(true);

      const onlyHoks = await student.trpc.audit.forStudent.query({ studentId: self!.id, what: "hoks" });
      expect(onlyHoks.entries).toEqual([]);
      const family = await student.trpc.audit.forStudent.query({
        studentId: self!.id,
        who: "family",
        includeOwnReads: true,
      });
      expect(family.entries.length).toBeGreaterThan(0);
      expect(family.entries.every((e) => e.actorRole === "student")).toBe(true);
      expect(
        await codeOf(student.trpc.audit.forStudent.query({ studentId: self!.id, what: "plugins.X; drop" })),
      ).toBe("BAD_REQUEST");
    } finally {
      await api.close();
    }
  }, 120_000);
});
