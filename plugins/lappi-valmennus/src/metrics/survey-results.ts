/**
 * A survey's results as managers see them. The number of answers is always shown (it says nothing of
 * what anyone answered); everything else needs at least five answers, the same floor as the metrics:
 * with fewer, a manager who knows who answered could tell one person's scale choice or recognise a
 * person's words.
 */
import { MIN_STUDENTS } from "./privacy.ts";
import type { Question } from "./survey-input.ts";

/** One scale question's answers as the database counts them. */
export interface ScaleCounts {
  readonly questionId: string;
  /** How many chose 1, 2, 3, 4 and 5. */
  readonly distribution: readonly [number, number, number, number, number];
}

export type QuestionResult =
  | {
      readonly id: string;
      readonly text: string;
      readonly kind: "scale";
      readonly mean: number | null;
      readonly distribution: readonly number[] | null;
    }
  | {
      readonly id: string;
      readonly text: string;
      readonly kind: "text";
      readonly texts: readonly string[] | null;
    };

/** The mean of a 1–5 distribution to one decimal (3.8), or null when nobody chose. */
export function meanOf(distribution: readonly number[]): number | null {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sum = distribution.reduce((total, count, i) => total + count * (i + 1), 0);
  return Math.round((10 * sum) / n) / 10;
}

export function surveyResults(
  questions: readonly Question[],
  answers: number,
  scales: readonly ScaleCounts[],
  texts: ReadonlyMap<string, readonly string[]>,
): { answers: number; suppressed: boolean; questions: QuestionResult[] } {
  const suppressed = answers > 0 && answers < MIN_STUDENTS;
  const show = !suppressed;
  return {
    answers,
    suppressed,
    questions: questions.map((q): QuestionResult => {
      if (q.kind === "text") {
        return { id: q.id, text: q.text, kind: "text", texts: show ? [...(texts.get(q.id) ?? [])] : null };
      }
      const counts = scales.find((s) => s.questionId === q.id)?.distribution ?? [0, 0, 0, 0, 0];
      return {
        id: q.id,
        text: q.text,
        kind: "scale",
        mean: show ? meanOf(counts) : null,
        distribution: show ? [...counts] : null,
      };
    }),
  };
}
