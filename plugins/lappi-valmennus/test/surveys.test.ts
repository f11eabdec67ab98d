/**
 * #Valmennus feedback surveys through the real tRPC client over HTTP: a student survey answered once
 * and anonymously with results from five answers up, team surveys for the provider's staff only, and
 * the demo's surveys. On a provider of the test's own (support/own-provider.ts).
 */
import { count, sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, rowsOf, schema, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import valmennus, { type ValmennusRouter } from "../src/server.ts";
import { type Api, badFields, id, makeProvider, today } from "./support/own-provider.ts";

describe.each(testDatabases())("#Valmennus surveys on $kind", ({ kind }) => {
  let api: Api;
  let _own: Awaited<ReturnType<typeof makeProvider>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
    _own = await makeProvider(api.db);
  }, 120_000);
  afterAll(() => api?.close());

  const as = async (username: string) => (await loginAs(api.url, username)).plugin<ValmennusRouter>(id);

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
