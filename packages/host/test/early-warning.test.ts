import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { addDaysToLocalDate, defaultEarlyWarningConfig, localDateIn } from "@polku/domain";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, count, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.each(testDatabases())("early warning on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  /** Students of the demo tutor that raise no flag in the demo data. */
  let quiet: Array<{ id: string; providerId: string; firstName: string; lastName: string }>;
  const today = localDateIn(new Date());

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    const tutor = await loginAs(api.url, "omaohjaaja");
    const flagged = new Set((await tutor.trpc.earlyWarning.forMe.query()).flags.map((f) => f.studentId));
    const present = new Set(
      (
        await api.db
          .select({ id: schema.student.id })
          .from(schema.student)
          .where(eq(schema.student.studyRightState, "lasna"))
      ).map((s) => s.id),
    );
    quiet = (await tutor.trpc.students.list.query({ limit: 500 })).filter(
      (s) => present.has(s.id) && !flagged.has(s.id),
    );
    expect(quiet.length).toBeGreaterThan(5);
  });
  afterAll(() => api?.close());

  const auditCount = async (studentId: string, procedure: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.studentId, studentId), eq(schema.auditLog.procedure, procedure)));
    return row?.n ?? 0;
  };

  it("reads the defaults until a manager saves thresholds", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    expect(await tutor.trpc.earlyWarning.config.query()).toMatchObject({
      config: defaultEarlyWarningConfig,
      saved: false,
    });
  });

  it("flags unexplained absences on enough distinct days for the tutor, with the count and the limit", async () => {
    const student = quiet[0]!;
    // Three days with an absence (two marks on one of them), an excused day and one outside the window.
    await api.db.insert(schema.attendanceMark).values(
      [
        { day: today, lesson: "", status: "absent" },
        { day: addDaysToLocalDate(today, -2), lesson: "1", status: "absent" },
        { day: addDaysToLocalDate(today, -2), lesson: "2", status: "absent" },
        { day: addDaysToLocalDate(today, -5), lesson: "", status: "absent" },
        { day: addDaysToLocalDate(today, -6), lesson: "", status: "excused" },
        { day: addDaysToLocalDate(today, -20), lesson: "", status: "absent" },
      ].map((m) => ({ ...m, providerId: student.providerId, studentId: student.id })),
    );
    const tutor = await loginAs(api.url, "omaohjaaja");
    const before = await auditCount(student.id, "earlyWarning.forMe");
    const mine = await tutor.trpc.earlyWarning.forMe.query();
    expect(mine.scope).toBe("tutees");
    expect(mine.flags.filter((f) => f.studentId === student.id)).toEqual([
      {
        studentId: student.id,
        firstName: student.firstName,
        lastName: student.lastName,
        rule: "unexplained-absences",
        observed: 3,
        threshold: 3,
        windowDays: 14,
        explanation: "3 days with unexplained absences in the last 14 days (the limit is 3).",
      },
    ]);
    // Every student whose record was read is audited, in the same transaction.
    expect(await auditCount(student.id, "earlyWarning.forMe")).toBe(before + 1);
    expect(await auditCount(quiet[1]!.id, "earlyWarning.forMe")).toBeGreaterThan(0);

    const one = await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id });
    expect(one.flags.map((f) => [f.rule, f.observed, f.threshold])).toEqual([["unexplained-absences", 3, 3]]);
    expect(await auditCount(student.id, "earlyWarning.forStudent")).toBe(1);

    // The second provider's tutor sees none of the first provider's students.
    const other = await loginAs(api.url, "harju.ohjaaja");
    expect((await other.trpc.earlyWarning.forMe.query()).flags.map((f) => f.studentId)).not.toContain(
      student.id,
    );
    expect(await codeOf(other.trpc.earlyWarning.forStudent.query({ studentId: student.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("removes the flag when a manager raises the threshold; a tutor may not change thresholds", async () => {
    const student = quiet[0]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    const raised = {
      ...defaultEarlyWarningConfig,
      unexplainedAbsences: { enabled: true, days: 4, windowDays: 14 },
    };
    expect(await codeOf(tutor.trpc.earlyWarning.setConfig.mutate(raised))).toBe("FORBIDDEN");

    const manager = await loginAs(api.url, "esihenkilo");
    // The manager sees the whole provider's students, this one among them.
    const all = await manager.trpc.earlyWarning.forMe.query();
    expect(all.scope).toBe("provider");
    expect(all.flags.some((f) => f.studentId === student.id)).toBe(true);

    await manager.trpc.earlyWarning.setConfig.mutate(raised);
    expect(await tutor.trpc.earlyWarning.config.query()).toMatchObject({ config: raised, saved: true });
    const after = await tutor.trpc.earlyWarning.forMe.query();
    expect(after.flags.filter((f) => f.studentId === student.id)).toEqual([]);

    // Saving again updates the same row; the defaults bring the flag back.
    await manager.trpc.earlyWarning.setConfig.mutate(defaultEarlyWarningConfig);
    const back = await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id });
    expect(back.flags.map((f) => f.rule)).toEqual(["unexplained-absences"]);
  });

  it("refuses bad thresholds naming the field", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    await expect(
      manager.trpc.earlyWarning.setConfig.mutate({
        ...defaultEarlyWarningConfig,
        unexplainedAbsences: { enabled: true, days: 0, windowDays: 14 },
      }),
    ).rejects.toThrow(/unexplainedAbsences\.days: /);
    await expect(
      manager.trpc.earlyWarning.setConfig.mutate({
        ...defaultEarlyWarningConfig,
        missedCoaching: { enabled: true, sessions: 1, windowDays: 1.5 },
      }),
    ).rejects.toThrow(/missedCoaching\.windowDays: /);
    expect(
      await codeOf(
        manager.trpc.earlyWarning.setConfig.mutate({
          ...defaultEarlyWarningConfig,
          noProgress: { enabled: true, weeks: -1 },
        }),
      ),
    ).toBe("BAD_REQUEST");
    // Nothing was saved.
    expect((await manager.trpc.earlyWarning.config.query()).config).toEqual(defaultEarlyWarningConfig);
  });

  it("flags a missed coaching session", async () => {
    const student = quiet[1]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { id } = await tutor.trpc.coaching.create.mutate({
      kind: "individual",
      title: "Ohjauskeskustelu",
      date: addDaysToLocalDate(today, -1),
      time: "10:00",
      studentIds: [student.id],
    });
    expect((await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id })).flags).toEqual([]);
    await tutor.trpc.coaching.recordAttendance.mutate({
      sessionId: id,
      attendance: [{ studentId: student.id, attended: false }],
    });
    const { flags } = await tutor.trpc.earlyWarning.forMe.query();
    expect(flags.filter((f) => f.studentId === student.id)).toMatchObject([
      { rule: "missed-coaching", observed: 1, threshold: 1, windowDays: 30 },
    ]);
  });

  it("flags weeks without progress from the start of studies, until a unit progresses", async () => {
    // A student with no unit progressed yet (the demo HOKS gives some students progress).
    const progressed = new Set(
      (
        await api.db
          .select({ id: schema.unitProgress.studentId })
          .from(schema.unitProgress)
          .where(ne(schema.unitProgress.status, "not_started"))
      ).map((p) => p.id),
    );
    const student = quiet.slice(2).find((s) => !progressed.has(s.id))!;
    const tenWeeksAgo = new Date(Date.now() - 70 * 86_400_000 - 3_600_000);
    await api.db
      .update(schema.student)
      .set({ createdAt: tenWeeksAgo })
      .where(and(eq(schema.student.providerId, student.providerId), eq(schema.student.id, student.id)));
    const tutor = await loginAs(api.url, "omaohjaaja");
    const flags = (await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id })).flags;
    expect(flags).toMatchObject([{ rule: "no-progress", observed: 10, threshold: 6, windowDays: null }]);
    // A unit not started yet is no progress; one in progress is.
    await api.db.insert(schema.unitProgress).values({
      providerId: student.providerId,
      studentId: student.id,
      unitCode: "test_not_started",
      status: "not_started",
      changedOn: today,
    });
    expect((await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id })).flags).toHaveLength(1);
    await api.db.insert(schema.unitProgress).values({
      providerId: student.providerId,
      studentId: student.id,
      unitCode: "test_in_progress",
      status: "in_progress",
      changedOn: addDaysToLocalDate(today, -8),
    });
    expect((await tutor.trpc.earlyWarning.forStudent.query({ studentId: student.id })).flags).toEqual([]);
  });

  it("is refused to partners, students and guardians", async () => {
    const student = quiet[0]!;
    for (const user of ["valmentaja", "yritys", "kumppani", "opiskelija", "huoltaja"]) {
      const client = await loginAs(api.url, user);
      expect(await codeOf(client.trpc.earlyWarning.forMe.query()), user).toBe("FORBIDDEN");
      expect(await codeOf(client.trpc.earlyWarning.forStudent.query({ studentId: student.id })), user).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(client.trpc.earlyWarning.config.query()), user).toBe("FORBIDDEN");
      expect(await codeOf(client.trpc.earlyWarning.setConfig.mutate(defaultEarlyWarningConfig)), user).toBe(
        "FORBIDDEN",
      );
    }
  });
});
