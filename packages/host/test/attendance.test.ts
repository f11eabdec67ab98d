import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { localDateIn } from "@polku/domain";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { TRPCClientError } from "@trpc/client";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { auditLog, attendanceMark, student } = schema;

/** The BAD_REQUEST's issues (path and message) of a failed call. */
async function issuesOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { code?: string; issues?: Array<{ path: string; message: string }> };
      return { code: data.code, message: error.message, issues: data.issues ?? [] };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

const daysAgo = (n: number) => localDateIn(new Date(Date.now() - n * 86_400_000));

describe.each(testDatabases())("attendance on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
  });
  afterAll(() => api?.close());

  const today = localDateIn(new Date());
  const audited = async (procedure: string, studentIds?: string[]) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.procedure, procedure),
          studentIds ? inArray(auditLog.studentId, studentIds) : undefined,
        ),
      );
    return row?.n ?? 0;
  };
  const marksOn = async (day: string) => {
    const [row] = await api.db.select({ n: count() }).from(attendanceMark).where(eq(attendanceMark.day, day));
    return row?.n ?? 0;
  };

  it("lists the demo's groups and marks a whole group at once, idempotently, auditing each change", async () => {
    const teacher = await loginAs(api.url, "opettaja");
    const groups = await teacher.trpc.attendance.groups.query();
    expect(groups.map((g) => [g.name, g.members])).toEqual([
      ["1A Ensimmäinen vuosi", 14],
      ["1B Ensimmäinen vuosi", 14],
    ]);
    const group = groups[0]!;
    const roster = await teacher.trpc.attendance.roster.query({ groupId: group.id, day: today });
    expect(roster.students).toHaveLength(14);
    expect(roster.students.every((s) => s.mark === null)).toBe(true);
    const minor = roster.students.find((s) => s.minor)!;
    const ids = roster.students.map((s) => s.id);

    const marks = roster.students.map((s) => ({
      studentId: s.id,
      status: s.id === minor.id ? ("absent" as const) : ("present" as const),
    }));
    const readsBefore = await audited("attendance.roster");
    expect(readsBefore).toBe(14);
    expect(await teacher.trpc.attendance.mark.mutate({ groupId: group.id, day: today, marks })).toEqual({
      created: 14,
      updated: 0,
      unchanged: 0,
    });
    expect(await audited("attendance.mark", ids)).toBe(14);

    // The same marks again: nothing changes, nothing is audited.
    expect(await teacher.trpc.attendance.mark.mutate({ groupId: group.id, day: today, marks })).toEqual({
      created: 0,
      updated: 0,
      unchanged: 14,
    });
    expect(await audited("attendance.mark", ids)).toBe(14);

    // A correction: the minor came late after all.
    const corrected = marks.map((m) =>
      m.studentId === minor.id ? { ...m, status: "late" as const, minutesLate: 20 } : m,
    );
    expect(
      await teacher.trpc.attendance.mark.mutate({ groupId: group.id, day: today, marks: corrected }),
    ).toEqual({ created: 0, updated: 1, unchanged: 13 });
    expect(await audited("attendance.mark", ids)).toBe(15);
    const after = await teacher.trpc.attendance.roster.query({ groupId: group.id, day: today });
    expect(after.students.find((s) => s.id === minor.id)?.mark).toMatchObject({
      status: "late",
      minutesLate: 20,
    });

    // A lesson is its own mark beside the day's.
    expect(
      await teacher.trpc.attendance.mark.mutate({
        groupId: group.id,
        day: today,
        lesson: "3",
        marks: [{ studentId: minor.id, status: "absent" }],
      }),
    ).toMatchObject({ created: 1 });
  });

  it("refuses students outside the group, future days and bad input, naming each field", async () => {
    const teacher = await loginAs(api.url, "opettaja");
    const [groupA, groupB] = await teacher.trpc.attendance.groups.query();
    const outsider = (await teacher.trpc.attendance.roster.query({ groupId: groupB!.id, day: today }))
      .students[0]!;
    const insider = (await teacher.trpc.attendance.roster.query({ groupId: groupA!.id, day: today }))
      .students[0]!;
    const before = await marksOn(daysAgo(40));

    const wrongGroup = await issuesOf(
      teacher.trpc.attendance.mark.mutate({
        groupId: groupA!.id,
        day: daysAgo(40),
        marks: [
          { studentId: insider.id, status: "present" },
          { studentId: outsider.id, status: "absent" },
        ],
      }),
    );
    expect(wrongGroup.code).toBe("BAD_REQUEST");
    expect(wrongGroup.issues).toEqual([
      { path: "marks.1.studentId", message: "The student is not in the group 1A Ensimmäinen vuosi." },
    ]);
    expect(await marksOn(daysAgo(40))).toBe(before);

    const future = await issuesOf(
      teacher.trpc.attendance.mark.mutate({
        groupId: groupA!.id,
        day: daysAgo(-2),
        marks: [{ studentId: insider.id, status: "present" }],
      }),
    );
    expect(future.issues).toEqual([{ path: "day", message: expect.stringMatching(/in the future/) }]);

    const bad = await issuesOf(
      teacher.trpc.attendance.mark.mutate({
        groupId: groupA!.id,
        day: "2026-02-30",
        marks: [{ studentId: insider.id, status: "sick" as "present", minutesLate: 5 }],
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.issues.map((i) => i.path).sort()).toEqual(["day", "marks.0.status"]);

    const minutesOnPresent = await issuesOf(
      teacher.trpc.attendance.mark.mutate({
        groupId: groupA!.id,
        day: today,
        marks: [{ studentId: insider.id, status: "present", minutesLate: 5 }],
      }),
    );
    expect(minutesOnPresent.issues).toEqual([
      { path: "marks.0.minutesLate", message: expect.stringMatching(/^Minutes late are given/) },
    ]);
  });

  it("imports a day's CSV in one go, and with any bad line saves nothing and names every bad line", async () => {
    const teacher = await loginAs(api.url, "opettaja");
    const me = await teacher.trpc.auth.me.query();
    const own = await api.db
      .select({ id: student.id, oid: student.learnerOid })
      .from(student)
      .where(eq(student.providerId, me.current.organisationId!))
      .orderBy(student.id)
      .limit(4);
    const day = daysAgo(30);
    const [d, m, y] = [Number(day.slice(8)), Number(day.slice(5, 7)), day.slice(0, 4)];
    const finnish = `${d}.${m}.${y}`;
    const good = [
      "opiskelija;pvm;oppitunti;merkintä;myöhässä_min",
      `${own[0]!.oid};${finnish};;läsnä;`,
      `${own[1]!.oid};${day};;poissa;`,
      `${own[2]!.id};${finnish};2;myöhässä;15`,
      `${own[3]!.oid};;;luvallinen;`,
    ];
    const bad = [
      ...good,
      `${own[0]!.oid};${finnish};1;sairas;`,
      "1.2.246.562.24.12345678901;;;läsnä;",
      `${own[1]!.oid};${finnish};;läsnä;`,
    ].join("\n");
    const refused = await issuesOf(teacher.trpc.attendance.import.mutate({ day, csv: bad }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.issues.map((i) => i.path)).toEqual([
      "csv.6.merkintä",
      "csv.7.opiskelija",
      "csv.8.opiskelija",
    ]);
    expect(refused.issues[0]!.message).toBe(
      'Line 6, column merkintä: "sairas" is not a mark: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).',
    );
    expect(refused.issues[2]!.message).toMatch(/^Line 8, column opiskelija: .*on line 3/);
    expect(await marksOn(day)).toBe(0);
    expect(await audited("attendance.import")).toBe(0);

    expect(await teacher.trpc.attendance.import.mutate({ day, csv: good.join("\r\n") })).toEqual({
      marks: 4,
      students: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
    });
    expect(await marksOn(day)).toBe(4);
    expect(await audited("attendance.import")).toBe(4);
    // Importing the same file again changes nothing.
    expect(await teacher.trpc.attendance.import.mutate({ day, csv: good.join("\n") })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
    expect(await audited("attendance.import")).toBe(4);
  });

  it("imports a provider's whole day of lesson marks in one statement", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const me = await manager.trpc.auth.me.query();
    const all = await api.db
      .select({ oid: student.learnerOid })
      .from(student)
      .where(eq(student.providerId, me.current.organisationId!));
    const lines = ["opiskelija,oppitunti,merkintä"];
    for (let lesson = 1; lesson <= 40; lesson++) {
      for (const s of all) lines.push(`${s.oid},${lesson},${lesson % 9 === 0 ? "absent" : "present"}`);
    }
    const day = daysAgo(31);
    const result = await manager.trpc.attendance.import.mutate({ day, csv: lines.join("\n") });
    expect(result).toMatchObject({ marks: 40 * all.length, students: all.length, created: 40 * all.length });
    expect(await marksOn(day)).toBe(40 * all.length);
  });

  it("refuses a file over the size limit with a message saying what to do", async () => {
    const teacher = await loginAs(api.url, "opettaja");
    const huge = `opiskelija;merkintä\n${"x;läsnä\n".repeat(260_000)}`;
    const refused = await issuesOf(teacher.trpc.attendance.import.mutate({ day: daysAgo(1), csv: huge }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.issues).toEqual([
      { path: "csv", message: expect.stringMatching(/split it into smaller files/) },
    ]);
  });

  it("never shows attendance to partners, even with a grant", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const adult = (await tutor.trpc.students.list.query({ phase: "graduation" })).find((s) => !s.minor)!;
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    await tutor.trpc.grants.create.mutate({
      studentId: adult.id,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });
    const teacher = await loginAs(api.url, "opettaja");
    const [group] = await teacher.trpc.attendance.groups.query();

    const coach = await loginAs(api.url, "valmentaja");
    // The grant opens the student to the coach...
    expect(await codeOf(coach.trpc.students.get.query({ studentId: adult.id }))).toBe("OK");
    // ...but not the student's attendance.
    const range = { studentId: adult.id, from: daysAgo(60), to: today };
    expect(await codeOf(coach.trpc.attendance.forStudent.query(range))).toBe("FORBIDDEN");
    expect(await codeOf(coach.trpc.attendance.groups.query())).toBe("FORBIDDEN");
    expect(await codeOf(coach.trpc.attendance.roster.query({ groupId: group!.id, day: today }))).toBe(
      "FORBIDDEN",
    );
    for (const partner of ["yritys", "kumppani"]) {
      const client = await loginAs(api.url, partner);
      expect(await codeOf(client.trpc.attendance.forStudent.query(range))).toBe("FORBIDDEN");
    }
  });

  it("shows a student their own marks and a guardian their ward's, and nobody else's", async () => {
    const pupil = await loginAs(api.url, "opiskelija");
    const [self] = await pupil.trpc.students.list.query({});
    const own = await pupil.trpc.attendance.forStudent.query({
      studentId: self!.id,
      from: daysAgo(14),
      to: today,
    });
    expect(own.marks.length).toBeGreaterThanOrEqual(5);
    expect(own.counts.present + own.counts.absent + own.counts.excused + own.counts.late).toBe(
      own.marks.length,
    );
    expect(await audited("attendance.forStudent", [self!.id])).toBe(1);

    const guardian = await loginAs(api.url, "huoltaja");
    const wards = await guardian.trpc.students.list.query({});
    const ward = await guardian.trpc.attendance.forStudent.query({
      studentId: wards[0]!.id,
      from: daysAgo(14),
      to: today,
    });
    // The demo gives the guardian's ward an unexplained absence this past week.
    expect(ward.counts.unexplained).toBeGreaterThanOrEqual(1);

    const teacher = await loginAs(api.url, "opettaja");
    const [group] = await teacher.trpc.attendance.groups.query();
    const roster = await teacher.trpc.attendance.roster.query({ groupId: group!.id, day: today });
    const other = roster.students.find((s) => s.id !== self!.id && !wards.some((w) => w.id === s.id))!;
    const range = { studentId: other.id, from: daysAgo(14), to: today };
    expect(await codeOf(pupil.trpc.attendance.forStudent.query(range))).toBe("NOT_FOUND");
    expect(await codeOf(guardian.trpc.attendance.forStudent.query(range))).toBe("NOT_FOUND");
    // Groups are the provider's staff's: a student can neither list them nor read a roster.
    expect(await codeOf(pupil.trpc.attendance.groups.query())).toBe("FORBIDDEN");
    expect(await codeOf(pupil.trpc.attendance.roster.query({ groupId: group!.id, day: today }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        pupil.trpc.attendance.mark.mutate({
          groupId: group!.id,
          day: today,
          marks: [{ studentId: self!.id, status: "present" }],
        }),
      ),
    ).toBe("FORBIDDEN");
    // Another provider's staff do not see the group either.
    const otherTutor = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(otherTutor.trpc.attendance.roster.query({ groupId: group!.id, day: today }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(otherTutor.trpc.attendance.forStudent.query(range))).toBe("NOT_FOUND");
  });

  it("lets a tutor create a group and set its members; a teacher may not", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const students = await tutor.trpc.students.list.query({ limit: 5 });
    const { id } = await tutor.trpc.attendance.createGroup.mutate({
      name: "Valinnaiset: kuvataide",
      studentIds: students.slice(0, 2).map((s) => s.id),
    });
    expect(
      await tutor.trpc.attendance.setMembers.mutate({
        groupId: id,
        studentIds: students.slice(1, 4).map((s) => s.id),
      }),
    ).toEqual({ added: 2, removed: 1 });
    const groups = await tutor.trpc.attendance.groups.query();
    expect(groups.find((g) => g.id === id)?.members).toBe(3);

    const otherTutor = await loginAs(api.url, "harju.ohjaaja");
    const foreign = (await otherTutor.trpc.students.list.query({ limit: 1 }))[0]!;
    const refused = await issuesOf(
      tutor.trpc.attendance.setMembers.mutate({ groupId: id, studentIds: [students[0]!.id, foreign.id] }),
    );
    expect(refused.issues).toEqual([
      { path: "studentIds.1", message: "No student of your provider has this id." },
    ]);

    const teacher = await loginAs(api.url, "opettaja");
    expect(await codeOf(teacher.trpc.attendance.createGroup.mutate({ name: "Ei saa" }))).toBe("FORBIDDEN");
  });
});
