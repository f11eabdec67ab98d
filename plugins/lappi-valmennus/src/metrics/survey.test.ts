import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  checkAnswers,
  type Question,
  questionsOf,
  SurveyInput,
  surveyProblems,
  surveyStatus,
} from "./survey-input.ts";
import { meanOf, surveyResults } from "./survey-results.ts";

const questions: Question[] = [
  { id: "q1", text: "Viihdyn ryhmässäni", kind: "scale" },
  { id: "q2", text: "Mitä toivot?", kind: "text" },
];

const survey = {
  title: "Aloituskysely",
  audience: "student",
  opensOn: "2026-11-20",
  closesOn: "2026-12-10",
  questions: [
    { text: "Viihdyn ryhmässäni", kind: "scale" },
    { text: " Mitä toivot? ", kind: "text" },
  ],
};

describe("writing a survey", () => {
  it("takes one to ten questions and numbers them", () => {
    const decoded = Schema.decodeUnknownSync(SurveyInput)(survey);
    expect(questionsOf(decoded)).toEqual(questions);
    const decode = Schema.decodeUnknownExit(SurveyInput);
    expect(decode({ ...survey, questions: [] })._tag).toBe("Failure");
    expect(decode({ ...survey, questions: Array(11).fill(survey.questions[0]) })._tag).toBe("Failure");
    expect(decode({ ...survey, questions: Array(10).fill(survey.questions[0]) })._tag).toBe("Success");
    expect(decode({ ...survey, title: "   " })._tag).toBe("Failure");
    expect(decode({ ...survey, audience: "guardian" })._tag).toBe("Failure");
  });

  it("names the closing day when the dates are out of order or past", () => {
    const decoded = Schema.decodeUnknownSync(SurveyInput)(survey);
    expect(surveyProblems(decoded, "2026-11-24")).toEqual([]);
    expect(surveyProblems({ ...decoded, closesOn: "2026-11-19" }, "2026-11-18")[0]?.path).toEqual([
      "closesOn",
    ]);
    expect(surveyProblems(decoded, "2026-12-11")[0]?.path).toEqual(["closesOn"]);
  });

  it("is open from its first to its last day", () => {
    expect(surveyStatus(survey, "2026-11-19")).toBe("upcoming");
    expect(surveyStatus(survey, "2026-11-20")).toBe("open");
    expect(surveyStatus(survey, "2026-12-10")).toBe("open");
    expect(surveyStatus(survey, "2026-12-11")).toBe("closed");
  });
});

describe("answering", () => {
  it("needs a whole 1–5 for each scale question and leaves empty words out", () => {
    expect(checkAnswers(questions, { q1: 4, q2: "  " })).toEqual({ problems: [], stored: { q1: 4 } });
    expect(checkAnswers(questions, { q1: 5, q2: " Lisää liikuntaa " }).stored).toEqual({
      q1: 5,
      q2: "Lisää liikuntaa",
    });
    for (const bad of [0, 6, 2.5, "4"]) {
      expect(checkAnswers(questions, { q1: bad }).problems.map((p) => p.path)).toEqual([["answers", "q1"]]);
    }
    expect(checkAnswers(questions, {}).problems.map((p) => p.path)).toEqual([["answers", "q1"]]);
    expect(checkAnswers(questions, { q1: 3, q9: 2 }).problems.map((p) => p.path)).toEqual([
      ["answers", "q9"],
    ]);
    expect(checkAnswers(questions, { q1: 3, q2: 2 }).problems.map((p) => p.path)).toEqual([
      ["answers", "q2"],
    ]);
  });
});

describe("results", () => {
  it("gives the mean to one decimal and the distribution", () => {
    expect(meanOf([0, 1, 1, 2, 1])).toBe(3.6);
    expect(meanOf([0, 0, 0, 0, 0])).toBeNull();
    const results = surveyResults(
      questions,
      5,
      [{ questionId: "q1", distribution: [0, 1, 1, 2, 1] }],
      new Map([["q2", ["Enemmän ryhmäytymistä", "Hyvä"]]]),
    );
    expect(results).toEqual({
      answers: 5,
      suppressed: false,
      questions: [
        { id: "q1", text: "Viihdyn ryhmässäni", kind: "scale", mean: 3.6, distribution: [0, 1, 1, 2, 1] },
        { id: "q2", text: "Mitä toivot?", kind: "text", texts: ["Enemmän ryhmäytymistä", "Hyvä"] },
      ],
    });
  });

  it("shows only the count below five answers", () => {
    const results = surveyResults(
      questions,
      4,
      [{ questionId: "q1", distribution: [0, 1, 1, 1, 1] }],
      new Map([["q2", ["Hyvä"]]]),
    );
    expect(results.answers).toBe(4);
    expect(results.suppressed).toBe(true);
    expect(results.questions).toEqual([
      { id: "q1", text: "Viihdyn ryhmässäni", kind: "scale", mean: null, distribution: null },
      { id: "q2", text: "Mitä toivot?", kind: "text", texts: null },
    ]);
  });
});
