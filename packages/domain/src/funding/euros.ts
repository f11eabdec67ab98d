/**
 * Points become euros: a provider's points under each criterion, over all providers' points, times the
 * criterion's share of the national budget. The budget and the national point totals are not known
 * when a negotiation happens, so every calculation takes them as named assumptions and returns them
 * with its result: a figure never travels without what it rests on.
 */

import type { FundingModel } from "./models.ts";
import { applyTransitionLimits } from "./transition.ts";

export interface Assumption {
  /** e.g. "nationalBudget", "nationalPoints.placement" */
  readonly name: string;
  readonly value: number;
  readonly unit: "EUR" | "points" | "share" | "factor";
  readonly note: string;
}

export interface NationalAssumptions {
  /** The national budget of vocational education the model's weights divide (EUR). */
  readonly budget: number;
  /** All providers' points per criterion, this provider's included. */
  readonly points: Readonly<Record<string, number>>;
}

export interface ProviderFunding {
  readonly modelId: FundingModel["id"];
  readonly fundingYear: number;
  readonly byCriterion: ReadonlyArray<{
    readonly criterion: string;
    readonly points: number;
    readonly share: number;
    readonly euros: number;
  }>;
  /** Weighted sum of its shares of each criterion's national total. */
  readonly unlimitedShare: number;
  readonly euros: number;
  readonly assumptions: ReadonlyArray<Assumption>;
}

const nationalAssumptionList = (model: FundingModel, national: NationalAssumptions): Assumption[] => [
  {
    name: "nationalBudget",
    value: national.budget,
    unit: "EUR",
    note: "national budget divided by the model's weights (an assumption of this calculation)",
  },
  ...model.criteria.map(
    (x): Assumption => ({
      name: `nationalPoints.${x.id}`,
      value: national.points[x.id] ?? 0,
      unit: "points",
      note: `all providers' points under "${x.id}" (an assumption: others' results are not known in advance)`,
    }),
  ),
];

/** One provider's funding under a model, given its points and the national assumptions. */
export const providerFunding = (
  model: FundingModel,
  fundingYear: number,
  points: Readonly<Record<string, number>>,
  national: NationalAssumptions,
): ProviderFunding => {
  const byCriterion = model.criteria.map((x) => {
    const own = points[x.id] ?? 0;
    const total = national.points[x.id] ?? 0;
    if (own < 0) throw new RangeError(`points under "${x.id}" are negative`);
    if (own > total)
      throw new RangeError(`points under "${x.id}" (${own}) exceed the national total (${total})`);
    const share = total === 0 ? 0 : own / total;
    return { criterion: x.id, points: own, share, euros: national.budget * x.weight * share };
  });
  const unlimitedShare = model.criteria.reduce((s, x, i) => s + x.weight * byCriterion[i]!.share, 0);
  return {
    modelId: model.id,
    fundingYear,
    byCriterion,
    unlimitedShare,
    euros: national.budget * unlimitedShare,
    assumptions: nationalAssumptionList(model, national),
  };
};

/**
 * Euros one placement point earns in a funding year, with the national totals
 * held as assumed (a placement also adds a point to the national total; at national scale that is
 * below rounding: scenarios add the simulated points to the others' total instead).
 */
export const eurosPerPlacementPoint = (
  model: FundingModel,
  national: NationalAssumptions,
): { readonly euros: number; readonly assumptions: ReadonlyArray<Assumption> } => {
  const x = model.criteria.find((c) => c.id === model.placementCriterion)!;
  const total = national.points[x.id] ?? 0;
  return {
    euros: total === 0 ? 0 : (national.budget * x.weight) / total,
    assumptions: nationalAssumptionList(model, national).filter(
      (a) => a.name === "nationalBudget" || a.name === `nationalPoints.${x.id}`,
    ),
  };
};

export interface NationalProvider {
  readonly id: string;
  readonly points: Readonly<Record<string, number>>;
  /** Last year's share of the national total (0 or absent for a new provider). */
  readonly previousShare?: number;
}

export interface NationalAllocation {
  readonly modelId: FundingModel["id"];
  readonly fundingYear: number;
  readonly providers: ReadonlyArray<{
    readonly id: string;
    readonly unlimitedShare: number;
    readonly share: number;
    readonly euros: number;
    readonly limit: "none" | "floor" | "ceiling";
  }>;
  /** The common balancing factor t (1 when no limits apply). */
  readonly balancingFactor: number;
  readonly assumptions: ReadonlyArray<Assumption>;
}

/**
 * The whole nation's allocation: national totals are the sums of the providers given, and in a
 * transition year the limits and the balancing factor apply. Throws when the limits cannot hold.
 */
export const nationalAllocation = (
  model: FundingModel,
  fundingYear: number,
  budget: number,
  providers: ReadonlyArray<NationalProvider>,
): NationalAllocation => {
  const totals: Record<string, number> = {};
  for (const x of model.criteria) totals[x.id] = providers.reduce((s, p) => s + (p.points[x.id] ?? 0), 0);
  const national = { budget, points: totals };
  const unlimited = providers.map(
    (p) => providerFunding(model, fundingYear, p.points, national).unlimitedShare,
  );
  const limits = model.transition?.byYear[fundingYear];
  const assumptions = nationalAssumptionList(model, national);
  if (limits === undefined) {
    return {
      modelId: model.id,
      fundingYear,
      providers: providers.map((p, i) => ({
        id: p.id,
        unlimitedShare: unlimited[i]!,
        share: unlimited[i]!,
        euros: budget * unlimited[i]!,
        limit: "none" as const,
      })),
      balancingFactor: 1,
      assumptions,
    };
  }
  const result = applyTransitionLimits({
    unlimited,
    previous: providers.map((p) => p.previousShare ?? 0),
    min: limits.min,
    max: limits.max,
  });
  if (!result.ok)
    throw new RangeError(`the transition limits of ${fundingYear} cannot hold: ${result.message}`);
  return {
    modelId: model.id,
    fundingYear,
    providers: providers.map((p, i) => ({
      id: p.id,
      unlimitedShare: unlimited[i]!,
      share: result.shares[i]!,
      euros: budget * result.shares[i]!,
      limit: (["none", "floor", "ceiling"] as const)[result.limited[i]!]!,
    })),
    balancingFactor: result.factor,
    assumptions: [
      ...assumptions,
      {
        name: "transition.min",
        value: limits.min,
        unit: "factor",
        note: `floor on the previous share, ${fundingYear}`,
      },
      {
        name: "transition.max",
        value: limits.max,
        unit: "factor",
        note: `ceiling on the previous share, ${fundingYear}`,
      },
    ],
  };
};
