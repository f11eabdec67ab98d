/**
 * Monte Carlo over the assumptions a negotiation cannot know: the placement rate (a factor on each
 * graduate's chance of being placed), the placement points of providers outside the population, and
 * the national budget. Each scenario draws the three, then each graduate's placement, and prices it:
 *
 *   national points = others' points + the simulated placements' points
 *   euros per point = budget x placement weight / national points
 *   a party's euros = clamp(sum over its placed graduates of points x fraction x rate x euros per point,
 *                           min(floor, attributed), cap)
 *   a provider's euros = its placed graduates' euros - what its partners receive
 *
 * Each scenario has its own generator, seeded from (seed, scenario number) with splitmix32, so a run
 * repeats exactly and any range of scenarios can be computed apart (in several Web Workers) with the
 * same result. Everything linear in "euros per point" is accumulated in points and scaled once, so a
 * scenario is one pass over the graduates. No Node API is used: this runs in a browser worker.
 */
import type { ScenarioPopulation } from "./population.ts";

export type Distribution =
  | { readonly kind: "fixed"; readonly value: number }
  | {
      readonly kind: "normal";
      readonly mean: number;
      readonly sd: number;
      readonly min?: number;
      readonly max?: number;
    }
  | { readonly kind: "uniform"; readonly min: number; readonly max: number };

export interface ScenarioAssumptions {
  /** Factor on each graduate's chance of placement (1 = as recorded). */
  readonly placementRate: Distribution;
  /** Placement points of the providers outside the population (0 when it is the whole nation). */
  readonly otherPoints: Distribution;
  /** National budget of vocational education (EUR). */
  readonly budget: Distribution;
}

export interface RunOptions {
  readonly scenarios: number;
  readonly seed: number;
  /** Called every `progressEvery` scenarios and at the end with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /** First scenario number (to split a run across workers). */
  readonly firstScenario?: number;
}

export interface Summary {
  readonly key: string;
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface ScenarioRun {
  readonly scenarios: number;
  readonly seed: number;
  /** Scenario-major: partyEuros[s * parties + j]. */
  readonly partyEuros: Float64Array;
  readonly providerEuros: Float64Array;
  readonly parties: ReadonlyArray<Summary>;
  readonly providers: ReadonlyArray<Summary>;
  readonly assumptions: ScenarioAssumptions;
  readonly modelId: string;
  readonly fundingYear: number;
}

const U32 = 1 / 4294967296;

/** Seeds a scenario's xoshiro128** state in `s` from (seed, scenario) with splitmix32. */
const seedScenario = (s: Uint32Array, seed: number, scenario: number) => {
  let state = (seed ^ Math.imul(scenario + 1, 0x85ebca6b)) >>> 0;
  for (let i = 0; i < 4; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    s[i] = (z ^ (z >>> 16)) >>> 0;
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
};

// xoshiro128** step, the same as random.ts, kept here so the inner loop has no call through a closure.
const nextUniform = (s: Uint32Array): number => {
  const s0 = s[0]!;
  const s1 = s[1]!;
  const r = Math.imul(s1, 5) >>> 0;
  const result = Math.imul(((r << 7) | (r >>> 25)) >>> 0, 9) >>> 0;
  const t = s1 << 9;
  const s2 = s[2]! ^ s0;
  const s3 = s[3]! ^ s1;
  s[1] = s1 ^ s2;
  s[0] = s0 ^ s3;
  s[2] = s2 ^ t;
  s[3] = ((s3 << 11) | (s3 >>> 21)) >>> 0;
  return result * U32;
};

export const draw = (d: Distribution, s: Uint32Array): number => {
  // Always consume two numbers, so changing one distribution's kind leaves the others' draws alone.
  const u1 = 1 - nextUniform(s);
  const u2 = nextUniform(s);
  switch (d.kind) {
    case "fixed":
      return d.value;
    case "uniform":
      return d.min + (d.max - d.min) * u2;
    default: {
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      const x = d.mean + d.sd * z;
      return Math.min(d.max ?? Number.POSITIVE_INFINITY, Math.max(d.min ?? Number.NEGATIVE_INFINITY, x));
    }
  }
};

/** Linear-interpolated quantile (type 7) of a sorted array. */
export const quantileSorted = (sorted: Float64Array, q: number): number => {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
};

/** p10, p50, p90 and mean of each column of a scenario-major matrix. */
export const summarise = (matrix: Float64Array, columns: number, keys: ReadonlyArray<string>): Summary[] => {
  const rows = columns === 0 ? 0 : matrix.length / columns;
  const column = new Float64Array(rows);
  const out: Summary[] = [];
  for (let j = 0; j < columns; j++) {
    let sum = 0;
    for (let s = 0; s < rows; s++) {
      const x = matrix[s * columns + j]!;
      column[s] = x;
      sum += x;
    }
    column.sort();
    out.push({
      key: keys[j]!,
      mean: rows === 0 ? 0 : sum / rows,
      p10: quantileSorted(column, 0.1),
      p50: quantileSorted(column, 0.5),
      p90: quantileSorted(column, 0.9),
    });
  }
  return out;
};

export const runScenarios = (
  population: ScenarioPopulation,
  assumptions: ScenarioAssumptions,
  options: RunOptions,
): ScenarioRun => {
  const { graduates, providerOf, probability, points, entryStart, entryParty, entryFraction, entryRate } =
    population;
  const { partyProvider, partyCap, partyFloor, placementWeight } = population;
  const parties = population.partyKeys.length;
  const providers = population.providerIds.length;
  const total = options.scenarios;
  const every = Math.max(1, options.progressEvery ?? 100);
  const first = options.firstScenario ?? 0;
  const partyEuros = new Float64Array(total * parties);
  const providerEuros = new Float64Array(total * providers);
  const rawPoints = new Float64Array(parties);
  const attributedPoints = new Float64Array(parties);
  const grossPoints = new Float64Array(providers);
  const paid = new Float64Array(providers);
  const state = new Uint32Array(4);
  for (let sc = 0; sc < total; sc++) {
    seedScenario(state, options.seed, first + sc);
    const rate = draw(assumptions.placementRate, state);
    const others = draw(assumptions.otherPoints, state);
    const budget = draw(assumptions.budget, state);
    rawPoints.fill(0);
    attributedPoints.fill(0);
    grossPoints.fill(0);
    paid.fill(0);
    let simulated = 0;
    for (let g = 0; g < graduates; g++) {
      const u = nextUniform(state);
      if (u >= probability[g]! * rate) continue;
      const pts = points[g]!;
      simulated += pts;
      grossPoints[providerOf[g]!]! += pts;
      const end = entryStart[g + 1]!;
      for (let e = entryStart[g]!; e < end; e++) {
        const a = pts * entryFraction[e]!;
        const j = entryParty[e]!;
        attributedPoints[j]! += a;
        rawPoints[j]! += a * entryRate[e]!;
      }
    }
    const national = others + simulated;
    const perPoint = national > 0 ? (budget * placementWeight) / national : 0;
    const rowP = sc * parties;
    for (let j = 0; j < parties; j++) {
      const attributed = attributedPoints[j]! * perPoint;
      let amount = rawPoints[j]! * perPoint;
      const floor = Math.min(partyFloor[j]!, attributed);
      if (amount < floor) amount = floor;
      if (amount > partyCap[j]!) amount = partyCap[j]!;
      partyEuros[rowP + j] = amount;
      paid[partyProvider[j]!]! += amount;
    }
    const rowV = sc * providers;
    for (let p = 0; p < providers; p++) providerEuros[rowV + p] = grossPoints[p]! * perPoint - paid[p]!;
    if (options.onProgress && ((sc + 1) % every === 0 || sc + 1 === total)) options.onProgress(sc + 1, total);
  }
  return {
    scenarios: total,
    seed: options.seed,
    partyEuros,
    providerEuros,
    parties: summarise(partyEuros, parties, population.partyKeys),
    providers: summarise(providerEuros, providers, population.providerIds),
    assumptions,
    modelId: population.modelId,
    fundingYear: population.fundingYear,
  };
};
