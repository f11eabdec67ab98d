/**
 * The anonymous end-of-period self-assessment over the five areas of social strengthening: the coachee
 * answers once; no role serving requests reads an answer (SQL as the application role); results are
 * per half-year, the count from seven respondents up and the averages only once the half-year has ended.
 */
import { randomUUID } from "node:crypto";
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

describe.each(testDatabases())("self-assessment (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
  });
  afterAll(() => api?.close());

  it("keeps answers anonymous and shows results only from seven respondents up, averages once the half-year ended", async () => {
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const studentSession = await loginAs(api.url, "opiskelija");
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const handOver = (studentId: string, minor = false) =>
      tutor.create.mutate({
        studentId,
        workshopId: agreement!.workshopId,
        situation: "no_job",
        consentGivenBy: minor ? "guardian" : "student",
        agreementId: agreement!.id,
        consentCovers: [],
      });

    // The demo student answers through the API, once.
    const [self] = await studentSession.trpc.students.list.query({});
    const { id: ownHandover } = await handOver(self!.id, self!.minor);
    const student = studentSession.plugin<HandoverRouter>(id);
    expect((await student.selfAssessment.mine.query()).find((h) => h.id === ownHandover)?.answered).toBe(
      false,
    );
    const scores = {
      selfKnowledge: 4,
      socialSkills: 3,
      everydayLife: 5,
      studyWorkReadiness: 4,
      lifeManagement: 2,
    };
    await student.selfAssessment.answer.mutate({ handoverId: ownHandover, ...scores });
    expect(await codeOf(student.selfAssessment.answer.mutate({ handoverId: ownHandover, ...scores }))).toBe(
      "CONFLICT",
    );
    expect((await student.selfAssessment.mine.query()).find((h) => h.id === ownHandover)?.answered).toBe(
      true,
    );
    expect(await codeOf(coach.selfAssessment.answer.mutate({ handoverId: ownHandover, ...scores }))).toBe(
      "FORBIDDEN",
    );

    // Five more coachees answer, as themselves in SQL (the demo has one student account).
    const others = (await tutor.candidates.query()).filter((c) => !c.minor).slice(0, 6);
    const answerAs = async (studentId: string, handoverId: string, providerId: string, score: number) => {
      const personId = randomUUID();
      await api.db.execute(sql`insert into person (id, username, password_hash, first_name, last_name)
        values (${personId}::uuid, ${`coachee-${personId}`}, '!', 'Testi', 'Valmentautuja')`);
      await api.db.execute(
        sql`update student set person_id = ${personId}::uuid where id = ${studentId}::uuid`,
      );
      const scope = { providerId: null, organisationId: providerId, personId, role: "student" };
      await inScope(api.db, scope, (tx) =>
        tx.execute(sql`select esedu_workshop_handover.answer_self_assessment(${providerId}::uuid, ${handoverId}::uuid,
          ${score}::smallint, ${score}::smallint, ${score}::smallint, ${score}::smallint, ${score}::smallint)`),
      );
      return scope;
    };
    let scope: Parameters<typeof inScope>[1] | undefined;
    const handed: Array<{ handoverId: string; studentId: string; providerId: string }> = [];
    for (const c of others)
      handed.push({ handoverId: (await handOver(c.id)).id, studentId: c.id, providerId: c.providerId });
    for (const h of handed.slice(0, 5)) scope = await answerAs(h.studentId, h.handoverId, h.providerId, 3);

    const below = (await coach.selfAssessment.results.query()).find((r) => r.period === "2026/2")!;
    // Below seven not even the count shows (a count moving by one tells who just answered).
    expect(below.respondents).toBeNull();
    expect(below.self_knowledge).toBeNull();

    // No role serving requests reads the answers, nor writes them past the function.
    expect(
      await failure(
        inScope(api.db, scope!, (tx) =>
          tx.execute(sql`select * from esedu_workshop_handover.self_assessment_answer`),
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        inScope(api.db, scope!, (tx) =>
          tx.execute(sql`insert into esedu_workshop_handover.self_assessment_answer (provider_id, workshop_id, period,
            self_knowledge, social_skills, everyday_life, study_work_readiness, life_management)
            values (${handed[0]!.providerId}::uuid, ${agreement!.workshopId}::uuid, '2026/2', 5, 5, 5, 5, 5)`),
        ),
      ),
    ).toBe("42501");
    // Nor for someone else's path.
    expect(
      await failure(
        inScope(api.db, scope!, (tx) =>
          tx.execute(sql`select esedu_workshop_handover.answer_self_assessment(${handed[5]!.providerId}::uuid,
            ${handed[5]!.handoverId}::uuid, 1::smallint, 1::smallint, 1::smallint, 1::smallint, 1::smallint)`),
        ),
      ),
    ).toBe("42501");

    await answerAs(handed[5]!.studentId, handed[5]!.handoverId, handed[5]!.providerId, 3);
    const shown = (await coach.selfAssessment.results.query()).find((r) => r.period === "2026/2")!;
    expect(shown.respondents).toBe(7);
    // The half-year is still open: no averages yet (read before and after one coachee's answer, live
    // averages would give that answer away).
    expect(shown.self_knowledge).toBeNull();
    expect(shown.life_management).toBeNull();
    // A half-year that has ended shows its averages: 7 answers of an earlier period, written as the owner.
    const [past] = rowsOf<{ period: string }>(
      await api.db.execute(sql`select to_char(d, 'YYYY') || '/' || case when extract(month from d) <= 6
        then '1' else '2' end as period from (select ((now() at time zone 'Europe/Helsinki') - interval '6 months')::date as d) x`),
    );
    for (const score of [5, 3, 3, 3, 3, 3, 3]) {
      await api.db.execute(sql`insert into esedu_workshop_handover.self_assessment_answer (provider_id, workshop_id,
        period, self_knowledge, social_skills, everyday_life, study_work_readiness, life_management)
        values (${handed[0]!.providerId}::uuid, ${agreement!.workshopId}::uuid, ${past!.period},
          ${score}::smallint, 3, 3, 3, ${6 - score}::smallint)`);
    }
    const ended = (await coach.selfAssessment.results.query()).find((r) => r.period === past!.period)!;
    expect(ended.respondents).toBe(7);
    // (5 + 6 x 3) / 7 = 3.3; (1 + 6 x 3) / 7 = 2.7
    expect(Number(ended.self_knowledge)).toBe(3.3);
    expect(Number(ended.life_management)).toBe(2.7);
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<HandoverRouter>(id);
    expect((await manager.selfAssessment.results.query())[0]?.respondents).toBe(7);
    expect(await tutor.selfAssessment.results.query()).toEqual([]);
  });
});
