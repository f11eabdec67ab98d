/**
 * Attribution of a placed graduate to those who helped on the path: the provider, a workshop, a
 * company, a mentor, a partner. The input is what the platform records: the pathway's steps (kind,
 * status, who did it, when, how many hours) and the placing outcome. Three rules, chosen per
 * agreement: the last contributor within a window; contribution-weighted (hours or steps, weighted by
 * the kind of step); and the Shapley value over the contributors given a value function. Only steps
 * that happened (done or in progress) count; planned and cancelled steps are intentions, not help.
 * A graduate nobody else helped is the provider's alone, and the result says so.
 */
import type { StepStatus } from "../pathway/stepStatus.ts";
import { type ShapleyOptions, shapleyValues } from "./shapley.ts";

export const contributorRoles = ["provider", "workshop", "company", "mentor", "partner"] as const;
export type ContributorRole = (typeof contributorRoles)[number];

export interface Contributor {
  readonly id: string;
  readonly role: ContributorRole;
  readonly name?: string;
}

/** A pathway step as far as attribution needs it (the `pathway_step` row). */
export interface ContributionStep {
  readonly kind: string;
  readonly status: StepStatus;
  readonly contributor: Contributor;
  readonly startsOn?: string;
  readonly endsOn?: string;
  readonly hours?: number;
}

export type AttributionRule =
  | { readonly rule: "last"; readonly windowDays: number }
  | {
      readonly rule: "weighted";
      readonly measure: "hours" | "steps";
      /** Weight per step kind; kinds not listed weigh `defaultWeight` (default 1). */
      readonly kindWeights?: Readonly<Record<string, number>>;
      readonly defaultWeight?: number;
    }
  | {
      readonly rule: "shapley";
      /** v(coalition) for this graduate; the coalition as contributor ids. */
      readonly value: (
        coalition: ReadonlyArray<Contributor>,
        steps: ReadonlyArray<ContributionStep>,
      ) => number;
      readonly options?: ShapleyOptions;
    };

export interface AttributionShare {
  readonly contributor: Contributor;
  /** Fraction of the placement, 0..1; the fractions of one graduate sum to 1. */
  readonly fraction: number;
  /** What the fraction rests on: hours, steps, or the last step's day. */
  readonly basis: { readonly steps: number; readonly hours: number; readonly lastDay?: string };
}

export type AttributionFallback =
  | "no_contributions"
  | "none_in_window"
  | "zero_value"
  | "too_many_for_shapley";

export interface Attribution {
  readonly rule: AttributionRule["rule"];
  readonly shares: ReadonlyArray<AttributionShare>;
  /** Why the provider got everything, when a rule could not apply. */
  readonly fallback?: AttributionFallback;
  readonly method?: "exact" | "sampled";
}

const counts = (s: ContributionStep) => s.status === "done" || s.status === "in_progress";
const dayOf = (s: ContributionStep) => s.endsOn ?? s.startsOn;

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const groupByContributor = (steps: ReadonlyArray<ContributionStep>) => {
  const groups = new Map<string, { contributor: Contributor; steps: ContributionStep[] }>();
  for (const step of steps) {
    const g = groups.get(step.contributor.id);
    if (g) g.steps.push(step);
    else groups.set(step.contributor.id, { contributor: step.contributor, steps: [step] });
  }
  return [...groups.values()];
};

const basisOf = (steps: ReadonlyArray<ContributionStep>) => {
  const days = steps
    .map(dayOf)
    .filter((d): d is string => d !== undefined)
    .sort();
  const last = days[days.length - 1];
  return {
    steps: steps.length,
    hours: steps.reduce((s, x) => s + (x.hours ?? 0), 0),
    ...(last === undefined ? {} : { lastDay: last }),
  };
};

const providerOnly = (
  rule: AttributionRule["rule"],
  provider: Contributor,
  steps: ReadonlyArray<ContributionStep>,
  fallback: AttributionFallback,
): Attribution => ({
  rule,
  shares: [
    {
      contributor: provider,
      fraction: 1,
      basis: basisOf(steps.filter((s) => s.contributor.id === provider.id)),
    },
  ],
  fallback,
});

/**
 * Attribute one placed graduate. `placedOn` is the placing outcome's day; steps after it do not count
 * (they did not help reach it).
 */
export const attribute = (
  rule: AttributionRule,
  provider: Contributor,
  allSteps: ReadonlyArray<ContributionStep>,
  placedOn: string,
): Attribution => {
  const steps = allSteps.filter((s) => counts(s) && (s.startsOn === undefined || s.startsOn <= placedOn));
  if (steps.length === 0) return providerOnly(rule.rule, provider, steps, "no_contributions");
  const groups = groupByContributor(steps);
  switch (rule.rule) {
    case "last": {
      const dated = steps
        .filter((s) => dayOf(s) !== undefined)
        .map((s) => ({ s, day: dayOf(s)! > placedOn ? placedOn : dayOf(s)! }))
        .filter((x) => daysBetween(x.day, placedOn) <= rule.windowDays)
        .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
      const last = dated[0];
      if (last === undefined) return providerOnly("last", provider, steps, "none_in_window");
      const own = steps.filter((s) => s.contributor.id === last.s.contributor.id);
      return {
        rule: "last",
        shares: [{ contributor: last.s.contributor, fraction: 1, basis: basisOf(own) }],
      };
    }
    case "weighted": {
      const weightOf = (s: ContributionStep) =>
        (rule.kindWeights?.[s.kind] ?? rule.defaultWeight ?? 1) *
        (rule.measure === "hours" ? (s.hours ?? 0) : 1);
      const weights = groups.map((g) => g.steps.reduce((sum, s) => sum + weightOf(s), 0));
      const total = weights.reduce((a, b) => a + b, 0);
      if (!(total > 0)) return providerOnly("weighted", provider, steps, "zero_value");
      return {
        rule: "weighted",
        shares: groups
          .map((g, i) => ({
            contributor: g.contributor,
            fraction: weights[i]! / total,
            basis: basisOf(g.steps),
          }))
          .filter((x) => x.fraction > 0),
      };
    }
    case "shapley": {
      const members = groups.map((g) => g.contributor);
      const v = (mask: number) => {
        const coalition = members.filter((_, i) => (mask & (1 << i)) !== 0);
        const ids = new Set(coalition.map((c) => c.id));
        return rule.value(
          coalition,
          steps.filter((s) => ids.has(s.contributor.id)),
        );
      };
      const result = shapleyValues(members.length, v, rule.options);
      if (!result.ok) return providerOnly("shapley", provider, steps, "too_many_for_shapley");
      const total = v((1 << members.length) - 1);
      if (!(total > 0)) return providerOnly("shapley", provider, steps, "zero_value");
      // Efficiency: the values sum to v(all); dividing by it makes them fractions of this placement.
      return {
        rule: "shapley",
        method: result.method,
        shares: groups.map((g, i) => ({
          contributor: g.contributor,
          fraction: result.values[i]! / total,
          basis: basisOf(g.steps),
        })),
      };
    }
  }
};

/**
 * A value function built from the steps: each kind of step is worth its weight once per coalition
 * (doing a kind of work twice is not worth twice), plus `synergy` when the coalition spans both the
 * provider's side and a partner's side. It is a reasonable default for a negotiation to start from.
 */
export const stepKindValue =
  (kindWeights: Readonly<Record<string, number>>, synergy = 0) =>
  (coalition: ReadonlyArray<Contributor>, steps: ReadonlyArray<ContributionStep>): number => {
    const kinds = new Set(steps.map((s) => s.kind));
    let value = 0;
    for (const k of kinds) value += kindWeights[k] ?? 0;
    const provider = coalition.some((c) => c.role === "provider");
    const partner = coalition.some((c) => c.role !== "provider");
    return value + (provider && partner && value > 0 ? synergy : 0);
  };
