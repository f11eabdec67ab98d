/**
 * A cohort baseline as a manager enters it: the figures of a year before Polku. The schema checks each
 * field; `baselineProblems` checks what needs two fields or today (the counts must add up, and the
 * cohort's first year must be over for its outcome to be known), naming the field to correct.
 */
import { SingleLineText } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { firstYearOver } from "./period.ts";

const Count = (minimum: number) =>
  Schema.Int.check(
    Schema.isBetween(
      { minimum, maximum: 100_000 },
      { message: `Enter a whole number of at least ${minimum}.` },
    ),
  );

export const BaselineInput = Schema.Struct({
  cohortYear: Schema.Int.check(
    Schema.isBetween(
      { minimum: 2000, maximum: 2100 },
      { message: "Enter the year the cohort started, e.g. 2022." },
    ),
  ),
  students: Count(1),
  stillStudying: Count(0),
  changedField: Count(0),
  source: Schema.optional(SingleLineText(200)),
});
export type BaselineInput = typeof BaselineInput.Type;

export interface FieldProblem {
  readonly path: readonly string[];
  readonly message: string;
}

export function baselineProblems(input: BaselineInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!firstYearOver(input.cohortYear, today)) {
    problems.push({
      path: ["cohortYear"],
      message: `The first year of the cohort ${input.cohortYear} is not over yet, so its figures are not known.`,
    });
  }
  if (input.stillStudying > input.students) {
    problems.push({
      path: ["stillStudying"],
      message: "More students are still studying than started: check the counts.",
    });
  } else if (input.stillStudying + input.changedField > input.students) {
    problems.push({
      path: ["changedField"],
      message: `Still studying and changed field together (${input.stillStudying + input.changedField}) exceed the ${input.students} students who started.`,
    });
  }
  return problems;
}
