/**
 * The named assumptions of a run, from the command line: the national budget and the national
 * placement points (what a point is worth), and for scenarios how uncertain each is. Every run
 * prints them with its figures and writes them to the XLSX "assumptions" sheet.
 */
import {
  type FundingModel,
  type NationalAssumptions,
  placementWeight,
  type ScenarioAssumptions,
  type ScenarioPopulation,
} from "@polku/domain/funding";
import { formatNumber } from "../numbers.ts";
import { statisticsYears } from "./model.ts";

export interface NationalOptions {
  /** National budget of vocational education, EUR. */
  readonly budget: number;
  /** All providers' placement points in the funding year (this cohort's included). */
  readonly nationalPoints: number;
}

export interface ScenarioOptions extends NationalOptions {
  readonly scenarios: number;
  readonly seed: number;
  /** Standard deviation of the budget, % of it. */
  readonly budgetSd: number;
  /** Half-width of the uniform range of the other providers' points, % of them. */
  readonly pointsSpread: number;
  /** Standard deviation of the placement-rate factor, in % points (mean 100 %). */
  readonly rateSd: number;
  /** Chance (%) that a graduate not placed on record is placed after all. */
  readonly openRate: number;
}

export const defaults = {
  budget: 2_100_000_000,
  nationalPoints: 40_000,
  scenarios: 10_000,
  seed: 2026,
  budgetSd: 5,
  pointsSpread: 10,
  rateSd: 15,
  openRate: 0,
} as const;

export type AssumptionRow = {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
  readonly note: string;
};

export const nationalOf = (model: FundingModel, o: NationalOptions): NationalAssumptions => ({
  budget: o.budget,
  points: { [model.placementCriterion]: o.nationalPoints },
});

/** The cohort's expected placement points (chance x points), to leave out of the others' total. */
export const expectedPoints = (p: ScenarioPopulation): number => {
  let sum = 0;
  for (let g = 0; g < p.graduates; g++) sum += p.probability[g]! * p.points[g]!;
  return sum;
};

export const scenarioAssumptions = (
  o: ScenarioOptions,
  population: ScenarioPopulation,
): ScenarioAssumptions => {
  const others = Math.max(0, o.nationalPoints - expectedPoints(population));
  return {
    placementRate: { kind: "normal", mean: 1, sd: o.rateSd / 100, min: 0 },
    otherPoints: {
      kind: "uniform",
      min: others * (1 - o.pointsSpread / 100),
      max: others * (1 + o.pointsSpread / 100),
    },
    budget: { kind: "normal", mean: o.budget, sd: (o.budget * o.budgetSd) / 100, min: 0 },
  };
};

export const modelRows = (model: FundingModel, year: number): AssumptionRow[] => {
  const placement = model.criteria.find((c) => c.id === model.placementCriterion)!;
  return [
    { name: "model", value: model.id, unit: "", note: model.title.en },
    { name: "fundingYear", value: year, unit: "year", note: "the funding year the figures are for" },
    {
      name: "statisticsYears",
      value: statisticsYears(model, year).join(", "),
      unit: "years",
      note: "graduates whose July-June window ends in these years pay in this funding year",
    },
    {
      name: "lagYears",
      value: placement.lagYears,
      unit: "years",
      note: "unverified: data of the model, --lag",
    },
    {
      name: "averageYears",
      value: placement.averageYears,
      unit: "years",
      note: "two-year average: a placement pays 1/averageYears in each year (--average-years)",
    },
    {
      name: "placementWeight",
      value: placementWeight(model),
      unit: "share",
      note: "the placement criterion's share of the national budget",
    },
    {
      name: "pointsPerPlacement",
      value: model.pointsPerPlacement,
      unit: "points",
      note: "per counted placement",
    },
  ];
};

export const nationalRows = (o: NationalOptions): AssumptionRow[] => [
  {
    name: "nationalBudget",
    value: o.budget,
    unit: "EUR",
    note: "national budget divided by the model's weights (--budget)",
  },
  {
    name: "nationalPoints.placement",
    value: o.nationalPoints,
    unit: "points",
    note: "all providers' placement points, this cohort's included (--national-points)",
  },
];

export const scenarioRows = (o: ScenarioOptions, a: ScenarioAssumptions): AssumptionRow[] => [
  { name: "scenarios", value: o.scenarios, unit: "", note: "Monte Carlo scenarios (--scenarios)" },
  { name: "seed", value: o.seed, unit: "", note: "the same seed repeats the run exactly (--seed)" },
  {
    name: "placementRate",
    value: `normal(1; ${formatNumber(o.rateSd / 100)}), ≥ 0`,
    unit: "factor",
    note: "factor on each graduate's chance of being placed (--rate-sd)",
  },
  {
    name: "otherPoints",
    value:
      a.otherPoints.kind === "uniform"
        ? `uniform(${formatNumber(Math.round(a.otherPoints.min))}; ${formatNumber(Math.round(a.otherPoints.max))})`
        : "",
    unit: "points",
    note: "placement points of the providers outside this cohort: national points less the cohort's expected points (--points-spread)",
  },
  {
    name: "budget",
    value: `normal(${formatNumber(o.budget)}; ${formatNumber((o.budget * o.budgetSd) / 100)})`,
    unit: "EUR",
    note: "national budget (--budget, --budget-sd)",
  },
  {
    name: "openRate",
    value: o.openRate / 100,
    unit: "share",
    note: "chance that a graduate not placed on record is placed after all (--open-rate)",
  },
];
