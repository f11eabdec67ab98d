/**
 * Where a student ended up (sijoittuminen), and whether that counts as "placed" for outcome-based
 * funding.
 *
 * The national statistics (CSC data-warehouse SQL; the decree text is *unverified*, DOMAIN.md) count a
 * graduate as placed when employed at least 2 months, as a wage earner or entrepreneur, in a 12-month
 * July-June window, or studying in higher education. Assumptions made here:
 * - `employmentMonths` is the months of employment *inside that window*; the caller computes the window.
 * - Further vocational studies do not count (only higher education does).
 * - Wage-subsidised work: Statistics Finland counts subsidised employees as employed, but whether the
 *   funding indicator does is unverified, so it is an option, off by default (the cautious choice in
 *   a share negotiation). When on, it needs 2 months like other employment.
 * - The population rules (only those not employed in the year before training; two-year average) are
 *   cohort rules and belong to the funding model, not to one outcome.
 */
import { Schema } from "effect";
import { LocalDate } from "./dates.ts";
import { outcomeKinds } from "./vocabulary.ts";

export { outcomeKinds };

export const OutcomeKind = Schema.Literals(outcomeKinds);
export type OutcomeKind = typeof OutcomeKind.Type;

export const EmploymentMonths = Schema.Finite.check(
  Schema.isBetween(
    { minimum: 0, maximum: 12 },
    { message: "Employment months in the 12-month window are 0-12." },
  ),
);

export const Outcome = Schema.Struct({
  kind: OutcomeKind,
  /** The day the outcome was observed or began. */
  date: LocalDate,
  /** Months employed (wage earner or entrepreneur) in the statistics' 12-month July-June window. */
  employmentMonths: Schema.optional(EmploymentMonths),
});
export type Outcome = typeof Outcome.Type;

export const MIN_EMPLOYMENT_MONTHS = 2;

export interface PlacementOptions {
  /** Count wage-subsidised work as employment (unverified in the funding decree). Default false. */
  readonly countWageSubsidisedWork?: boolean;
}

const employmentKinds: ReadonlySet<OutcomeKind> = new Set(["employed", "entrepreneur"]);

export const countsAsPlaced = (
  outcome: Pick<Outcome, "kind" | "employmentMonths">,
  options: PlacementOptions = {},
): boolean => {
  if (outcome.kind === "higher_education") return true;
  const isEmployment =
    employmentKinds.has(outcome.kind) ||
    (outcome.kind === "wage_subsidised_work" && options.countWageSubsidisedWork === true);
  return isEmployment && (outcome.employmentMonths ?? 0) >= MIN_EMPLOYMENT_MONTHS;
};
