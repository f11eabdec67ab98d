/**
 * A feedback survey as a manager writes it, and an answer as a student or team member gives it. The
 * schemas check each field; the functions here check what needs the survey itself (the dates in order,
 * the answers against the questions), naming the field to correct.
 */
import { Id, LocalDateInput, MultiLineText, SingleLineText } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import type { FieldProblem } from "./baseline-input.ts";

export const audiences = ["student", "team"] as const;
export type Audience = (typeof audiences)[number];
export const questionKinds = ["scale", "text"] as const;
export const MAX_QUESTIONS = 10;
export const MAX_ANSWER_LENGTH = 2000;

/** A text that must hold words, with the sentences for too long and for empty. */
const Written = (max: number, sentences: { tooLong: string; message: string }) =>
  SingleLineText(max, { tooLong: sentences.tooLong }).check(
    Schema.makeFilter((s: string) => (s.trim().length > 0 ? undefined : sentences.message)),
  );

export const QuestionInput = Schema.Struct({
  text: Written(300, { tooLong: "Keep the question to 300 characters.", message: "Write the question." }),
  kind: Schema.Literals(questionKinds),
});

export const SurveyInput = Schema.Struct({
  title: Written(200, { tooLong: "Keep the title to 200 characters.", message: "Write the title." }),
  audience: Schema.Literals(audiences),
  opensOn: LocalDateInput,
  closesOn: LocalDateInput,
  questions: Schema.Array(QuestionInput).check(
    Schema.isMinLength(1, { message: "Add at least one question." }),
    Schema.isMaxLength(MAX_QUESTIONS, { message: `A survey has at most ${MAX_QUESTIONS} questions.` }),
  ),
});
export type SurveyInput = typeof SurveyInput.Type;

/** A question as stored in `survey.questions`: the id keys the answers. */
export interface Question {
  readonly id: string;
  readonly text: string;
  readonly kind: (typeof questionKinds)[number];
}

export const questionsOf = (input: SurveyInput): Question[] =>
  input.questions.map((q, i) => ({ id: `q${i + 1}`, text: q.text.trim(), kind: q.kind }));

export function surveyProblems(input: SurveyInput, today: string): FieldProblem[] {
  if (input.closesOn < input.opensOn) {
    return [{ path: ["closesOn"], message: "The survey closes before it opens: check the dates." }];
  }
  if (input.closesOn < today) {
    return [
      { path: ["closesOn"], message: "The survey would already be closed: choose a later closing day." },
    ];
  }
  return [];
}

export type SurveyStatus = "upcoming" | "open" | "closed";

export const surveyStatus = (survey: { opensOn: string; closesOn: string }, today: string): SurveyStatus =>
  today < survey.opensOn ? "upcoming" : today > survey.closesOn ? "closed" : "open";

export const AnswerInput = Schema.Struct({
  surveyId: Id,
  /** By question id: a scale question's 1–5, a text question's words (may be left empty). */
  answers: Schema.Record(
    SingleLineText(20, { tooLong: "The survey has no such question." }),
    Schema.Union([
      Schema.Number,
      MultiLineText(MAX_ANSWER_LENGTH, { tooLong: `Keep an answer to ${MAX_ANSWER_LENGTH} characters.` }),
    ]),
  ).check(
    Schema.isMaxProperties(MAX_QUESTIONS, {
      message: `A survey has at most ${MAX_QUESTIONS} questions: answer each once.`,
    }),
  ),
});
export type AnswerInput = typeof AnswerInput.Type;

/**
 * The answers checked against the questions: every scale question needs a whole number 1–5, a text
 * question takes words or nothing. Returns what to store (empty texts left out) or the problems.
 */
export function checkAnswers(
  questions: readonly Question[],
  answers: AnswerInput["answers"],
): { problems: FieldProblem[]; stored: Record<string, number | string> } {
  const problems: FieldProblem[] = [];
  const stored: Record<string, number | string> = {};
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      problems.push({ path: ["answers", key], message: "The survey has no such question." });
  }
  for (const q of questions) {
    const value = answers[q.id];
    if (q.kind === "scale") {
      if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5)
        stored[q.id] = value;
      else problems.push({ path: ["answers", q.id], message: "Choose a value from 1 to 5." });
    } else if (value !== undefined) {
      if (typeof value !== "string") problems.push({ path: ["answers", q.id], message: "Answer in words." });
      else if (value.trim()) stored[q.id] = value.trim();
    }
  }
  return { problems, stored };
}
