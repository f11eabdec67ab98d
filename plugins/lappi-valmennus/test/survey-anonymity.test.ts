/**
 * #Valmennus feedback surveys, as the application role through SQL: whatever SQL a request could run,
 * an answer cannot go in without its respondent row (nor a second time), and no role serving requests
 * can read an answer at all, so nothing (transaction id, row position, day) links it to who answered.
 * Results come only as aggregates, from five answers up, for the provider's managers.
 */
import { randomUUID } from "node:crypto";
import { localDateIn } from "@polku/domain";
import type { Database } from "@polku/plugin-sdk/db";
import { type SQL, sql } from "@polku/plugin-sdk/drizzle";
import {
  type ActorScope,
  createTestDatabase,
  inScope,
  rowsOf,
  schema,
  type TestDb,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { survey } from "../src/db/schema.ts";

/** The SQLSTATE and message a statement failed with, or "succeeded". */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string; message?: string } }) =>
      `${error.cause?.code ?? "?"} ${error.cause?.message ?? error.message}`,
  );

const today = localDateIn(new Date());

describe.each(testDatabases())("survey answers under the application role on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const otherProvider = randomUUID();
  const students = Array.from({ length: 6 }, () => randomUUID());
  const managerPerson = randomUUID();
  const tutorPerson = randomUUID();
  const otherManagerPerson = randomUUID();
  const studentSurvey = randomUUID();
  const teamSurvey = randomUUID();
  const closedSurvey = randomUUID();

  const student = (i: number): ActorScope => ({
    providerId: null,
    organisationId: provider,
    personId: students[i]!,
    role: "student",
  });
  const manager: ActorScope = {
    providerId: provider,
    organisationId: provider,
    personId: managerPerson,
    role: "manager",
  };
  const tutor: ActorScope = {
    providerId: provider,
    organisationId: provider,
    personId: tutorPerson,
    role: "tutor",
  };
  const otherManager: ActorScope = {
    providerId: otherProvider,
    organisationId: otherProvider,
    personId: otherManagerPerson,
    role: "manager",
  };
  const everyone = [student(0), manager, tutor, otherManager];

  const as = <T>(scope: ActorScope, work: (tx: Database) => Promise<T>) => inScope(t.db, scope, work);
  const run = (scope: ActorScope, query: SQL) => as(scope, (tx) => tx.execute(query));
  const answer = (scope: ActorScope, surveyId: string, answers: unknown) =>
    run(
      scope,
      sql`select lappi_valmennus.answer_survey(${provider}::uuid, ${surveyId}::uuid, ${JSON.stringify(answers)}::jsonb)`,
    );
  /** What the owner (no request ever runs as it) sees of a survey's rows. */
  const stored = async (surveyId: string) => {
    const [row] = rowsOf<{ answers: number; respondents: number }>(
      await t.db.execute(sql`select
        (select count(*)::int from lappi_valmennus.survey_answer where survey_id = ${surveyId}::uuid) as answers,
        (select count(*)::int from lappi_valmennus.survey_respondent where survey_id = ${surveyId}::uuid) as respondents`),
    );
    return row!;
  };
  const results = async (scope: ActorScope, surveyId: string) => {
    const [row] = rowsOf<{ results: unknown }>(
      await run(
        scope,
        sql`select lappi_valmennus.survey_results(${provider}::uuid, ${surveyId}::uuid) as results`,
      ),
    );
    return typeof row?.results === "string" ? JSON.parse(row.results) : row?.results;
  };

  beforeAll(async () => {
    t = await createTestDatabase(kind, { plugins: ["lappi-valmennus"] });
    await t.db.insert(schema.organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: otherProvider, kind: "provider", name: "Q" },
    ]);
    await t.db.insert(schema.person).values(
      [...students, managerPerson, tutorPerson, otherManagerPerson].map((id) => ({
        id,
        username: id,
        passwordHash: "$argon2id$secret",
        firstName: "A",
        lastName: "B",
      })),
    );
    await t.db.insert(schema.student).values(
      students.map((personId) => ({
        providerId: provider,
        personId,
        firstName: "S",
        lastName: "T",
        birthDate: "2008-01-01",
      })),
    );
    const questions = [
      { id: "q1", text: "Viihdyn", kind: "scale" },
      { id: "q2", text: "Toiveet", kind: "text" },
    ];
    await t.db.insert(survey).values([
      {
        providerId: provider,
        id: studentSurvey,
        title: "S",
        audience: "student",
        opensOn: today,
        closesOn: today,
        questions,
      },
      {
        providerId: provider,
        id: teamSurvey,
        title: "T",
        audience: "team",
        opensOn: today,
        closesOn: today,
        questions,
      },
      {
        providerId: provider,
        id: closedSurvey,
        title: "C",
        audience: "student",
        opensOn: "2020-01-01",
        closesOn: "2020-01-31",
        questions,
      },
    ]);
  }, 120_000);
  afterAll(() => t?.dispose());

  it("refuses an answer without its respondent row, and a respondent row without its answer", async () => {
    // The row fills whatever columns the table has (it once had the day of the answer too).
    const row = sql`jsonb_populate_record(null::lappi_valmennus.survey_answer, jsonb_build_object(
      'provider_id', ${provider}::uuid, 'id', gen_random_uuid(), 'survey_id', ${studentSurvey}::uuid,
      'answers', '{"q1": 5}'::jsonb, 'submitted_on', current_date))`;
    expect(
      await failure(run(student(0), sql`insert into lappi_valmennus.survey_answer select (${row}).*`)),
    ).toMatch(/^42501 permission denied/);
    expect(
      await failure(
        run(
          student(0),
          sql`insert into lappi_valmennus.survey_respondent (provider_id, survey_id, person_id)
            values (${provider}::uuid, ${studentSurvey}::uuid, ${students[0]}::uuid)`,
        ),
      ),
    ).toMatch(/^42501 permission denied/);
    expect(await stored(studentSurvey)).toEqual({ answers: 0, respondents: 0 });
  });

  it("takes an answer with its respondent row in one call, once per person, only from the audience", async () => {
    await answer(student(0), studentSurvey, { q1: 4, q2: "Retkiä" });
    expect(await stored(studentSurvey)).toEqual({ answers: 1, respondents: 1 });
    // Once: the second try fails on the respondent's primary key and stores nothing.
    expect(await failure(answer(student(0), studentSurvey, { q1: 1 }))).toMatch(/^23505 /);
    // Answers that do not fit the questions, a team survey for a student, a student survey for staff,
    // a closed survey: refused, nothing stored.
    for (const wrong of [
      { q1: 6 },
      { q1: 2.5 },
      { q1: "5" },
      { q2: "ei asteikkoa" },
      { q1: 3, q9: 1 },
      [1],
    ]) {
      expect(await failure(answer(student(1), studentSurvey, wrong)), JSON.stringify(wrong)).toMatch(
        /^22023 /,
      );
    }
    expect(await failure(answer(student(1), teamSurvey, { q1: 3 }))).toMatch(/^42501 /);
    expect(await failure(answer(tutor, studentSurvey, { q1: 3 }))).toMatch(/^42501 /);
    expect(await failure(answer(student(1), closedSurvey, { q1: 3 }))).toMatch(/^42501 /);
    expect(await stored(studentSurvey)).toEqual({ answers: 1, respondents: 1 });
    expect(await stored(closedSurvey)).toEqual({ answers: 0, respondents: 0 });
    await answer(tutor, teamSurvey, { q1: 3 });
    expect(await stored(teamSurvey)).toEqual({ answers: 1, respondents: 1 });
  });

  it("lets no role serving requests read an answer, so nothing links it to its respondent", async () => {
    for (const scope of everyone) {
      for (const query of [
        sql`select xmin::text, ctid::text from lappi_valmennus.survey_answer`,
        sql`select count(*) from lappi_valmennus.survey_answer`,
        sql`select a.id from lappi_valmennus.survey_answer a join lappi_valmennus.survey_respondent r
          on r.xmin = a.xmin`,
      ]) {
        expect(await failure(run(scope, query)), scope.role!).toMatch(/^42501 permission denied/);
      }
    }
    const [privileges] = rowsOf<{ any: boolean }>(
      await t.db.execute(sql`select has_table_privilege('polku_app', 'lappi_valmennus.survey_answer',
          'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
        or has_any_column_privilege('polku_app', 'lappi_valmennus.survey_answer', 'SELECT, INSERT, UPDATE, REFERENCES')
        as any`),
    );
    expect(privileges!.any).toBe(false);
    // A respondent row is readable by its own person only (has this person answered?), never another's.
    const own = rowsOf<{ person_id: string }>(
      await run(student(0), sql`select person_id from lappi_valmennus.survey_respondent`),
    );
    expect(own.map((r) => r.person_id)).toEqual([students[0]]);
    expect(rowsOf(await run(manager, sql`select xmin::text from lappi_valmennus.survey_respondent`))).toEqual(
      [],
    );
    // No day or time on either side to match.
    const dated = rowsOf<{ column_name: string }>(
      await t.db.execute(sql`select table_name || '.' || column_name as column_name
        from information_schema.columns
        where table_schema = 'lappi_valmennus' and table_name in ('survey_answer', 'survey_respondent')
          and (data_type like 'date%' or data_type like 'time%' or data_type = 'interval')`),
    );
    expect(dated).toEqual([]);
  });

  it("gives the results as aggregates from five answers up, to the provider's managers only", async () => {
    for (const i of [1, 2, 3]) await answer(student(i), studentSurvey, { q1: i + 1, q2: `Vastaus ${i}` });
    // Four answers: only their number.
    expect(await results(manager, studentSurvey)).toEqual({ answers: 4, scales: [], texts: [] });
    await answer(student(4), studentSurvey, { q1: 5 });
    const shown = await results(manager, studentSurvey);
    expect(shown.answers).toBe(5);
    expect(shown.scales).toEqual([{ questionId: "q1", distribution: [0, 1, 1, 2, 1] }]);
    expect(shown.texts.map((x: { text: string }) => x.text).sort()).toEqual([
      "Retkiä",
      "Vastaus 1",
      "Vastaus 2",
      "Vastaus 3",
    ]);
    // Nothing per answer beyond its words: no id, no order of arrival to go by.
    expect(Object.keys(shown).sort()).toEqual(["answers", "scales", "texts"]);
    for (const x of shown.texts) expect(Object.keys(x).sort()).toEqual(["questionId", "text"]);

    for (const scope of [student(0), tutor, otherManager]) {
      expect(await results(scope, studentSurvey), scope.role!).toBeNull();
      const [count] = rowsOf<{ n: number | null }>(
        await run(
          scope,
          sql`select lappi_valmennus.survey_answer_count(${provider}::uuid, ${studentSurvey}::uuid) as n`,
        ),
      );
      expect(count!.n, scope.role!).toBeNull();
    }
    const [count] = rowsOf<{ n: number }>(
      await run(
        manager,
        sql`select lappi_valmennus.survey_answer_count(${provider}::uuid, ${studentSurvey}::uuid) as n`,
      ),
    );
    expect(count!.n).toBe(5);
  });

  it("keeps a caller's temporary table from standing in for the plugin's tables in its definer functions", async () => {
    // Without pg_temp last in the functions' search_path, a temporary `student` table (which any role
    // may create) would make the caller a student of any provider.
    // (A database that refuses the role temporary tables altogether is as good.)
    const outcome = await as(student(5), async (tx) => {
      await tx.execute(
        sql`create temp table student (provider_id uuid, id uuid, person_id uuid) on commit drop`,
      );
      await tx.execute(
        sql`insert into pg_temp.student values (${otherProvider}::uuid, null, ${students[5]}::uuid)`,
      );
      const [row] = rowsOf<{ forged: boolean }>(
        await tx.execute(sql`select lappi_valmennus.is_student_of(${otherProvider}::uuid) as forged`),
      );
      return row!.forged ? "forged" : "not forged";
    }).catch((error: Error & { cause?: { code?: string } }) => {
      if (error.cause?.code === "42501") return "no temporary tables";
      throw error;
    });
    expect(outcome).not.toBe("forged");
  });
});
