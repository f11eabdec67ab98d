/**
 * Share agreements: what part of the effectiveness funding attributed to a party the party receives.
 * Per party: a percentage, optional euro cap and floor per period, weights per kind of outcome (the
 * part of the percentage paid for that kind), a minimum attributed fraction for a placement to count
 * for it, and a time window of outcome days. An agreement is versioned: each version has an effective
 * date, and a statement line names the version that priced it.
 *
 * A floor never pays more than what is attributed to the party: it lifts the party's amount up to the
 * floor out of its own attributed euros, no further (so a share never exceeds what is attributed).
 */
import { Effect, Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { type DecodeProblem, InvalidShareAgreement } from "../errors.ts";
import { issueToProblems } from "../hoks/decode.ts";
import type { OutcomeKind } from "../outcome.ts";
import { contributorRoles } from "./attribution.ts";

const Fraction = (outside: { message: string }) =>
  Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 }, outside));
const Euros = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { message: "Give a sum in euros of 0 or more." }),
);
const Id = Schema.String.check(Schema.isNonEmpty({ message: "Give an id." }));

export const AgreementWindow = Schema.Struct({ from: LocalDate, to: LocalDate });

export const AttributionRuleSpec = Schema.Union([
  Schema.Struct({
    rule: Schema.Literal("last"),
    windowDays: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 3650 })),
  }),
  Schema.Struct({
    rule: Schema.Literal("weighted"),
    measure: Schema.Literals(["hours", "steps"]),
    kindWeights: Schema.optional(Schema.Record(Schema.String, Euros)),
    defaultWeight: Schema.optional(Euros),
  }),
  Schema.Struct({
    rule: Schema.Literal("shapley"),
    /** The built-in value function: each kind of step worth its weight, plus synergy. */
    kindWeights: Schema.Record(Schema.String, Euros),
    synergy: Schema.optional(Euros),
  }),
]);
export type AttributionRuleSpec = typeof AttributionRuleSpec.Type;

const weight = Schema.optional(Fraction({ message: "An outcome weight is between 0 and 1." }));
/** Any of the outcome kinds, each optional (a Record over the literals would require all of them). */
export const OutcomeWeights = Schema.Struct({
  employed: weight,
  entrepreneur: weight,
  higher_education: weight,
  vocational_studies: weight,
  wage_subsidised_work: weight,
  other: weight,
  not_placed: weight,
});

export const PartyTerms = Schema.Struct({
  partyId: Id,
  role: Schema.Literals(contributorRoles),
  name: Schema.optional(Schema.String),
  /** Percentage, 0-100, of the effectiveness funding attributed to the party. */
  percentage: Schema.Finite.check(
    Schema.isBetween({ minimum: 0, maximum: 100 }, { message: "A percentage is between 0 and 100." }),
  ),
  capEuros: Schema.optional(Euros),
  floorEuros: Schema.optional(Euros),
  /** Part of the percentage paid per outcome kind (0-1); kinds not listed pay the whole percentage. */
  outcomeWeights: Schema.optional(OutcomeWeights),
  /** A placement counts for the party only if its attributed fraction is at least this. */
  minContribution: Schema.optional(Fraction({ message: "A minimum contribution is between 0 and 1." })),
  window: Schema.optional(AgreementWindow),
  /** May the party see the students on its statement by name? Otherwise they are pseudonyms. */
  seesStudents: Schema.optional(Schema.Boolean),
});
export type PartyTerms = typeof PartyTerms.Type;

export const ShareAgreement = Schema.Struct({
  id: Id,
  version: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1, { message: "Versions count from 1." })),
  providerId: Id,
  title: Schema.String,
  effectiveFrom: LocalDate,
  effectiveTo: Schema.optional(LocalDate),
  attribution: AttributionRuleSpec,
  parties: Schema.Array(PartyTerms),
});
export type ShareAgreement = typeof ShareAgreement.Type;

/** The checks across fields a schema of single fields cannot make. */
const crossFieldProblems = (a: ShareAgreement): DecodeProblem[] => {
  const out: DecodeProblem[] = [];
  const invalid = (path: string, message: string) => out.push({ path, kind: "invalid", message });
  if (a.effectiveTo !== undefined && a.effectiveTo < a.effectiveFrom)
    invalid(
      "effectiveTo",
      "The agreement ends before it takes effect: effectiveTo must be on or after effectiveFrom.",
    );
  const seen = new Set<string>();
  a.parties.forEach((p, i) => {
    if (seen.has(p.partyId))
      invalid(`parties[${i}].partyId`, `The party "${p.partyId}" is listed twice: list it once.`);
    seen.add(p.partyId);
    if (p.capEuros !== undefined && p.floorEuros !== undefined && p.floorEuros > p.capEuros)
      invalid(
        `parties[${i}].floorEuros`,
        `The floor (${p.floorEuros} €) is above the cap (${p.capEuros} €): lower the floor or raise the cap.`,
      );
    if (p.window !== undefined && p.window.to < p.window.from)
      invalid(`parties[${i}].window.to`, "The window ends before it starts.");
  });
  if (a.parties.length === 0) invalid("parties", "Name at least one party to the agreement.");
  return out;
};

const unknownKeyMessage = "This field is not part of a share agreement: leave it out or check its spelling.";

/** Decode an agreement from parsed JSON (or a JSON string); every problem names its field. */
export const decodeShareAgreement = (json: unknown): Effect.Effect<ShareAgreement, InvalidShareAgreement> => {
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json);
    } catch {
      return Effect.fail(
        new InvalidShareAgreement({
          problems: [{ path: "", kind: "invalid", message: "This is not JSON." }],
        }),
      );
    }
  }
  return Schema.decodeUnknownEffect(ShareAgreement)(input, { errors: "all", onExcessProperty: "error" }).pipe(
    Effect.mapError(
      (error) =>
        new InvalidShareAgreement({
          problems: issueToProblems(error.issue).map((p) =>
            p.kind === "unknown_key" ? { ...p, message: unknownKeyMessage } : p,
          ),
        }),
    ),
    Effect.flatMap((a) => {
      const problems = crossFieldProblems(a);
      return problems.length === 0 ? Effect.succeed(a) : Effect.fail(new InvalidShareAgreement({ problems }));
    }),
  );
};

/**
 * The version of an agreement in force on a day: the highest version whose effective dates contain
 * it (a later version supersedes an earlier one from its own effective date on).
 */
export const versionInForce = (
  versions: ReadonlyArray<ShareAgreement>,
  day: string,
): ShareAgreement | undefined =>
  versions
    .filter((v) => v.effectiveFrom <= day && (v.effectiveTo === undefined || day <= v.effectiveTo))
    .sort((a, b) => b.version - a.version || (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];

/** The euro rate (0..1 of the attributed euros) a party's terms pay for one placement. */
export const rateFor = (
  terms: PartyTerms,
  outcomeKind: OutcomeKind,
  fraction: number,
  day: string,
): number => {
  if (terms.window !== undefined && (day < terms.window.from || day > terms.window.to)) return 0;
  if (fraction < (terms.minContribution ?? 0)) return 0;
  const weight = terms.outcomeWeights?.[outcomeKind] ?? 1;
  return (terms.percentage / 100) * weight;
};

/** Cap and floor on a period's total: never above the cap, never below min(floor, attributed). */
export const applyCapAndFloor = (terms: PartyTerms, raw: number, attributed: number): number => {
  let amount = raw;
  if (terms.floorEuros !== undefined) amount = Math.max(amount, Math.min(terms.floorEuros, attributed));
  if (terms.capEuros !== undefined) amount = Math.min(amount, terms.capEuros);
  return amount;
};
