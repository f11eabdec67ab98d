/**
 * The baseline: the same Monte Carlo arithmetic as `runScenarios`, written as one plain loop over the
 * same typed arrays with the generator, the draws and the clamps inlined and the assumptions'
 * distributions hard-wired (normal rate, uniform or fixed others, normal budget). Its results must equal the
 * engine's bit for bit; the bench checks that before it compares times.
 */
import type { ScenarioPopulation } from "@polku/domain/funding";

export function baselineRun(
  pop: ScenarioPopulation,
  a: {
    rateMean: number;
    rateSd: number;
    /** The other providers' points, uniform between the two (equal for a fixed number). */
    othersMin: number;
    othersMax: number;
    budgetMean: number;
    budgetSd: number;
  },
  scenarios: number,
  seed: number,
) {
  const G = pop.graduates;
  const { probability, points, providerOf, entryStart, entryParty, entryFraction, entryRate } = pop;
  const { partyFloor, partyCap, partyProvider } = pop;
  const P = pop.partyKeys.length;
  const V = pop.providerIds.length;
  const partyEuros = new Float64Array(scenarios * P);
  const providerEuros = new Float64Array(scenarios * V);
  const raw = new Float64Array(P);
  const att = new Float64Array(P);
  const gross = new Float64Array(V);
  const paid = new Float64Array(V);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const next = () => {
    const r = Math.imul(s1, 5) >>> 0;
    const result = Math.imul(((r << 7) | (r >>> 25)) >>> 0, 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s1 = (s1 ^ n2) >>> 0;
    s0 = (s0 ^ n3) >>> 0;
    s2 = (n2 ^ t) >>> 0;
    s3 = ((n3 << 11) | (n3 >>> 21)) >>> 0;
    return result / 4294967296;
  };
  const mix = (state: number) => {
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const normal = (mean: number, sd: number) => {
    const u1 = 1 - next();
    const u2 = next();
    return Math.max(0, mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
  };
  for (let sc = 0; sc < scenarios; sc++) {
    let st = (seed ^ Math.imul(sc + 1, 0x85ebca6b)) >>> 0;
    st = (st + 0x9e3779b9) >>> 0;
    s0 = mix(st);
    st = (st + 0x9e3779b9) >>> 0;
    s1 = mix(st);
    st = (st + 0x9e3779b9) >>> 0;
    s2 = mix(st);
    st = (st + 0x9e3779b9) >>> 0;
    s3 = mix(st);
    const rate = normal(a.rateMean, a.rateSd);
    next(); // every draw consumes two numbers, as the engine's does
    const others = a.othersMin + (a.othersMax - a.othersMin) * next();
    const budget = normal(a.budgetMean, a.budgetSd);
    raw.fill(0);
    att.fill(0);
    gross.fill(0);
    paid.fill(0);
    let sim = 0;
    // The generator's step inlined on local variables: the fastest plain form found here.
    let x0 = s0 | 0;
    let x1 = s1 | 0;
    let x2 = s2 | 0;
    let x3 = s3 | 0;
    for (let g = 0; g < G; g++) {
      // State kept as int32 (| 0) so V8 keeps it in integer registers; only the output is unsigned.
      const r5 = Math.imul(x1, 5);
      const out = Math.imul((r5 << 7) | (r5 >>> 25), 9) >>> 0;
      const t9 = x1 << 9;
      const n2 = x2 ^ x0;
      const n3 = x3 ^ x1;
      x1 = x1 ^ n2;
      x0 = x0 ^ n3;
      x2 = n2 ^ t9;
      x3 = (n3 << 11) | (n3 >>> 21);
      if (out / 4294967296 >= probability[g]! * rate) continue;
      const pts = points[g]!;
      sim += pts;
      gross[providerOf[g]!]! += pts;
      const end = entryStart[g + 1]!;
      for (let e = entryStart[g]!; e < end; e++) {
        const x = pts * entryFraction[e]!;
        const j = entryParty[e]!;
        att[j]! += x;
        raw[j]! += x * entryRate[e]!;
      }
    }
    s0 = x0 >>> 0;
    s1 = x1 >>> 0;
    s2 = x2 >>> 0;
    s3 = x3 >>> 0;
    const national = others + sim;
    const perPoint = national > 0 ? (budget * pop.placementWeight) / national : 0;
    for (let j = 0; j < P; j++) {
      const attributed = att[j]! * perPoint;
      const amount = Math.min(
        Math.max(raw[j]! * perPoint, Math.min(partyFloor[j]!, attributed)),
        partyCap[j]!,
      );
      partyEuros[sc * P + j] = amount;
      paid[partyProvider[j]!]! += amount;
    }
    for (let v = 0; v < V; v++) providerEuros[sc * V + v] = gross[v]! * perPoint - paid[v]!;
  }
  // The same summary: mean and linear-interpolated p10, p50, p90 of each column.
  const summary = (m: Float64Array, cols: number) => {
    const out = new Float64Array(cols * 4);
    const col = new Float64Array(scenarios);
    const q = (x: number) => {
      const h = (scenarios - 1) * x;
      const lo = Math.floor(h);
      const hi = Math.min(lo + 1, scenarios - 1);
      return col[lo]! + (h - lo) * (col[hi]! - col[lo]!);
    };
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      for (let s = 0; s < scenarios; s++) {
        col[s] = m[s * cols + j]!;
        sum += col[s]!;
      }
      col.sort();
      out[j * 4] = sum / scenarios;
      out[j * 4 + 1] = q(0.1);
      out[j * 4 + 2] = q(0.5);
      out[j * 4 + 3] = q(0.9);
    }
    return out;
  };
  return { partyEuros, providerEuros, parties: summary(partyEuros, P), providers: summary(providerEuros, V) };
}
