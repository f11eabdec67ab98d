/**
 * #Valmennus metrics and feedback surveys through the real tRPC client over HTTP. The figures are
 * checked against data this test creates for a provider of its own (students, groups, participants,
 * marks, unit progress), so they are known exactly whatever the demo seed holds; the demo provider
 * is then the "other provider" that must see none of it.
 */
import { localDateIn } from "@polku/domain";
import { and, count, eq, sql } from "@polku/plugin-sdk/drizzle";
import {
  codeOf,
  loginAs,
  rowsOf,
  schema,
  startTestApi,
  TRPCClientError,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participant } from "../src/db/schema.ts";
import valmennus, { type ValmennusRouter } from "../src/server.ts";

const id = "lappi-valmennus";
const today = localDateIn(new Date());
const month = Number(today.slice(5, 7));
/** The academic year (August to July) the test runs in, and the cohorts around it. */
const Y = month >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
/** The marks are in September and October of the academic year: they must be in the past. */
const marksInPast = today > `${Y}-10-05`;

type Api = Awaited<ReturnType<typeof startTestApi>>;

/** The field paths a failed call names (BAD_REQUEST's issues), or the code when it did not fail so. */
async function badFields(call: Promise<unknown>): Promise<string[] | string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; issues?: Array<{ path: string }> };
    return data.code === "BAD_REQUEST" ? (data.issues ?? []).map((i) => i.path).sort() : (data.code ?? "?");
  }
}

/**
 * A provider of the test's own: a manager, a tutor, 20 students (the first five can log in), two
 * teaching groups, and participants in three cohorts: Y-2 (first year over, outcomes recorded, units
 * in the HOKS), Y-1 (only four students) and Y (this year's, with attendance marks).
 */
async function makeProvider(db: Api["db"]) {
  const [demo] = await db
    .select({ hash: schema.person.passwordHash })
    .from(schema.person)
    .where(eq(schema.person.username, "esihenkilo"));
  const [provider] = await db
    .insert(schema.organisation)
    .values({ kind: "provider", name: "Tunturin testiopisto", municipality: "Rovaniemi" })
    .returning({ id: schema.organisation.id });
  const providerId = provider!.id;
  const people = ["testi.esihenkilo", "testi.ohjaaja", ...[1, 2, 3, 4, 5].map((n) => `testi.opiskelija${n}`)];
  const persons = await db
    .insert(schema.person)
    .values(
      people.map((username) => ({
        username,
        passwordHash: demo!.hash,
        firstName: "Testi",
        lastName: username,
      })),
    )
    .returning({ id: schema.person.id, username: schema.person.username });
  const personOf = (username: string) => persons.find((p) => p.username === username)!.id;
  await db.insert(schema.membership).values(
    people.map((username) => ({
      personId: personOf(username),
      organisationId: providerId,
      role: username === "testi.esihenkilo" ? "manager" : username === "testi.ohjaaja" ? "tutor" : "student",
    })),
  );
  const students = await db
    .insert(schema.student)
    .values(
      Array.from({ length: 22 }, (_, i) => ({
        providerId,
        personId: i < 5 ? personOf(`testi.opiskelija${i + 1}`) : null,
        firstName: `Opiskelija${i}`,
        lastName: "Testinen",
        birthDate: "2008-05-05",
      })),
    )
    .returning({ id: schema.student.id });
  const s = students.map((row) => row.id);
  const [g1, g2] = await db
    .insert(schema.teachingGroup)
    .values([
      { providerId, name: "Testi 1A" },
      { providerId, name: "Testi 1B" },
    ])
    .returning({ id: schema.teachingGroup.id });
  const enrol = (i: number, cohortYear: number, groupId: string | null, outcome: string | null) => ({
    providerId,
    studentId: s[i]!,
    cohortYear,
    startedOn: `${cohortYear}-08-10`,
    groupId,
    firstYearOutcome: outcome,
  });
  const older = ["continuing", "continuing", "continuing", "graduated", "changed_field", "dropped_out", null];
  await db
    .insert(participant)
    .values([
      ...[0, 1, 2, 3, 4].map((i) => enrol(i, Y, g1!.id, null)),
      ...[5, 6, 18, 19, 20].map((i) => enrol(i, Y, g2!.id, null)),
      ...older.map((outcome, k) => enrol(7 + k, Y - 2, null, outcome)),
      ...[14, 15, 16, 17].map((i) => enrol(i, Y - 1, null, "continuing")),
    ]);

  // Units of the Y-2 cohort's HOKS (C completed, D demonstrated, I in progress, N not started):
  // completed per student 3, 2, 2, 1, 1, 0 (median 1.5); s13 has no units yet.
  const plans = ["CCC", "CCD", "CCI", "CIN", "CNN", "INN"];
  const status = { C: "completed", D: "demonstrated", I: "in_progress", N: "not_started" } as const;
  await db.insert(schema.unitProgress).values([
    ...plans.flatMap((plan, k) =>
      [...plan].map((letter, u) => ({
        providerId,
        studentId: s[7 + k]!,
        unitCode: `tutkinnonosat_10691${u}`,
        status: status[letter as keyof typeof status],
        changedOn: `${Y - 1}-03-01`,
      })),
    ),
    ...[14, 15, 16, 17].map((i) => ({
      providerId,
      studentId: s[i]!,
      unitCode: "tutkinnonosat_106915",
      status: "completed",
      changedOn: `${Y}-03-01`,
    })),
  ]);

  // This year's ten participants (group 1A: s0–s4, 1B: s5, s6, s18–s20). August: two of them;
  // September: all ten on two days; October: 1A's five and one of 1B.
  const sept = [
    ["present", "present", "present", "late", "absent", "present", "excused"],
    ["present", "present", "present", "present", "absent", "present", "present"],
  ];
  const mark = (i: number, day: string, st: string) => ({
    providerId,
    studentId: s[i]!,
    groupId: i < 5 ? g1!.id : null,
    day,
    status: st,
  });
  await db.insert(schema.attendanceMark).values([
    ...[0, 1].map((i) => mark(i, `${Y}-08-20`, "present")),
    ...sept[0]!.map((st, i) => mark(i, `${Y}-09-07`, st)),
    ...sept[1]!.map((st, i) => mark(i, `${Y}-09-08`, st)),
    ...[18, 19, 20].flatMap((i) => [mark(i, `${Y}-09-07`, "present"), mark(i, `${Y}-09-08`, "present")]),
    ...[0, 1, 2, 3, 4].map((i) => mark(i, `${Y}-10-05`, "present")),
    mark(5, `${Y}-10-05`, "absent"),
    // Not counted: a student outside the programme, and a mark of the previous academic year.
    mark(21, `${Y}-09-07`, "absent"),
    mark(7, `${Y}-07-31`, "absent"),
  ]);
  return { providerId, students: s, groups: [g1!.id, g2!.id] };
}

describe.each(testDatabases())("#Valmennus metrics and surveys on $kind", ({ kind }) => {
  let api: Api;
  let own: Awaited<ReturnType<typeof makeProvider>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
    own = await makeProvider(api.db);
  }, 120_000);
  afterAll(() => api?.close());

  const as = async (username: string) => (await loginAs(api.url, username)).plugin<ValmennusRouter>(id);

  it("lets only managers read the metrics", async () => {
    for (const username of [
      "omaohjaaja",
      "opettaja",
      "kuraattori",
      "opiskelija",
      "huoltaja",
      "valmentaja",
      "harju.ohjaaja",
    ]) {
      const other = await as(username);
      expect(await codeOf(other.metrics.retention.query()), username).toBe("FORBIDDEN");
      expect(await codeOf(other.metrics.attendance.query({})), username).toBe("FORBIDDEN");
      expect(await codeOf(other.metrics.baselines.query()), username).toBe("FORBIDDEN");
    }
    const tutor = await as("testi.ohjaaja");
    expect(
      await codeOf(
        tutor.metrics.saveBaseline.mutate({
          cohortYear: Y - 3,
          students: 20,
          stillStudying: 14,
          changedField: 2,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf((await as("testi.esihenkilo")).metrics.progress.query())).toBe("OK");
  });

  it.skipIf(!marksInPast)(
    "computes attendance by month, hiding months and groups of fewer than five",
    async () => {
      const manager = await as("testi.esihenkilo");
      const all = await manager.metrics.attendance.query({});
      expect(all.academicYear).toEqual({ startYear: Y, from: `${Y}-08-01`, to: `${Y + 1}-07-31` });
      expect(all.groups.map((g) => g.name)).toEqual(["Testi 1A", "Testi 1B"]);
      const month = (rows: typeof all.months, m: string) => rows.find((r) => r.month === `${Y}-${m}`);
      // Two students marked in August: too few to show.
      expect(month(all.months, "08")).toMatchObject({ suppressed: true, students: null, attendedPct: null });
      expect(month(all.months, "09")).toEqual({
        month: `${Y}-09`,
        suppressed: false,
        students: 10,
        marks: 20,
        attendedPct: 85,
        unexplainedPct: 10,
        excusedPct: 5,
      });
      expect(month(all.months, "10")).toMatchObject({
        students: 6,
        marks: 6,
        attendedPct: 83.3,
        unexplainedPct: 16.7,
      });
      // The year adds up the months shown only: August is left out, or total minus the rest would give it.
      expect(all.total).toMatchObject({
        students: 10,
        marks: 26,
        attendedPct: 84.6,
        unexplainedPct: 11.5,
        excusedPct: 3.8,
      });
      expect(all.monthsLeftOut).toBe(1);

      const groupA = await manager.metrics.attendance.query({ groupId: own.groups[0] });
      expect(month(groupA.months, "09")).toMatchObject({
        students: 5,
        marks: 10,
        attendedPct: 80,
        unexplainedPct: 20,
        excusedPct: 0,
      });
      // 1A's five in October, but only one of 1B: all groups minus 1A would show that one student.
      expect(month(groupA.months, "10")).toMatchObject({ suppressed: true, attendedPct: null });
      expect(groupA.total).toMatchObject({ students: 5, marks: 10, attendedPct: 80 });
      const groupB = await manager.metrics.attendance.query({ groupId: own.groups[1] });
      expect(month(groupB.months, "09")).toMatchObject({
        students: 5,
        marks: 10,
        attendedPct: 90,
        excusedPct: 10,
      });
      expect(month(groupB.months, "10")).toMatchObject({ suppressed: true, students: null });
      expect(await badFields(manager.metrics.attendance.query({ groupId: "1A" }))).toEqual(["groupId"]);
    },
  );

  it("computes unit progress per cohort with the median of completed units", async () => {
    const manager = await as("testi.esihenkilo");
    const { cohorts } = await manager.metrics.progress.query();
    expect(cohorts.map((c) => c.cohortYear)).toEqual([Y - 2, Y - 1, Y]);
    expect(cohorts[0]).toEqual({
      cohortYear: Y - 2,
      participants: 7,
      suppressed: false,
      students: 6,
      units: 18,
      completedPct: 50,
      inProgressPct: 22.2,
      notStartedPct: 27.8,
      medianCompleted: 1.5,
    });
    expect(cohorts[1]).toMatchObject({
      participants: 4,
      suppressed: true,
      students: null,
      completedPct: null,
    });
    expect(cohorts[2]).toMatchObject({
      participants: 10,
      suppressed: false,
      students: 0,
      completedPct: null,
    });
  });

  it("counts a move to a better-suited field as a success in retention", async () => {
    const manager = await as("testi.esihenkilo");
    const { cohorts } = await manager.metrics.retention.query();
    // This year's cohort has no first year behind it yet.
    expect(cohorts.map((c) => c.cohortYear)).toEqual([Y - 2, Y - 1]);
    expect(cohorts[0]).toEqual({
      cohortYear: Y - 2,
      origin: "programme",
      unrecorded: 1,
      source: null,
      suppressed: false,
      students: 6,
      stillStudying: 4,
      changedField: 1,
      left: 1,
      stillStudyingPct: 66.7,
      stillOrChangedPct: 83.3,
    });
    expect(cohorts[1]).toMatchObject({ suppressed: true, students: null, stillStudyingPct: null });

    // The same student recorded as a dropout: the share with field changes falls to the other one.
    const changed = and(
      eq(participant.providerId, own.providerId),
      eq(participant.studentId, own.students[11]!),
    );
    await api.db.update(participant).set({ firstYearOutcome: "dropped_out" }).where(changed);
    const asDropout = (await manager.metrics.retention.query()).cohorts[0];
    expect(asDropout).toMatchObject({
      stillStudyingPct: 66.7,
      stillOrChangedPct: 66.7,
      changedField: 0,
      left: 2,
    });
    await api.db.update(participant).set({ firstYearOutcome: "changed_field" }).where(changed);
  });

  it("lets a manager enter and correct a baseline, validated field by field", async () => {
    const manager = await as("testi.esihenkilo");
    const baseline = { cohortYear: Y - 3, students: 20, stillStudying: 14, changedField: 2, source: "Wilma" };
    expect(await manager.metrics.saveBaseline.mutate(baseline)).toEqual({ cohortYear: Y - 3, created: true });
    let retention = await manager.metrics.retention.query();
    expect(retention.cohorts[0]).toMatchObject({
      cohortYear: Y - 3,
      origin: "baseline",
      students: 20,
      stillStudyingPct: 70,
      stillOrChangedPct: 80,
      source: "Wilma",
    });
    expect(retention.baseline).toMatchObject({ fromYear: Y - 3, toYear: Y - 3, stillStudyingPct: 70 });

    expect(await manager.metrics.saveBaseline.mutate({ ...baseline, stillStudying: 15 })).toEqual({
      cohortYear: Y - 3,
      created: false,
    });
    retention = await manager.metrics.retention.query();
    expect(retention.cohorts[0]).toMatchObject({ stillStudyingPct: 75, stillOrChangedPct: 85 });

    expect(
      await badFields(
        manager.metrics.saveBaseline.mutate({ ...baseline, stillStudying: 15, changedField: 6 }),
      ),
    ).toEqual(["changedField"]);
    expect(await badFields(manager.metrics.saveBaseline.mutate({ ...baseline, cohortYear: Y }))).toEqual([
      "cohortYear",
    ]);
    expect(
      await badFields(manager.metrics.saveBaseline.mutate({ ...baseline, students: 0, changedField: -1 })),
    ).toEqual(["changedField", "students"]);
    expect((await manager.metrics.retention.query()).cohorts[0]).toMatchObject({ stillStudyingPct: 75 });

    // A year of three students is kept as entered but not shown, and left out of the pooled figure.
    await manager.metrics.saveBaseline.mutate({
      cohortYear: Y - 4,
      students: 3,
      stillStudying: 2,
      changedField: 0,
    });
    expect((await manager.metrics.baselines.query()).map((b) => [b.cohortYear, b.students])).toEqual([
      [Y - 4, 3],
      [Y - 3, 20],
    ]);
    const withSmall = await manager.metrics.retention.query();
    expect(withSmall.cohorts[0]).toMatchObject({
      cohortYear: Y - 4,
      suppressed: true,
      stillStudyingPct: null,
    });
    expect(withSmall.baseline).toMatchObject({ fromYear: Y - 3, students: 20, stillStudyingPct: 75 });

    // The demo provider's manager still sees the demo's own baseline for that year, not this one.
    const other = await (await as("esihenkilo")).metrics.baselines.query();
    expect(other.find((b) => b.cohortYear === Y - 3)?.students).not.toBe(20);
    const otherGroups = await (await as("esihenkilo")).metrics.attendance.query({});
    expect(otherGroups.groups.map((g) => g.name)).not.toContain("Testi 1A");
  });

  it("runs a student survey: answered once, anonymous, results from five answers up", async () => {
    const manager = await as("testi.esihenkilo");
    const draft = {
      title: "Ryhmäytymiskysely",
      audience: "student" as const,
      opensOn: today,
      closesOn: today,
      questions: [
        { text: "Viihdyn ryhmässäni.", kind: "scale" as const },
        { text: "Saan apua, kun tarvitsen.", kind: "scale" as const },
        { text: "Mitä toivot?", kind: "text" as const },
      ],
    };
    expect(
      await badFields(manager.metrics.surveys.create.mutate({ ...draft, title: " ", questions: [] })),
    ).toEqual(["questions", "title"]);
    expect(
      await badFields(
        manager.metrics.surveys.create.mutate({ ...draft, opensOn: today, closesOn: "2020-01-01" }),
      ),
    ).toEqual(["closesOn"]);
    expect(
      await badFields(
        manager.metrics.surveys.create.mutate({
          ...draft,
          questions: [{ text: "?", kind: "yes-no" as "scale" }],
        }),
      ),
    ).toEqual(["questions.0.kind"]);
    expect(await codeOf((await as("testi.ohjaaja")).metrics.surveys.create.mutate(draft))).toBe("FORBIDDEN");
    const { id: surveyId } = await manager.metrics.surveys.create.mutate(draft);

    const answers: Array<Record<string, number | string>> = [
      { q1: 4, q2: 5, q3: "Enemmän retkiä" },
      { q1: 5, q2: 4 },
      { q1: 3, q2: 4, q3: "Hyvä näin" },
      { q1: 4, q2: 2, q3: "  " },
      { q1: 2, q2: 5, q3: "Apua matematiikkaan" },
    ];
    const students = await Promise.all([1, 2, 3, 4, 5].map((n) => as(`testi.opiskelija${n}`)));
    const first = students[0]!;
    expect(await first.metrics.surveys.open.query()).toEqual([
      { id: surveyId, title: "Ryhmäytymiskysely", closesOn: today, answered: false },
    ]);
    expect(
      await badFields(first.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 6, q3: 2 } })),
    ).toEqual(["answers.q1", "answers.q2", "answers.q3"]);
    for (const [i, given] of answers.slice(0, 4).entries()) {
      await students[i]!.metrics.surveys.answer.mutate({ surveyId, answers: given });
    }
    // Four answers: only their number is shown.
    let results = await manager.metrics.surveys.results.query({ surveyId });
    expect(results).toMatchObject({ answers: 4, suppressed: true });
    expect(results.questions.map((q) => (q.kind === "scale" ? q.mean : q.texts))).toEqual([null, null, null]);

    await students[4]!.metrics.surveys.answer.mutate({ surveyId, answers: answers[4]! });
    results = await manager.metrics.surveys.results.query({ surveyId });
    expect(results.answers).toBe(5);
    expect(results.suppressed).toBe(false);
    const [q1, q2, q3] = results.questions;
    expect(q1).toMatchObject({ kind: "scale", mean: 3.6, distribution: [0, 1, 1, 2, 1] });
    expect(q2).toMatchObject({ kind: "scale", mean: 4, distribution: [0, 1, 0, 2, 2] });
    expect(q3?.kind === "text" && [...(q3.texts ?? [])].sort()).toEqual([
      "Apua matematiikkaan",
      "Enemmän retkiä",
      "Hyvä näin",
    ]);

    // Once only, and nothing of the second try is stored.
    expect(await codeOf(first.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 1, q2: 1 } }))).toBe(
      "CONFLICT",
    );
    expect((await manager.metrics.surveys.results.query({ surveyId })).answers).toBe(5);
    // Answered is per survey: a second open survey is still to answer.
    const { id: second } = await manager.metrics.surveys.create.mutate({ ...draft, title: "Toinen kysely" });
    const open = await first.metrics.surveys.open.query();
    expect(open.map((s) => [s.title, s.answered]).sort()).toEqual([
      ["Ryhmäytymiskysely", true],
      ["Toinen kysely", false],
    ]);
    expect(open.map((s) => s.id).sort()).toEqual([surveyId, second].sort());

    // Anonymity: the answers hold no person and no day; the respondents only who answered; no audit
    // trail of it.
    const names = rowsOf<{ column_name: string }>(
      await api.db.execute(sql`select column_name from information_schema.columns
        where table_schema = 'lappi_valmennus' and table_name = 'survey_answer'`),
    );
    expect(names.map((c) => c.column_name).sort()).toEqual(["answers", "id", "provider_id", "survey_id"]);
    const stored = rowsOf<{ a: string }>(
      await api.db.execute(sql`select answers::text as a from lappi_valmennus.survey_answer
        where survey_id = ${surveyId}::uuid`),
    );
    expect(stored).toHaveLength(5);
    const texts = stored.map((r) => r.a).join(" ");
    const personIds = await api.db
      .select({ id: schema.person.id })
      .from(schema.person)
      .where(sql`${schema.person.username} like 'testi.%'`);
    for (const p of personIds) expect(texts).not.toContain(p.id);
    const [respondents] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.procedure} like '%surveys.answer%'`);
    expect(respondents!.n).toBe(0);
    const [who] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from lappi_valmennus.survey_respondent
        where survey_id = ${surveyId}::uuid`),
    );
    expect(who!.n).toBe(5);

    // Another provider's people see nothing of it.
    const demoStudent = await as("opiskelija");
    expect((await demoStudent.metrics.surveys.open.query()).map((s) => s.id)).not.toContain(surveyId);
    expect(
      await codeOf(demoStudent.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 1, q2: 1 } })),
    ).toBe("NOT_FOUND");
    const demoManager = await as("esihenkilo");
    expect(await codeOf(demoManager.metrics.surveys.results.query({ surveyId }))).toBe("NOT_FOUND");
    expect((await demoManager.metrics.surveys.list.query()).map((s) => s.id)).not.toContain(surveyId);
    expect(await codeOf(first.metrics.surveys.results.query({ surveyId }))).toBe("FORBIDDEN");
    expect(await codeOf(manager.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 1, q2: 1 } }))).toBe(
      "FORBIDDEN",
    );
  });

  it("gives team surveys to the provider's staff only", async () => {
    const manager = await as("testi.esihenkilo");
    const { id: surveyId } = await manager.metrics.surveys.create.mutate({
      title: "Tukijoukkueen kysely",
      audience: "team",
      opensOn: today,
      closesOn: today,
      questions: [{ text: "Tieto kulkee.", kind: "scale" }],
    });
    const student = await as("testi.opiskelija1");
    expect((await student.metrics.surveys.open.query()).map((s) => s.id)).not.toContain(surveyId);
    expect(await codeOf(student.metrics.surveys.forAnswer.query({ surveyId }))).toBe("NOT_FOUND");
    expect(await codeOf(student.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 3 } }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf((await as("omaohjaaja")).metrics.surveys.answer.mutate({ surveyId, answers: { q1: 3 } })),
    ).toBe("NOT_FOUND");

    const tutor = await as("testi.ohjaaja");
    const shown = await tutor.metrics.surveys.forAnswer.query({ surveyId });
    expect(shown).toMatchObject({
      status: "open",
      answered: false,
      questions: [{ id: "q1", kind: "scale" }],
    });
    await tutor.metrics.surveys.answer.mutate({ surveyId, answers: { q1: 3 } });
    const listed = await manager.metrics.surveys.list.query();
    expect(listed.find((s) => s.id === surveyId)).toMatchObject({ answers: 1, questions: 1, status: "open" });
  });

  it("seeds the demo: baselines, closed surveys with results, an open survey the student answers", async () => {
    const manager = await as("esihenkilo");
    expect((await manager.metrics.baselines.query()).map((b) => b.cohortYear)).toEqual([2022, 2023]);
    const retention = await manager.metrics.retention.query();
    // About 70–75 % still studying before the pilot: 27 of 38, 30 of 41.
    expect(
      retention.cohorts.filter((c) => c.origin === "baseline").map((c) => [c.cohortYear, c.stillStudyingPct]),
    ).toEqual([
      [2022, 71.1],
      [2023, 73.2],
    ]);
    const surveys = await manager.metrics.surveys.list.query();
    const closedStudent = surveys.find((s) => s.audience === "student" && s.status === "closed")!;
    const results = await manager.metrics.surveys.results.query({ surveyId: closedStudent.id });
    expect(results.answers).toBeGreaterThanOrEqual(5);
    // 4+5+3+4+2+5+4+3 = 30 over 8 answers: 3.75, shown to one decimal.
    expect(results.questions[0]).toMatchObject({ kind: "scale", mean: 3.8, distribution: [0, 1, 2, 3, 2] });
    const team = surveys.find((s) => s.audience === "team" && s.status === "closed")!;
    expect(
      (await manager.metrics.surveys.results.query({ surveyId: team.id })).answers,
    ).toBeGreaterThanOrEqual(5);

    const student = await as("opiskelija");
    expect(
      await badFields(
        student.metrics.surveys.answer.mutate({
          surveyId: closedStudent.id,
          answers: { q1: 3, q2: 3, q3: 3 },
        }),
      ),
    ).toEqual(["surveyId"]);
    const [open] = await student.metrics.surveys.open.query();
    expect(open).toMatchObject({ title: "Palautetta ryhmävalmennuksesta", answered: false });
    await student.metrics.surveys.answer.mutate({ surveyId: open!.id, answers: { q1: 4, q2: 5 } });
    expect((await manager.metrics.surveys.results.query({ surveyId: open!.id })).answers).toBe(1);

    // A restart seeds nothing twice.
    await valmennus.seed!({ db: api.db });
    expect((await manager.metrics.surveys.list.query()).length).toBe(surveys.length);
    expect((await manager.metrics.surveys.results.query({ surveyId: closedStudent.id })).answers).toBe(
      results.answers,
    );
  });
});
