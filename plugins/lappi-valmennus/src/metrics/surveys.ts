/**
 * Feedback surveys: a manager writes a short survey for the students or the support team; the audience
 * answers once while it is open; managers read the results with the five-answer floor.
 *
 * Anonymity: an answer (`survey_answer`) holds no person and no date, and `survey_respondent` records
 * only that a person answered, so each answers once. The application role cannot touch the answers
 * table: one security-definer function writes both rows together (neither exists without the other),
 * and the results come from another that counts and applies the five-answer floor in the database
 * (migrations/0005_survey_anonymity.sql). So no request, whatever SQL it ran, could match an answer to
 * its respondent (by transaction id, row position or day). Answering writes no audit entry: the entry
 * (who, which procedure, when) would tie the person to the moment an answer appeared.
 */
import { localDateIn } from "@polku/domain";
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import { type Actor, Id, input, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { survey } from "../db/schema.ts";
import { actingProvider, badInput } from "../guards.ts";
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

interface StoredResults {
  readonly answers: number;
  readonly scales: readonly ScaleCounts[];
  readonly texts: ReadonlyArray<{ questionId: string; text: string }>;
}

/**
 * The answers' count, per scale question how many chose each of 1–5, and the texts (in the answers'
 * random order), as the database's definer function gives them: only the count below five answers.
 */
async function storedResults(tx: Database, providerId: string, surveyId: string): Promise<StoredResults> {
  const [row] = rowsOf<{ results: StoredResults | string | null }>(
    await tx.execute(
      sql`select lappi_valmennus.survey_results(${providerId}::uuid, ${surveyId}::uuid) as results`,
    ),
  );
  const results =
    typeof row?.results === "string" ? (JSON.parse(row.results) as StoredResults) : row?.results;
  if (!results) throw notFound("The survey");
  return results;
}

const textsByQuestion = (texts: StoredResults["texts"]) => {
  const byQuestion = new Map<string, string[]>();
  for (const t of texts) byQuestion.set(t.questionId, [...(byQuestion.get(t.questionId) ?? []), t.text]);
  return byQuestion;
};

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
        answers: sql<number>`lappi_valmennus.survey_answer_count(survey.provider_id, survey.id)`,
      })
      .from(survey)
      .where(eq(survey.providerId, providerId))
      .orderBy(desc(survey.opensOn), desc(survey.createdAt), desc(survey.id))
      // A provider writes a few surveys a term: a hard cap, the newest.
      .limit(500);
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
      // Below the floor the database does not even read the answers' contents.
      const { answers, scales, texts } = await storedResults(ctx.tx, providerId, surveyId);
      const { providerId: _p, questions, ...about } = found;
      return {
        survey: { ...about, status: surveyStatus(found, today()) },
        ...surveyResults(questions, answers, scales, textsByQuestion(texts)),
      };
    }),

  /** The surveys open today for this person, and whether they have answered each. */
  open: procedure.meta({ permission: "valmennus.survey.answer" }).query(async ({ ctx }) => {
    const actor = ctx.actor!;
    const day = today();
    return (
      ctx.tx
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
        .orderBy(survey.closesOn, survey.title, survey.id)
        // Those open today for one person are naturally few: a hard cap.
        .limit(100)
    );
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
   * Answers a survey once, while it is open. The checks here name the field to correct; the database
   * function checks the same again and writes the respondent row first: a second answer by the same
   * person (even two at once) fails on its primary key and stores nothing.
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
        await ctx.tx.execute(sql`select lappi_valmennus.answer_survey(${found.providerId}::uuid,
          ${found.id}::uuid, ${JSON.stringify(stored)}::jsonb)`);
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyAnswered();
        throw error;
      }
      return { answered: true as const };
    }),
});
