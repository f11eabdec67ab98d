import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Finding a student as a tutor looks for one: by full name, own tutees, a group, in an order. */
describe.each(testDatabases())("searching the student list on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
  });
  afterAll(() => api?.close());

  it("finds a student by first and last name in either order, or by the start of one", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const names = (list: ReadonlyArray<{ firstName: string; lastName: string }>) =>
      list.map((s) => `${s.firstName} ${s.lastName}`);
    expect(names(await tutor.trpc.students.list.query({ search: "Helmi Salminen" }))).toEqual([
      "Helmi Salminen",
    ]);
    expect(names(await tutor.trpc.students.list.query({ search: "salminen  helmi" }))).toEqual([
      "Helmi Salminen",
    ]);
    const bySurnameStart = await tutor.trpc.students.list.query({ search: "Salm" });
    expect(bySurnameStart.length).toBeGreaterThan(0);
    expect(bySurnameStart.every((s) => /^Salm/i.test(s.lastName) || /^Salm/i.test(s.firstName))).toBe(true);
    // A word must begin a name: "minen" is inside "Salminen" but begins nothing.
    expect(names(await tutor.trpc.students.list.query({ search: "Helmi minen" }))).toEqual([]);
    // Wildcards are literal.
    expect(await tutor.trpc.students.list.query({ search: "%" })).toEqual([]);
  });

  it("counts what the filters find, beyond one page", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const all = await tutor.trpc.students.list.query({ limit: 500 });
    expect(await tutor.trpc.students.count.query({})).toEqual({ total: all.length });
    const page = await tutor.trpc.students.list.query({ limit: 25, offset: 25 });
    expect(page.map((s) => s.id)).toEqual(all.slice(25, 50).map((s) => s.id));
    const helmi = await tutor.trpc.students.count.query({ search: "Helmi Salminen" });
    expect(helmi).toEqual({ total: 1 });
  });

  it("narrows to the tutor's own students and to one teaching group", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const me = await tutor.trpc.auth.me.query();
    const mine = await tutor.trpc.students.list.query({ mine: true, limit: 500 });
    const tutees = await api.db
      .select({ id: schema.student.id })
      .from(schema.student)
      .where(eq(schema.student.tutorPersonId, me.personId));
    const onTeam = await api.db
      .select({ id: schema.supportTeamMember.studentId })
      .from(schema.supportTeamMember)
      .where(eq(schema.supportTeamMember.personId, me.personId));
    expect(new Set(mine.map((s) => s.id))).toEqual(new Set([...tutees, ...onTeam].map((r) => r.id)));
    expect(await tutor.trpc.students.count.query({ mine: true })).toEqual({ total: mine.length });
    // Another tutor's own students are not this one's.
    const other = await loginAs(api.url, "harju.ohjaaja");
    const theirs = await other.trpc.students.list.query({ mine: true, limit: 500 });
    expect(theirs.some((s) => mine.some((m) => m.id === s.id))).toBe(false);

    const [group] = await tutor.trpc.attendance.groups.query();
    const members = await api.db
      .select({ studentId: schema.groupMember.studentId })
      .from(schema.groupMember)
      .where(eq(schema.groupMember.groupId, group!.id));
    const inGroup = await tutor.trpc.students.list.query({ groupId: group!.id, limit: 500 });
    expect(new Set(inGroup.map((s) => s.id))).toEqual(new Set(members.map((m) => m.studentId)));
  });

  it("sorts by expected graduation (unknown last) or by name backwards", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const byGraduation = await tutor.trpc.students.list.query({ sort: "expectedGraduation", limit: 500 });
    const dates = byGraduation.map((s) => s.expectedGraduation);
    const known = dates.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort());
    expect(dates.slice(0, known.length)).toEqual(known);
    const [withDate] = await api.db
      .select({ n: count() })
      .from(schema.student)
      .where(
        and(
          eq(schema.student.providerId, byGraduation[0]!.providerId),
          isNotNull(schema.student.expectedGraduation),
        ),
      );
    expect(known.length).toBe(withDate!.n);

    const backwards = await tutor.trpc.students.list.query({ descending: true, limit: 500 });
    const forwards = await tutor.trpc.students.list.query({ limit: 500 });
    expect(backwards.map((s) => s.lastName)).toEqual(forwards.map((s) => s.lastName).reverse());
  });
});
