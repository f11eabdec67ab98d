import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.each(testDatabases())("coaching sessions and notes on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let self: { id: string; providerId: string };
  let ward: { id: string };
  let others: Array<{ id: string }>;

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    self = (await (await loginAs(api.url, "opiskelija")).trpc.students.list.query({}))[0]!;
    ward = (await (await loginAs(api.url, "huoltaja")).trpc.students.list.query({}))[0]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    others = (await tutor.trpc.students.list.query({ limit: 500 }))
      .filter((s) => s.id !== self.id && s.id !== ward.id)
      .slice(0, 3);
  });
  afterAll(() => api?.close());

  const auditCount = async (studentId: string, procedure: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.studentId, studentId), eq(schema.auditLog.procedure, procedure)));
    return row?.n ?? 0;
  };

  it("creates an individual session, records attendance and follow-ups, each audited", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const student = others[0]!;
    const { id } = await tutor.trpc.coaching.create.mutate({
      kind: "individual",
      title: "Ohjauskeskustelu",
      date: "2026-11-24",
      time: "10:00",
      durationMinutes: 45,
      topics: ["HOKS", "työelämäjakso"],
      goals: "Työpaikka sovittu",
      studentIds: [student.id],
    });
    expect(await auditCount(student.id, "coaching.create")).toBe(1);
    await tutor.trpc.coaching.recordAttendance.mutate({
      sessionId: id,
      attendance: [{ studentId: student.id, attended: true }],
    });
    await tutor.trpc.coaching.update.mutate({ sessionId: id, followUps: "Soitto työpaikalle" });
    const session = await tutor.trpc.coaching.get.query({ sessionId: id });
    expect(session).toMatchObject({
      kind: "individual",
      startsAt: "2026-11-24T08:00:00.000Z",
      topics: ["HOKS", "työelämäjakso"],
      followUps: "Soitto työpaikalle",
      leaderName: "Outi Ohjaaja",
      participants: [{ studentId: student.id, attended: true }],
    });
    expect(await auditCount(student.id, "coaching.recordAttendance")).toBe(1);
    expect(await auditCount(student.id, "coaching.get")).toBe(1);
    await tutor.trpc.coaching.addNote.mutate({
      studentId: student.id,
      sessionId: id,
      visibility: "staff",
      body: "Tavoitteet kirjattu",
    });
    expect((await tutor.trpc.coaching.get.query({ sessionId: id })).notes).toMatchObject([
      {
        studentId: student.id,
        visibility: "staff",
        body: "Tavoitteet kirjattu",
        sessionTitle: "Ohjauskeskustelu",
      },
    ]);
    const forStudent = await tutor.trpc.coaching.forStudent.query({ studentId: student.id });
    expect(forStudent.map((s) => s.id)).toContain(id);
    // Another student cannot be marked on an individual session.
    expect(
      await codeOf(
        tutor.trpc.coaching.recordAttendance.mutate({
          sessionId: id,
          attendance: [{ studentId: others[1]!.id, attended: true }],
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("refuses bad sessions naming the field", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    await expect(
      tutor.trpc.coaching.create.mutate({
        kind: "individual",
        title: "Kaksi",
        date: "2026-11-24",
        time: "10:00",
        studentIds: [others[0]!.id, others[1]!.id],
      }),
    ).rejects.toThrow(/^studentIds: an individual session needs exactly one student/);
    await expect(
      tutor.trpc.coaching.create.mutate({
        kind: "group",
        title: "",
        date: "2026-02-30",
        time: "10:00",
        studentIds: [others[0]!.id],
      }),
    ).rejects.toThrow(/title: .*date: |date: .*title: /);
    await expect(
      tutor.trpc.coaching.create.mutate({
        kind: "group",
        title: "Liian pitkä",
        date: "2026-11-24",
        time: "10:00",
        durationMinutes: 601,
        studentIds: [others[0]!.id],
      }),
    ).rejects.toThrow(/durationMinutes: /);
    await expect(
      tutor.trpc.coaching.createSeries.mutate({
        kind: "group",
        title: "Liian pitkä",
        startsOn: "2027-01-05",
        weekday: 8,
        time: "25:00",
        durationMinutes: 60,
        weeks: 53,
        studentIds: [others[0]!.id],
      }),
    ).rejects.toThrow(/weekday: .*time: .*weeks: /);
  });

  it("creates a weekly group series in one call, at 14.00 Helsinki time across the change to summer time", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const created = await tutor.trpc.coaching.createSeries.mutate({
      kind: "group",
      title: "Ryhmävalmennus",
      startsOn: "2027-03-15",
      weekday: 2,
      time: "14:00",
      durationMinutes: 90,
      weeks: 3,
      topics: ["ryhmäytyminen"],
      studentIds: others.map((s) => s.id),
    });
    expect(created.participants).toBe(3);
    expect(created.sessions.map((s) => [s.date, s.startsAt])).toEqual([
      ["2027-03-16", "2027-03-16T12:00:00.000Z"],
      ["2027-03-23", "2027-03-23T12:00:00.000Z"],
      ["2027-03-30", "2027-03-30T11:00:00.000Z"],
    ]);
    const sessions = (await tutor.trpc.coaching.forStudent.query({ studentId: others[2]!.id })).filter(
      (s) => s.seriesId === created.seriesId,
    );
    expect(sessions).toHaveLength(3);
    expect(sessions.every((s) => s.participants.length === 3 && s.kind === "group")).toBe(true);
    const upcoming = await tutor.trpc.coaching.upcoming.query({ from: "2027-03-01T00:00:00Z" });
    expect(upcoming.filter((s) => s.seriesId === created.seriesId)).toHaveLength(3);
    // A teacher did not create or lead it: not in the teacher's own upcoming list.
    const teacher = await loginAs(api.url, "opettaja");
    const teachers = await teacher.trpc.coaching.upcoming.query({ from: "2027-03-01T00:00:00Z" });
    expect(teachers.some((s) => s.seriesId === created.seriesId)).toBe(false);
  });

  it("shows a student only their own sessions, with only themself as participant", async () => {
    const student = await loginAs(api.url, "opiskelija");
    const own = await student.trpc.coaching.forStudent.query({ studentId: self.id });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => s.participants.every((p) => p.studentId === self.id))).toBe(true);
    // The demo's weekly first-year group coaching is among them.
    expect(own.some((s) => s.kind === "group" && s.seriesId !== null)).toBe(true);
    const upcoming = await student.trpc.coaching.upcoming.query({});
    expect(upcoming.every((s) => s.participants.every((p) => p.studentId === self.id))).toBe(true);
    expect(await codeOf(student.trpc.coaching.forStudent.query({ studentId: others[0]!.id }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        student.trpc.coaching.create.mutate({
          kind: "individual",
          title: "x",
          date: "2026-11-24",
          time: "10:00",
          studentIds: [self.id],
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("keeps welfare notes to welfare staff and staff notes from the student and guardian", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const counsellor = await loginAs(api.url, "kuraattori");
    for (const studentId of [self.id, ward.id]) {
      await tutor.trpc.coaching.addNote.mutate({ studentId, visibility: "team", body: `team ${studentId}` });
      await tutor.trpc.coaching.addNote.mutate({
        studentId,
        visibility: "staff",
        body: `staff ${studentId}`,
      });
      await counsellor.trpc.coaching.addNote.mutate({
        studentId,
        visibility: "welfare",
        body: `welfare ${studentId}`,
      });
    }
    await expect(
      tutor.trpc.coaching.addNote.mutate({ studentId: self.id, visibility: "welfare", body: "x" }),
    ).rejects.toThrow(/visibility: only student-welfare staff/);
    expect(
      await codeOf(
        tutor.trpc.coaching.addNote.mutate({ studentId: self.id, visibility: "welfare", body: "x" }),
      ),
    ).toBe("FORBIDDEN");

    const bodies = async (username: string, studentId: string) => {
      const user = await loginAs(api.url, username);
      const notes = await user.trpc.coaching.notes.query({ studentId });
      return new Set(notes.filter((n) => n.body.endsWith(studentId)).map((n) => n.visibility));
    };
    expect(await bodies("kuraattori", self.id)).toEqual(new Set(["team", "staff", "welfare"]));
    expect(await bodies("omaohjaaja", self.id)).toEqual(new Set(["team", "staff"]));
    expect(await bodies("opettaja", self.id)).toEqual(new Set(["team", "staff"]));
    expect(await bodies("esihenkilo", self.id)).toEqual(new Set(["team", "staff"]));
    expect(await bodies("opiskelija", self.id)).toEqual(new Set(["team"]));
    expect(await bodies("huoltaja", ward.id)).toEqual(new Set(["team"]));
    // Every read of the notes is audited.
    expect(await auditCount(ward.id, "coaching.notes")).toBeGreaterThanOrEqual(1);

    const student = await loginAs(api.url, "opiskelija");
    const demoNotes = await student.trpc.coaching.notes.query({ studentId: self.id });
    expect(demoNotes.every((n) => n.visibility === "team")).toBe(true);
    expect(
      await codeOf(
        student.trpc.coaching.addNote.mutate({ studentId: self.id, visibility: "team", body: "x" }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("keeps another provider's tutor and partners without a grant out", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { id } = await tutor.trpc.coaching.create.mutate({
      kind: "community",
      title: "Yhteinen retki",
      date: "2026-12-04",
      time: "09:00",
    });
    const outsider = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(outsider.trpc.coaching.get.query({ sessionId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(outsider.trpc.coaching.notes.query({ studentId: self.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(outsider.trpc.coaching.addParticipant.mutate({ sessionId: id, studentId: self.id })),
    ).toBe("NOT_FOUND");
    const coach = await loginAs(api.url, "valmentaja");
    expect(await codeOf(coach.trpc.coaching.notes.query({ studentId: self.id }))).toBe("NOT_FOUND");
    expect(await codeOf(coach.trpc.coaching.upcoming.query({}))).toBe("FORBIDDEN");
    // Anyone may join a community activity later.
    await tutor.trpc.coaching.addParticipant.mutate({ sessionId: id, studentId: self.id });
    expect((await tutor.trpc.coaching.get.query({ sessionId: id })).participants).toHaveLength(1);
  });
});
