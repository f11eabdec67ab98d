/**
 * A party's statement for one funding year: one line per placed graduate attributed to it, priced by
 * the agreement version in force on the day of the placing outcome, with the words that explain it.
 * Where the party may not see the student (no `seesStudents`, or `maySee` says no) the line carries a
 * stable pseudonym instead of the id. Cap and floor apply to the year's total under the version in
 * force on the year's last day.
 *
 * A line's euros: the placement's points (model.pointsPerPlacement x the part of the point this
 * funding year pays, from the lag and the average) x euros per point (budget x placement weight /
 * national placement points: named assumptions) x the attributed fraction x the agreed rate.
 */
import type { LocalisedText } from "../pathway/stepKinds.ts";
import {
  type AttributionRuleSpec,
  applyCapAndFloor,
  rateFor,
  type ShareAgreement,
  versionInForce,
} from "./agreement.ts";
import {
  type Attribution,
  type AttributionRule,
  attribute,
  type ContributionStep,
  type Contributor,
  stepKindValue,
} from "./attribution.ts";
import { type Assumption, eurosPerPlacementPoint, type NationalAssumptions } from "./euros.ts";
import { explainGraduate } from "./explain.ts";
import { type FundingModel, fundingYearsOf } from "./models.ts";
import {
  decidePlacement,
  type GraduateRecord,
  type PlacementDecision,
  type PlacementRuleConfig,
} from "./placement.ts";
import { pseudonymOf } from "./pseudonym.ts";

export interface GraduatePath {
  readonly graduate: GraduateRecord;
  readonly provider: Contributor;
  readonly steps: ReadonlyArray<ContributionStep>;
}

export const ruleOfSpec = (spec: AttributionRuleSpec): AttributionRule => {
  switch (spec.rule) {
    case "last":
      return spec;
    case "weighted":
      return spec;
    default:
      return { rule: "shapley", value: stepKindValue(spec.kindWeights, spec.synergy ?? 0) };
  }
};

export interface StatementLine {
  /** The student's id, or a pseudonym where the party may not see the student. */
  readonly student: string;
  readonly pseudonymous: boolean;
  readonly outcomeKind: string;
  readonly placedOn: string;
  readonly statisticsYear: number;
  readonly fraction: number;
  /** The placement's euros in this funding year, before attribution. */
  readonly placementEuros: number;
  readonly attributedEuros: number;
  readonly rate: number;
  readonly euros: number;
  readonly agreementVersion: number;
  readonly explanation: LocalisedText;
}

export interface Statement {
  readonly agreementId: string;
  readonly partyId: string;
  readonly fundingYear: number;
  readonly modelId: FundingModel["id"];
  readonly versionsUsed: ReadonlyArray<number>;
  readonly lines: ReadonlyArray<StatementLine>;
  readonly attributedEuros: number;
  /** Sum of the lines before cap and floor. */
  readonly linesEuros: number;
  readonly euros: number;
  readonly adjustment: "none" | "cap" | "floor";
  readonly assumptions: ReadonlyArray<Assumption>;
}

export interface StatementInput {
  readonly versions: ReadonlyArray<ShareAgreement>;
  readonly partyId: string;
  readonly fundingYear: number;
  readonly model: FundingModel;
  readonly national: NationalAssumptions;
  readonly paths: ReadonlyArray<GraduatePath>;
  /** The provider's pseudonym key. */
  readonly pseudonymKey: string | Uint8Array;
  readonly placement?: PlacementRuleConfig;
  /** Whether the party may see this student (e.g. it holds a grant); default: the terms' `seesStudents`. */
  readonly maySee?: (partyId: string, studentId: string) => boolean;
}

export interface PricedGraduate {
  readonly path: GraduatePath;
  readonly decision: PlacementDecision;
  readonly version: ShareAgreement;
  readonly attribution: Attribution;
  /** Euros of the placement in the funding year (0 if it pays in other years). */
  readonly placementEuros: number;
}

/** Decide, attribute and price each graduate for a funding year (shared by statements and scenarios). */
export const priceGraduates = (
  input: Omit<StatementInput, "partyId" | "pseudonymKey" | "maySee">,
): PricedGraduate[] => {
  const perPoint = eurosPerPlacementPoint(input.model, input.national).euros;
  const out: PricedGraduate[] = [];
  for (const path of input.paths) {
    const decision = decidePlacement(path.graduate, input.placement);
    if (!decision.placed || decision.outcome === undefined) continue;
    const version = versionInForce(input.versions, decision.outcome.date);
    if (version === undefined) continue;
    const year = fundingYearsOf(input.model, input.model.placementCriterion, decision.statisticsYear).find(
      (y) => y.fundingYear === input.fundingYear,
    );
    if (year === undefined) continue;
    const attribution = attribute(
      ruleOfSpec(version.attribution),
      path.provider,
      path.steps,
      decision.outcome.date,
    );
    out.push({
      path,
      decision,
      version,
      attribution,
      placementEuros: input.model.pointsPerPlacement * year.weight * perPoint,
    });
  }
  return out;
};

export const buildStatement = (input: StatementInput): Statement => {
  const priced = priceGraduates(input);
  const lines: StatementLine[] = [];
  const versions = new Set<number>();
  for (const g of priced) {
    const terms = g.version.parties.find((p) => p.partyId === input.partyId);
    const share = g.attribution.shares.find((s) => s.contributor.id === input.partyId);
    if (terms === undefined || share === undefined) continue;
    const outcome = g.decision.outcome!;
    const rate = rateFor(terms, outcome.kind, share.fraction, outcome.date);
    const attributedEuros = share.fraction * g.placementEuros;
    const sees = input.maySee?.(input.partyId, g.path.graduate.studentId) ?? terms.seesStudents === true;
    versions.add(g.version.version);
    lines.push({
      student: sees
        ? g.path.graduate.studentId
        : pseudonymOf(input.pseudonymKey, input.partyId, g.path.graduate.studentId),
      pseudonymous: !sees,
      outcomeKind: outcome.kind,
      placedOn: outcome.date,
      statisticsYear: g.decision.statisticsYear,
      fraction: share.fraction,
      placementEuros: g.placementEuros,
      attributedEuros,
      rate,
      euros: rate * attributedEuros,
      agreementVersion: g.version.version,
      explanation: explainGraduate(g.decision, g.attribution),
    });
  }
  lines.sort((a, b) =>
    a.placedOn < b.placedOn ? -1 : a.placedOn > b.placedOn ? 1 : a.student < b.student ? -1 : 1,
  );
  const attributedEuros = lines.reduce((s, l) => s + l.attributedEuros, 0);
  const linesEuros = lines.reduce((s, l) => s + l.euros, 0);
  const closing = versionInForce(input.versions, `${input.fundingYear}-12-31`);
  const closingTerms = closing?.parties.find((p) => p.partyId === input.partyId);
  const euros =
    closingTerms === undefined ? linesEuros : applyCapAndFloor(closingTerms, linesEuros, attributedEuros);
  if (closing !== undefined && closingTerms !== undefined) versions.add(closing.version);
  const agreementId = input.versions[0]?.id ?? "";
  return {
    agreementId,
    partyId: input.partyId,
    fundingYear: input.fundingYear,
    modelId: input.model.id,
    versionsUsed: [...versions].sort((a, b) => a - b),
    lines,
    attributedEuros,
    linesEuros,
    euros,
    adjustment: euros < linesEuros ? "cap" : euros > linesEuros ? "floor" : "none",
    assumptions: eurosPerPlacementPoint(input.model, input.national).assumptions,
  };
};
