/**
 * The 2026 transition: each provider's share of the national total may move year on year only between
 * `min x` and `max x` its previous share, and one common balancing factor t makes the limited shares
 * sum to 1 (DOMAIN.md, as CSC computes it):
 *
 *   s_i(t) = clamp(t, min p_i / u_i, max p_i / u_i) * u_i     (u_i > 0)
 *   s_i    = min p_i                                           (u_i = 0)
 *
 * where u_i is the unlimited share and p_i the previous share. A provider with no previous share (new,
 * p_i = 0) is taken to be outside the limits (s_i = t u_i): DOMAIN.md does not say, and limits of
 * "0 x nothing" would give it nothing.
 *
 * Algorithm (closed form, O(n log n)): S(t) = sum s_i(t) is continuous, non-decreasing and linear
 * between the breakpoints min p_i / u_i and max p_i / u_i. Sort the breakpoints, sweep them keeping
 * S's value and slope (the sum of u_i of providers between their limits), and solve the one linear
 * piece where S crosses 1. When even every provider at its ceiling (or every one at its floor) cannot
 * make 1, no t exists and the limits cannot hold: that is returned as a failure, not hidden.
 * Unlimited shares below 1e-12 are taken as 0 (such a provider sits at its floor): their breakpoints
 * would overflow floating point, and no euro depends on them.
 */

export interface TransitionInput {
  /** Unlimited shares of the national total (non-negative; normally summing to 1). */
  readonly unlimited: ArrayLike<number>;
  /** Previous year's shares (0 for a provider without one). */
  readonly previous: ArrayLike<number>;
  readonly min: number;
  readonly max: number;
}

export type TransitionResult =
  | {
      readonly ok: true;
      readonly shares: Float64Array;
      readonly factor: number;
      readonly limited: Uint8Array;
    }
  | { readonly ok: false; readonly reason: "below" | "above"; readonly message: string };

/** limited[i]: 0 between the limits, 1 at the floor, 2 at the ceiling. */
const TINY = 1e-12;

/**
 * The running sums of the sweep find the segment; the value and slope on it are then summed afresh,
 * so rounding from adding and removing many slopes cannot pass for a slope.
 */
const solveSegment = (
  events: ReadonlyArray<{ lo: number; hi: number; u: number }>,
  fixed: number,
  freeSlope: number,
  from: number,
  to: number,
  target: number,
): number => {
  const mid = (from + to) / 2;
  let constant = fixed;
  let slope = freeSlope;
  for (const e of events) {
    const raw = mid * e.u;
    if (raw <= e.lo) constant += e.lo;
    else if (raw >= e.hi) constant += e.hi;
    else slope += e.u;
  }
  if (!(slope > 0)) return from;
  return Math.min(to, Math.max(from, (target - constant) / slope));
};

export const applyTransitionLimits = (input: TransitionInput, target = 1): TransitionResult => {
  const { unlimited: u, previous: p, min, max } = input;
  const n = u.length;
  let fixed = 0; // providers with u = 0 stay at their floor
  let freeSlope = 0; // providers without a previous share follow t u_i
  const events: Array<{ at: number; lo: number; hi: number; u: number }> = [];
  let floorSum = 0;
  for (let i = 0; i < n; i++) {
    const ui = u[i]! < TINY ? 0 : u[i]!;
    const pi = p[i]!;
    if (!(u[i]! >= 0) || !(pi >= 0))
      throw new RangeError(`shares must be non-negative numbers (provider ${i})`);
    if (pi === 0) freeSlope += ui;
    else if (ui === 0) fixed += min * pi;
    else {
      events.push({ at: (min * pi) / ui, lo: min * pi, hi: max * pi, u: ui });
      floorSum += min * pi;
    }
  }
  // For t below every lower breakpoint each limited provider sits at its floor.
  const points: Array<{ t: number; dSlope: number; dConst: number }> = [];
  for (const e of events) {
    points.push({ t: e.lo / e.u, dSlope: e.u, dConst: -e.lo });
    points.push({ t: e.hi / e.u, dSlope: -e.u, dConst: e.hi });
  }
  points.sort((a, b) => a.t - b.t);
  let slope = freeSlope;
  let constant = fixed + floorSum;
  let t = 0;
  let found: number | undefined;
  if (constant > target + 1e-12) {
    return {
      ok: false,
      reason: "above",
      message: `the floors alone sum to ${constant.toFixed(6)}, over ${target}`,
    };
  }
  for (const point of points) {
    const valueAtNext = constant + slope * point.t;
    if (valueAtNext >= target) {
      found = solveSegment(events, fixed, freeSlope, t, point.t, target);
      break;
    }
    t = point.t;
    slope += point.dSlope;
    constant += point.dConst;
  }
  if (found === undefined) {
    // Past every breakpoint the slope is exactly that of the providers without limits (the running
    // sum may keep a rounding residue, which must not pass for a slope).
    const ceiling = fixed + events.reduce((sum, e) => sum + e.hi, 0);
    if (freeSlope > 0) found = Math.max(t, (target - ceiling) / freeSlope);
    else if (Math.abs(ceiling - target) <= 1e-12) found = t;
    else
      return {
        ok: false,
        reason: "below",
        message: `every provider at its ceiling sums to ${ceiling.toFixed(6)}, under ${target}`,
      };
  }
  const factor = Math.max(found, 0);
  const shares = new Float64Array(n);
  const limited = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const ui = u[i]! < TINY ? 0 : u[i]!;
    const pi = p[i]!;
    if (pi === 0) shares[i] = factor * ui;
    else if (ui === 0) {
      shares[i] = min * pi;
      limited[i] = 1;
    } else {
      const lo = min * pi;
      const hi = max * pi;
      const raw = factor * ui;
      shares[i] = raw < lo ? lo : Math.min(raw, hi);
      limited[i] = raw < lo ? 1 : raw > hi ? 2 : 0;
    }
  }
  return { ok: true, shares, factor, limited };
};
