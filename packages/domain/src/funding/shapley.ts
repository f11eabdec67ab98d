/**
 * The Shapley value over a placement's contributors, given a value function v(coalition): each
 * contributor gets its average marginal contribution over all orders in which the coalition could
 * have formed. It is the one rule that is efficient (the shares sum to v(all)), symmetric (equal
 * contributors get equal shares) and gives a contributor who adds nothing zero.
 *
 * Exact computation evaluates v once per subset and sums weighted marginals: O(2^n) evaluations and
 * O(n 2^n) arithmetic. Above `maxExact` contributors (default 12: 4,096 subsets) it refuses, or with
 * `above: "sample"` it averages the marginals over `samples` random orders (O(samples n) evaluations,
 * unbiased, standard error ~ 1/sqrt(samples)) from the seeded generator, so a run repeats exactly.
 */
import { makeRandom } from "./random.ts";

/** v(coalition), coalition as a bit mask over the contributors' indices. Must have v(0) = 0 for efficiency. */
export type ValueFunction = (mask: number) => number;

export interface ShapleyOptions {
  readonly maxExact?: number;
  readonly above?: "refuse" | "sample";
  readonly samples?: number;
  readonly seed?: number;
}

export type ShapleyResult =
  | {
      readonly ok: true;
      readonly values: Float64Array;
      readonly method: "exact" | "sampled";
      readonly samples?: number;
    }
  | {
      readonly ok: false;
      readonly reason: "too_many_contributors";
      readonly n: number;
      readonly maxExact: number;
    };

export const MAX_EXACT_SHAPLEY = 12;
// Bit masks are 32-bit integers in JavaScript; exact computation above 20 would also be 1M subsets.
const HARD_LIMIT = 20;

export const shapleyValues = (n: number, v: ValueFunction, options: ShapleyOptions = {}): ShapleyResult => {
  const maxExact = Math.min(options.maxExact ?? MAX_EXACT_SHAPLEY, HARD_LIMIT);
  if (n <= maxExact) return { ok: true, values: exact(n, v), method: "exact" };
  if (options.above !== "sample") return { ok: false, reason: "too_many_contributors", n, maxExact };
  if (n > 30) return { ok: false, reason: "too_many_contributors", n, maxExact: 30 };
  const samples = options.samples ?? 2000;
  return { ok: true, values: sampled(n, v, samples, options.seed ?? 1), method: "sampled", samples };
};

const exact = (n: number, v: ValueFunction): Float64Array => {
  const size = 1 << n;
  const value = new Float64Array(size);
  for (let m = 0; m < size; m++) value[m] = v(m);
  // weight[k] = k! (n-k-1)! / n!, the chance that exactly a given k others come before i.
  const weight = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let w = 1 / n;
    // 1/n * 1/C(n-1, k)
    let comb = 1;
    for (let j = 1; j <= k; j++) comb = (comb * (n - 1 - k + j)) / j;
    w /= comb;
    weight[k] = w;
  }
  const phi = new Float64Array(n);
  for (let m = 0; m < size; m++) {
    const k = popcount(m);
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((m & bit) !== 0) continue;
      phi[i]! += weight[k]! * (value[m | bit]! - value[m]!);
    }
  }
  return phi;
};

const sampled = (n: number, v: ValueFunction, samples: number, seed: number): Float64Array => {
  const random = makeRandom(seed);
  const order = new Int32Array(n);
  const phi = new Float64Array(n);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      const tmp = order[i]!;
      order[i] = order[j]!;
      order[j] = tmp;
    }
    let mask = 0;
    let before = v(0);
    for (let i = 0; i < n; i++) {
      const next = mask | (1 << order[i]!);
      const after = v(next);
      phi[order[i]!]! += after - before;
      mask = next;
      before = after;
    }
  }
  for (let i = 0; i < n; i++) phi[i]! /= samples;
  return phi;
};

const popcount = (m: number): number => {
  let x = m - ((m >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
