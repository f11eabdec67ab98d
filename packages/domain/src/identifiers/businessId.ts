/**
 * Finnish business ID (Y-tunnus), `NNNNNNN-C`. Exactly that form: no spaces, no missing leading zero
 * (the trade register writes 0201256-6, never 201256-6).
 */
import { Effect, Schema } from "effect";
import { InvalidBusinessId } from "../errors.ts";
import { businessIdCheckDigit } from "./checkDigits.ts";

const businessIdPattern = /^(\d{7})-(\d)$/;

/** Why `input` is not a business ID, or `undefined` when it is one. */
export const businessIdProblem = (input: string): InvalidBusinessId | undefined => {
  const match = businessIdPattern.exec(input);
  if (match === null) return new InvalidBusinessId({ input, problem: "format" });
  const expected = businessIdCheckDigit(match[1]!);
  if (expected === undefined) return new InvalidBusinessId({ input, problem: "no_valid_check_digit" });
  if (expected !== Number(match[2])) {
    return new InvalidBusinessId({ input, problem: "check_digit", expectedCheckDigit: expected });
  }
  return undefined;
};

export const isValidBusinessId = (input: string): boolean => businessIdProblem(input) === undefined;

export const BusinessId = Schema.String.check(
  Schema.makeFilter((s: string) => businessIdProblem(s)?.message, {
    identifier: "BusinessId",
    title: "Finnish business ID (Y-tunnus)",
    expected: "a Finnish business ID such as 0201256-6",
  }),
).pipe(Schema.brand("BusinessId"));
export type BusinessId = typeof BusinessId.Type;

export const parseBusinessId = (input: string): Effect.Effect<BusinessId, InvalidBusinessId> => {
  const problem = businessIdProblem(input);
  return problem === undefined ? Effect.succeed(input as BusinessId) : Effect.fail(problem);
};
