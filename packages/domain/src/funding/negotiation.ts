/**
 * What a negotiation asks of the scenarios, as one recipe shared by the API and the portal's Web Worker
 * (so the figures a negotiator sees in the browser are the ones the server would give): the named
 * national assumptions with their uncertainty, and the variants to set side by side (each agreement
 * version under each funding model, on the same graduates and the same random numbers).
 */
import type { ShareAgreement } from "./agreement.ts";
import type { Variant } from "./compare.ts";
import type { NationalAssumptions } from "./euros.ts";
import type { FundingModel } from "./models.ts";
import { compilePopulation, type ScenarioPopulation } from "./population.ts";
import type { ScenarioAssumptions } from "./scenarios.ts";
import type { GraduatePath } from "./statement.ts";

export interface NegotiationAssumptions {
  /** National budget of vocational education, EUR. */
  readonly budget: number;
  /** All providers' placement points in the funding year (this provider's included). */
  readonly nationalPoints: number;
  /** Standard deviation of the budget, % of it. */
  readonly budgetSd: number;
  /** Half-width of the uniform range of the other providers' points, % of them. */
  readonly pointsSpread: number;
  /** Standard deviation of the placement-rate factor, % points around 100 %. */
  readonly rateSd: number;
  /** Chance (%) that a graduate not placed on record is placed after all. */
  readonly openRate: number;
}

/** The defaults of the CLI (`polku funding simulate`), so the portal and the CLI agree. */
export const negotiationDefaults: NegotiationAssumptions = {
  budget: 2_100_000_000,
  nationalPoints: 40_000,
  budgetSd: 5,
  pointsSpread: 10,
  rateSd: 15,
  openRate: 0,
};

export const nationalOfNegotiation = (
  model: FundingModel,
  a: Pick<NegotiationAssumptions, "budget" | "nationalPoints">,
): NationalAssumptions => ({ budget: a.budget, points: { [model.placementCriterion]: a.nationalPoints } });

/** The population's expected placement points, left out of the other providers' total. */
const expectedPoints = (p: ScenarioPopulation): number => {
  let sum = 0;
  for (let g = 0; g < p.graduates; g++) sum += p.probability[g]! * p.points[g]!;
  return sum;
};

export const scenarioAssumptionsOf = (
  a: NegotiationAssumptions,
  population: ScenarioPopulation,
): ScenarioAssumptions => {
  const others = Math.max(0, a.nationalPoints - expectedPoints(population));
  return {
    placementRate: { kind: "normal", mean: 1, sd: a.rateSd / 100, min: 0 },
    otherPoints: {
      kind: "uniform",
      min: others * (1 - a.pointsSpread / 100),
      max: others * (1 + a.pointsSpread / 100),
    },
    budget: { kind: "normal", mean: a.budget, sd: (a.budget * a.budgetSd) / 100, min: 0 },
  };
};

export interface NegotiationInput {
  readonly paths: ReadonlyArray<GraduatePath>;
  readonly fundingYear: number;
  /** Each set of terms to compare, e.g. the versions in force and the same with the proposal accepted. */
  readonly agreements: ReadonlyArray<{
    readonly label: string;
    readonly versions: ReadonlyArray<ShareAgreement>;
  }>;
  readonly models: ReadonlyArray<FundingModel>;
  readonly assumptions: NegotiationAssumptions;
}

/** Every agreement under every model, labelled "<agreement> · <model id>". */
export const negotiationVariants = (input: NegotiationInput): Variant[] =>
  input.agreements.flatMap((a) =>
    input.models.map((model) => {
      const population = compilePopulation({
        model,
        fundingYear: input.fundingYear,
        paths: input.paths,
        agreements: [a.versions],
        openRate: input.assumptions.openRate / 100,
      });
      return {
        label: `${a.label} · ${model.id}`,
        population,
        assumptions: scenarioAssumptionsOf(input.assumptions, population),
      };
    }),
  );
