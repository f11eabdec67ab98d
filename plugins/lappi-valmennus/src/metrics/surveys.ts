/**
 * Feedback surveys: a manager writes a short survey for the students or the support team; the audience
 * answers once while it is open; managers read the results with the five-answer floor.
 *
 * Anonymity: an answer (`survey_answer`) holds no person, and `survey_respondent` records only that a
 * person answered, so each answers once. Both are written in one transaction, so neither exists
 * without the other. Answering writes no audit entry: the entry (who, which procedure, when) would tie
 * the person to the moment an answer appeared, which is what the split of the two tables prevents.
 */
import { localDateIn } from "@polku/domain";
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import { type Actor, Id, input, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { survey, surveyAnswer, surveyRespondent } from "../db/schema.ts";
import { actingProvider, badInput } from "../guards.ts";
import { MIN_STUDENTS } from "./privacy.ts";
import {
  AnswerInput,
  type Audience,
  checkAnswers,
  type Question,
  questionsOf,
  SurveyInput,
  surveyProblems,
  surveyStatus,
} from "./survey-input.ts";
import { type ScaleCounts, surveyResults } from "./survey-results.ts";

const today = () => localDateIn(new Date());
const SurveyRef = Schema.Struct({ surveyId: Id });

const surveyColumns = {
  id: survey.id,
  providerId: survey.providerId,
  title: survey.title,
  audience: survey.audience,
  opensOn: survey.opensOn,
  closesOn: survey.closesOn,
  questions: survey.questions,
};

/**
 * The surveys this person is the audience of: a student those for students of the providers they
 * study at, provider staff those for the team of their own provider.
 */
function audienceOf(actor: Actor) {
  if (actor.role === "student") {
    return and(
      eq(survey.audience, "student" satisfies Audience),
      sql`${survey.providerId} in (select s.provider_id from student s where s.person_id = ${actor.personId}::uuid)`,
    );
  }
  return and(eq(survey.audience, "team" satisfies Audience), eq(survey.providerId, actingProvider(actor)));
}

/*
 * Correlated subqueries name the outer table in full: drizzle writes a selected column unqualified
 * ("id"), which inside the subquery would mean the inner table's own column.
 */
const answeredBy = (personId: string) =>
  sql<boolean>`exists (select 1 from lappi_valmennus.survey_respondent r
    where r.provider_id = survey.provider_id and r.survey_id = survey.id and r.person_id = ${personId}::uuid)`;

/** A survey of the manager's provider, or NOT_FOUND (another provider's survey is not there for them). */
async function ownSurvey(tx: Database, providerId: string, surveyId: string) {
  const [found] = await tx
    .select(surveyColumns)
    .from(survey)
    .where(and(eq(survey.providerId, providerId), eq(survey.id, surveyId)));
  if (!found) throw notFound("The survey");
  return { ...found, questions: found.questions as Question[] };
}

async function answerCount(tx: Database, providerId: string, surveyId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from lappi_valmennus.survey_answer
      where provider_id = ${providerId}::uuid and survey_id = ${surveyId}::uuid`),
  );
  return row?.n ?? 0;
}

/** How many chose each of 1–5, per scale question, counted in the database. */
async function scaleCounts(tx: Database, providerId: string, surveyId: string): Promise<ScaleCounts[]> {
  const rows = rowsOf<{ questionId: string; d1: number; d2: number; d3: number; d4: number; d5: number }>(
    await tx.execute(sql`
      select e.key as "questionId",
             count(*) filter (where e.value = '1'::jsonb)::int as d1,
             count(*) filter (where e.value = '2'::jsonb)::int as d2,
             count(*) filter (where e.value = '3'::jsonb)::int as d3,
             count(*) filter (where e.value = '4'::jsonb)::int as d4,
             count(*) filter (where e.value = '5'::jsonb)::int as d5
      from lappi_valmennus.survey_answer a cross join lateral jsonb_each(a.answers) e
      where a.provider_id = ${providerId}::uuid and a.survey_id = ${surveyId}::uuid
        and jsonb_typeof(e.value) = 'number'
      group by e.key`),
  );
  return rows.map((r) => ({ questionId: r.questionId, distribution: [r.d1, r.d2, r.d3, r.d4, r.d5] }));
}

/**
 * The words of the text questions. Ordered by the answer's random id, never by when it came: the
 * order then tells nothing of who answered first.
 */
async function textAnswers(tx: Database, providerId: string, surveyId: string) {
  const rows = rowsOf<{ questionId: string; text: string }>(
    await tx.execute(sql`
      select e.key as "questionId", e.value #>> '{}' as text
      from lappi_valmennus.survey_answer a cross join lateral jsonb_each(a.answers) e
      where a.provider_id = ${providerId}::uuid and a.survey_id = ${surveyId}::uuid
        and jsonb_typeof(e.value) = 'string'
      order by e.key, a.id`),
  );
  const byQuestion = new Map<string, string[]>();
  for (const r of rows) byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r.text]);
  return byQuestion;
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return (e?.code ?? e?.cause?.code) === "23505";
};

const alreadyAnswered = () =>
  new TRPCError({
    code: "CONFLICT",
    message: "You have already answered this survey: each person answers once.",
  });

export const surveysRouter = router({
  /** Writes a survey for the manager's provider; its questions get ids q1…q10. */
  create: procedure
    .meta({ permission: "valmennus.survey.manage" })
    .input(input(SurveyInput))
    .mutation(async ({ ctx, input: draft }) => {
      const providerId = actingProvider(ctx.actor);
      const problems = surveyProblems(draft, today());
      if (problems.length > 0) throw badInput(problems);
      const [created] = await ctx.tx
        .insert(survey)
        .values({
          providerId,
          title: draft.title.trim(),
          audience: draft.audience,
          opensOn: draft.opensOn,
          closesOn: draft.closesOn,
          questions: questionsOf(draft),
          createdBy: ctx.actor!.personId,
        })
        .returning({ id: survey.id });
      return { id: created!.id };
    }),

  /** The provider's surveys, newest first, with how many have answered each. */
  list: procedure.meta({ permission: "valmennus.survey.manage" }).query(async ({ ctx }) => {
    const providerId = actingProvider(ctx.actor);
    const rows = await ctx.tx
      .select({
        ...surveyColumns,
        answers: sql<number>`(select count(*)::int from lappi_valmennus.survey_answer a
          where a.provider_id = survey.provider_id and a.survey_id = survey.id)`,
      })
      .from(survey)
      .where(eq(survey.providerId, providerId))
      .orderBy(desc(survey.opensOn), desc(survey.createdAt));
    const day = today();
    return rows.map(({ questions, providerId: _p, ...s }) => ({
      ...s,
      answers: Number(s.answers),
      questions: (questions as Question[]).length,
      status: surveyStatus(s, day),
    }));
  }),

  /** A survey's results: the count of answers always, the rest only from five answers up. */
  results: procedure
    .meta({ permission: "valmennus.survey.manage" })
    .input(input(SurveyRef))
    .query(async ({ ctx, input: { surveyId } }) => {
      const providerId = actingProvider(ctx.actor);
      const found = await ownSurvey(ctx.tx, providerId, surveyId);
      const answers = await answerCount(ctx.tx, providerId, surveyId);
      // Below the floor the answers' contents are not even read.
      const enough = answers >= MIN_STUDENTS;
      const scales = enough ? await scaleCounts(ctx.tx, providerId, surveyId) : [];
      const texts = enough ? await textAnswers(ctx.tx, providerId, surveyId) : new Map<string, string[]>();
      const { providerId: _p, questions, ...about } = found;
      return {
        survey: { ...about, status: surveyStatus(found, today()) },
        ...surveyResults(questions, answers, scales, texts),
      };
    }),

  /** The surveys open today for this person, and whether they have answered each. */
  open: procedure.meta({ permission: "valmennus.survey.answer" }).query(async ({ ctx }) => {
    const actor = ctx.actor!;
    const day = today();
    return ctx.tx
      .select({
        id: survey.id,
        title: survey.title,
        closesOn: survey.closesOn,
        answered: answeredBy(actor.personId),
      })
      .from(survey)
      .where(
        and(
          audienceOf(actor),
          sql`${survey.opensOn} <= ${day}::date`,
          sql`${survey.closesOn} >= ${day}::date`,
        ),
      )
      .orderBy(survey.closesOn, survey.title);
  }),

  /** One survey to answer, with its questions; NOT_FOUND unless this person is its audience. */
  forAnswer: procedure
    .meta({ permission: "valmennus.survey.answer" })
    .input(input(SurveyRef))
    .query(async ({ ctx, input: { surveyId } }) => {
      const actor = ctx.actor!;
      const [found] = await ctx.tx
        .select({ ...surveyColumns, answered: answeredBy(actor.personId) })
        .from(survey)
        .where(and(eq(survey.id, surveyId), audienceOf(actor)));
      if (!found) throw notFound("The survey");
      const { providerId: _p, ...s } = found;
      return { ...s, questions: s.questions as Question[], status: surveyStatus(s, today()) };
    }),

  /**
   * Answers a survey once, while it is open. The respondent row goes first: a second answer by the
   * same person (even two at once) fails on its primary key and stores nothing.
   */
  answer: procedure
    .meta({ permission: "valmennus.survey.answer" })
    .input(input(AnswerInput))
    .mutation(async ({ ctx, input: { surveyId, answers } }) => {
      const actor = ctx.actor!;
      const day = today();
      const [found] = await ctx.tx
        .select({ ...surveyColumns, answered: answeredBy(actor.personId) })
        .from(survey)
        .where(and(eq(survey.id, surveyId), audienceOf(actor)));
      if (!found) throw notFound("The survey");
      if (found.answered) throw alreadyAnswered();
      if (surveyStatus(found, day) !== "open") {
        throw badInput([
          { path: ["surveyId"], message: `The survey is open from ${found.opensOn} to ${found.closesOn}.` },
        ]);
      }
      const { problems, stored } = checkAnswers(found.questions as Question[], answers);
      if (problems.length > 0) throw badInput(problems);
      try {
        await ctx.tx
          .insert(surveyRespondent)
          .values({ providerId: found.providerId, surveyId: found.id, personId: actor.personId });
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyAnswered();
        throw error;
      }
      await ctx.tx
        .insert(surveyAnswer)
        .values({ providerId: found.providerId, surveyId: found.id, answers: stored, submittedOn: day });
      return { answered: true as const };
    }),
});
