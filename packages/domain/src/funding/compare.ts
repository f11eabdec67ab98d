/**
 * Side by side and sensitivity, on the same data and the same random numbers (common random numbers:
 * the same seed gives every variant the same draws, so a difference between variants is the
 * variants', not noise).
 *
 * Sensitivity is one-at-a-time (a tornado): each assumption in turn is set to its low and high value
 * (p10 and p90 of its distribution), the others held at their central value, and the mean result of
 * each party is compared; the assumption with the widest swing moves the result most.
 */
import type { ScenarioPopulation } from "./population.ts";
import {
  type Distribution,
  type RunOptions,
  runScenarios,
  type ScenarioAssumptions,
  type Summary,
} from "./scenarios.ts";

export interface Variant {
  readonly label: string;
  readonly population: ScenarioPopulation;
  readonly assumptions: ScenarioAssumptions;
}

export interface Comparison {
  readonly labels: ReadonlyArray<string>;
  /** key -> one summary per variant (undefined where the variant has no such party). */
  readonly parties: ReadonlyMap<string, ReadonlyArray<Summary | undefined>>;
  readonly providers: ReadonlyMap<string, ReadonlyArray<Summary | undefined>>;
}

export const compareVariants = (variants: ReadonlyArray<Variant>, options: RunOptions): Comparison => {
  const parties = new Map<string, Array<Summary | undefined>>();
  const providers = new Map<string, Array<Summary | undefined>>();
  variants.forEach((v, i) => {
    const run = runScenarios(v.population, v.assumptions, {
      ...options,
      ...(options.onProgress
        ? { onProgress: (d: number, t: number) => options.onProgress!(i * t + d, variants.length * t) }
        : {}),
    });
    for (const [map, list] of [
      [parties, run.parties],
      [providers, run.providers],
    ] as const)
      for (const s of list) {
        const row = map.get(s.key) ?? Array.from({ length: variants.length }, () => undefined);
        row[i] = s;
        map.set(s.key, row);
      }
  });
  return { labels: variants.map((v) => v.label), parties, providers };
};

const Z90 = 1.2815515655446004;

export const lowHighCentral = (d: Distribution): { low: number; high: number; central: number } => {
  switch (d.kind) {
    case "fixed":
      return { low: d.value, high: d.value, central: d.value };
    case "uniform":
      return {
        low: d.min + 0.1 * (d.max - d.min),
        high: d.min + 0.9 * (d.max - d.min),
        central: (d.min + d.max) / 2,
      };
    default: {
      const clamp = (x: number) => Math.min(d.max ?? Infinity, Math.max(d.min ?? -Infinity, x));
      return { low: clamp(d.mean - Z90 * d.sd), high: clamp(d.mean + Z90 * d.sd), central: clamp(d.mean) };
    }
  }
};

export interface SensitivityBar {
  readonly assumption: keyof ScenarioAssumptions;
  readonly low: number;
  readonly high: number;
  readonly meanAtLow: number;
  readonly meanAtHigh: number;
  readonly swing: number;
}

/** Tornado for every party and provider, bars sorted by |swing|, widest first. */
export const sensitivity = (
  population: ScenarioPopulation,
  assumptions: ScenarioAssumptions,
  options: RunOptions,
): ReadonlyMap<string, ReadonlyArray<SensitivityBar>> => {
  const names = Object.keys(assumptions) as Array<keyof ScenarioAssumptions>;
  const central = Object.fromEntries(
    names.map((n) => [n, { kind: "fixed", value: lowHighCentral(assumptions[n]).central }]),
  ) as unknown as Record<keyof ScenarioAssumptions, Distribution>;
  const bars = new Map<string, SensitivityBar[]>();
  for (const name of names) {
    const { low, high } = lowHighCentral(assumptions[name]);
    const at = (value: number) =>
      runScenarios(
        population,
        { ...central, [name]: { kind: "fixed", value } } as ScenarioAssumptions,
        options,
      );
    const lo = at(low);
    const hi = at(high);
    const all = [
      ...lo.parties.map((s, i) => [s, hi.parties[i]!] as const),
      ...lo.providers.map((s, i) => [s, hi.providers[i]!] as const),
    ];
    for (const [a, b] of all) {
      const list = bars.get(a.key) ?? [];
      list.push({
        assumption: name,
        low,
        high,
        meanAtLow: a.mean,
        meanAtHigh: b.mean,
        swing: b.mean - a.mean,
      });
      bars.set(a.key, list);
    }
  }
  for (const list of bars.values()) list.sort((x, y) => Math.abs(y.swing) - Math.abs(x.swing));
  return bars;
};
