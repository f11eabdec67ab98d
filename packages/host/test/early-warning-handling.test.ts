import { schema } from "@polku/db";
import { inScope, testDatabases } from "@polku/db/testing";
import { addDaysToLocalDate, localDateIn } from "@polku/domain";
import { codeOf, loginAs, startTestApi, TRPCClientError } from "@polku/plugin-sdk/testing";
import { coreErrorTranslations } from "@polku/trpc";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Student = { id: string; providerId: string; firstName: string; lastName: string };

/** Early warnings in urgency order, marked handled with a note, opened again by a new signal. */
describe.each(testDatabases())("early-warning handling on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  /** The demo tutor's students with no warning in the demo data, present. */
  let quiet: Student[];
  const today = localDateIn(new Date());

  const absent = (student: Student, ...daysAgo: number[]) =>
    api.db.insert(schema.attendanceMark).values(
      daysAgo.map((n) => ({
        providerId: student.providerId,
        studentId: student.id,
        day: addDaysToLocalDate(today, -n),
        lesson: "",
        status: "absent",
      })),
    );

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
    expect(quiet.length).toBeGreaterThan(4);
    const [low, severe, near] = quiet as [Student, Student, Student];
    await absent(low, 0, 1, 2);
    await absent(severe, 0, 1, 2, 3, 4, 5);
    await absent(near, 0, 1, 2);
    await api.db
      .update(schema.student)
      .set({ expectedGraduation: addDaysToLocalDate(today, 30) })
      .where(and(eq(schema.student.providerId, near.providerId), eq(schema.student.id, near.id)));
  });
  afterAll(() => api?.close());

  const rowsOf = async (studentId: string) =>
    api.db
      .select()
      .from(schema.earlyWarningHandling)
      .where(eq(schema.earlyWarningHandling.studentId, studentId));
  const audited = async (studentId: string, procedure: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.studentId, studentId),
          eq(schema.auditLog.procedure, procedure),
          eq(schema.auditLog.succeeded, true),
        ),
      );
    return row?.n ?? 0;
  };

  it("lists the warnings most urgent first, with the urgency and its reasons", async () => {
    const [low, severe, near] = quiet as [Student, Student, Student];
    const tutor = await loginAs(api.url, "omaohjaaja");
    const { students } = await tutor.trpc.earlyWarning.forMe.query();
    const order = students.map((s) => s.studentId);
    expect(order.indexOf(near.id)).toBeLessThan(order.indexOf(severe.id));
    expect(order.indexOf(severe.id)).toBeLessThan(order.indexOf(low.id));
    const points = students.map((s) => s.urgency.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    const byId = new Map(students.map((s) => [s.studentId, s]));
    expect(byId.get(near.id)?.urgency).toEqual({
      level: "medium",
      points: 4,
      reasons: [
        { kind: "signals", count: 1 },
        { kind: "graduation", inDays: 30 },
      ],
    });
    expect(byId.get(severe.id)?.urgency).toMatchObject({ level: "low", points: 3 });
    expect(byId.get(low.id)).toMatchObject({
      state: "open",
      latest: null,
      urgency: { level: "low", points: 2 },
    });
  });

  it("marks a warning handled with a note, audited, until a new signal opens it again", async () => {
    const low = quiet[0]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    const note = "Soitin opiskelijalle, poissaolot johtuivat muutosta. Sovittiin tapaaminen.";
    expect(await tutor.trpc.earlyWarning.handle.mutate({ studentId: low.id, note })).toEqual({
      state: "handled",
      signals: 3,
    });
    const [row] = await rowsOf(low.id);
    expect(row).toMatchObject({ action: "handled", note, createdBy: expect.any(String) });
    expect(row?.signals).toHaveLength(3);
    expect(await audited(low.id, "earlyWarning.handle")).toBe(1);

    const handled = (await tutor.trpc.earlyWarning.forMe.query()).students.find(
      (s) => s.studentId === low.id,
    );
    expect(handled).toMatchObject({
      state: "handled",
      newSinceHandled: 0,
      latest: { action: "handled", note },
    });
    expect(handled?.latest?.byName).toMatch(/\S+ \S+/);
    // Handling it again is refused: nothing new has happened.
    expect(
      await codeOf(tutor.trpc.earlyWarning.handle.mutate({ studentId: low.id, note: "Uudelleen" })),
    ).toBe("CONFLICT");

    // A new day of absence (three days ago, within the window) opens it again, ranked higher for it.
    await absent(low, 3);
    const back = (await tutor.trpc.earlyWarning.forMe.query()).students.find((s) => s.studentId === low.id);
    expect(back).toMatchObject({ state: "open", newSinceHandled: 1, latest: { action: "handled", note } });
    expect(back?.urgency.reasons).toContainEqual({ kind: "returned" });
    expect(back?.urgency.points).toBe(3);
  });

  it("opens a handled warning again by hand, keeping the history", async () => {
    const severe = quiet[1]!;
    const manager = await loginAs(api.url, "esihenkilo");
    await manager.trpc.earlyWarning.handle.mutate({
      studentId: severe.id,
      note: "Käsitelty ohjausryhmässä.",
    });
    await manager.trpc.earlyWarning.reopen.mutate({
      studentId: severe.id,
      note: "Merkitty väärälle opiskelijalle.",
    });
    expect(await codeOf(manager.trpc.earlyWarning.reopen.mutate({ studentId: severe.id }))).toBe("CONFLICT");
    const history = await manager.trpc.earlyWarning.history.query({ studentId: severe.id });
    expect(history.entries.map((e) => [e.action, e.note])).toEqual([
      ["reopened", "Merkitty väärälle opiskelijalle."],
      ["handled", "Käsitelty ohjausryhmässä."],
    ]);
    expect(history.warning?.state).toBe("open");
    expect(await rowsOf(severe.id)).toHaveLength(2);
    expect(await audited(severe.id, "earlyWarning.reopen")).toBe(1);
    // Welfare staff handle warnings too.
    const welfare = await loginAs(api.url, "kuraattori");
    await welfare.trpc.earlyWarning.handle.mutate({
      studentId: severe.id,
      note: "Keskusteltu kuraattorin kanssa.",
    });
    expect((await welfare.trpc.earlyWarning.history.query({ studentId: severe.id })).warning?.state).toBe(
      "handled",
    );
  });

  it("refuses other roles, and another provider's student", async () => {
    const near = quiet[2]!;
    for (const user of ["opettaja", "valmentaja", "kumppani", "opiskelija", "huoltaja"]) {
      const client = await loginAs(api.url, user);
      expect(
        await codeOf(client.trpc.earlyWarning.handle.mutate({ studentId: near.id, note: "x" })),
        user,
      ).toBe("FORBIDDEN");
    }
    const other = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(other.trpc.earlyWarning.handle.mutate({ studentId: near.id, note: "x" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(other.trpc.earlyWarning.history.query({ studentId: near.id }))).toBe("NOT_FOUND");
    expect(await rowsOf(near.id)).toEqual([]);
  });

  it("is walled by row-level security: own provider, handling roles, in one's own name, only added", async () => {
    const near = quiet[2]!;
    const tutor = await api.db
      .select({ id: schema.person.id })
      .from(schema.person)
      .where(eq(schema.person.username, "omaohjaaja"));
    const personId = tutor[0]!.id;
    const row = {
      providerId: near.providerId,
      studentId: near.id,
      action: "handled",
      note: "x",
      signals: [],
    };
    const attempt = (scope: { providerId: string; role: string; personId: string }, by = scope.personId) =>
      inScope(api.db, { organisationId: scope.providerId, ...scope }, (tx) =>
        tx.insert(schema.earlyWarningHandling).values({ ...row, createdBy: by }),
      ).then(
        () => "written",
        () => "refused",
      );
    const [harju] = await api.db
      .select({ id: schema.organisation.id })
      .from(schema.organisation)
      .where(eq(schema.organisation.name, "Harjuseudun ammattiopisto"));
    expect(await attempt({ providerId: harju!.id, role: "tutor", personId })).toBe("refused");
    expect(await attempt({ providerId: near.providerId, role: "teacher", personId })).toBe("refused");
    expect(await attempt({ providerId: near.providerId, role: "tutor", personId }, quiet[3]!.id)).toBe(
      "refused",
    );
    // A blank note is refused by the database as well.
    expect(
      await inScope(
        api.db,
        { providerId: near.providerId, organisationId: near.providerId, role: "tutor", personId },
        (tx) => tx.insert(schema.earlyWarningHandling).values({ ...row, note: "  ", createdBy: personId }),
      ).then(
        () => "written",
        () => "refused",
      ),
    ).toBe("refused");
    // Dated away from now (a "handled" row in the future would stay the latest and hide new warnings;
    // one back-dated would slip in under later ones): refused; dated now, it is written.
    const dated = (createdAt: Date) =>
      inScope(
        api.db,
        { providerId: near.providerId, organisationId: near.providerId, role: "tutor", personId },
        (tx) => tx.insert(schema.earlyWarningHandling).values({ ...row, createdBy: personId, createdAt }),
      ).then(
        () => "written",
        () => "refused",
      );
    const hour = 60 * 60 * 1000;
    expect(await dated(new Date(Date.now() + 24 * hour))).toBe("refused");
    expect(await dated(new Date(Date.now() - 24 * hour))).toBe("refused");
    expect(await rowsOf(near.id)).toEqual([]);
    // No change or deletion of the history for the application role.
    const scope = { providerId: near.providerId, organisationId: near.providerId, role: "tutor", personId };
    for (const change of [
      (tx: typeof api.db) => tx.update(schema.earlyWarningHandling).set({ note: "muutettu" }),
      (tx: typeof api.db) => tx.delete(schema.earlyWarningHandling),
    ]) {
      expect(
        await inScope(api.db, scope, (tx) => change(tx)).then(
          () => "done",
          () => "refused",
        ),
      ).toBe("refused");
    }
  });

  it("says a missing or too long note in Finnish", async () => {
    const near = quiet[2]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    tutor.state.language = "fi";
    const issuesOf = async (note: string) => {
      try {
        await tutor.trpc.earlyWarning.handle.mutate({ studentId: near.id, note });
      } catch (error) {
        if (!(error instanceof TRPCClientError)) throw error;
        return (error.data as { issues?: Array<{ path: string; message: string }> }).issues;
      }
      throw new Error("the call succeeded");
    };
    const fi = coreErrorTranslations.fi;
    expect(await issuesOf("   ")).toEqual([
      {
        path: "note",
        message: fi["Write a note: what was done about the warning, for the others who read it."],
      },
    ]);
    expect(await issuesOf("x".repeat(2001))).toEqual([
      {
        path: "note",
        message: expect.stringMatching(/^Teksti on liian pitkä: lyhennä se enintään 2\s000 merkkiin\.$/),
      },
    ]);
    expect(await rowsOf(near.id)).toEqual([]);
  });
});
