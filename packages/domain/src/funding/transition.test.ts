import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTransitionLimits } from "./transition.ts";

describe("transition limits with a balancing factor", () => {
  it("works out a hand example: t = 0.875", () => {
    // Limits 0.95..1.10 of [0.5, 0.3, 0.2]: [0.475, 0.55], [0.285, 0.33], [0.19, 0.22].
    // Unlimited [0.6, 0.25, 0.15]: at t = 1 the clamped shares sum to 0.55 + 0.285 + 0.19 = 1.025,
    // so t < 1; with providers 2 and 3 at their floors, 0.6 t + 0.475 = 1 gives t = 0.875.
    const r = applyTransitionLimits({
      unlimited: [0.6, 0.25, 0.15],
      previous: [0.5, 0.3, 0.2],
      min: 0.95,
      max: 1.1,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.factor).toBeCloseTo(0.875, 12);
    expect([...r.shares].map((x) => Number(x.toFixed(12)))).toEqual([0.525, 0.285, 0.19]);
    expect([...r.limited]).toEqual([0, 1, 1]);
  });

  it("leaves shares alone when none passes a limit", () => {
    const r = applyTransitionLimits({ unlimited: [0.52, 0.48], previous: [0.5, 0.5], min: 0.9, max: 1.1 });
    if (!r.ok) throw new Error(r.message);
    expect(r.factor).toBeCloseTo(1, 12);
    expect(r.shares[0]).toBeCloseTo(0.52, 12);
  });

  it("a provider without a previous share is outside the limits", () => {
    const r = applyTransitionLimits({ unlimited: [0.5, 0.5], previous: [1, 0], min: 0.9, max: 1.1 });
    if (!r.ok) throw new Error(r.message);
    // Provider 1 floor 0.9: 0.5 t < 0.9 for t < 1.8, so 0.9 + 0.5 t = 1 gives t = 0.2.
    expect(r.factor).toBeCloseTo(0.2, 12);
    expect(r.shares[0]).toBeCloseTo(0.9, 12);
    expect(r.shares[1]).toBeCloseTo(0.1, 12);
  });

  it("says so when the limits cannot hold", () => {
    // Provider 2 lost all its results but keeps 0.95 x 0.8 = 0.76; provider 1 can reach 1.1 x 0.2 = 0.22.
    const r = applyTransitionLimits({ unlimited: [1, 0], previous: [0.2, 0.8], min: 0.95, max: 1.1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("below");
  });

  const instance = fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.record({
        u: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        p: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        year: fc.constantFrom([0.95, 1.1], [0.93, 1.1], [0.9, 1.1]),
      }),
    )
    .map(({ u, p, year }) => {
      const su = u.reduce((a, b) => a + b, 0);
      const sp = p.reduce((a, b) => a + b, 0);
      // Shares under a billionth are 0: a denormal share would make a breakpoint overflow (see the algorithm).
      const unlimited = su > 0 ? u.map((x) => (x / su < 1e-9 ? 0 : x / su)) : u.map(() => 1 / u.length);
      return { unlimited, previous: p.map((x) => x / sp), min: year[0]!, max: year[1]! };
    });

  it("the limited shares of all providers sum to one, each within its limits (property)", () => {
    fc.assert(
      fc.property(instance, (input) => {
        const r = applyTransitionLimits(input);
        const fixedFloor = input.unlimited.reduce(
          (s, u, i) => s + (u === 0 ? input.min * input.previous[i]! : 0),
          0,
        );
        const reach = input.unlimited.reduce(
          (s, u, i) => s + (u > 0 ? input.max * input.previous[i]! : 0),
          0,
        );
        if (!r.ok) {
          // Refused only when no factor can reach 1.
          expect(fixedFloor + reach).toBeLessThan(1 + 1e-9);
          return;
        }
        expect(r.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        input.previous.forEach((p, i) => {
          expect(r.shares[i]!).toBeGreaterThanOrEqual(input.min * p - 1e-12);
          expect(r.shares[i]!).toBeLessThanOrEqual(input.max * p + 1e-12);
        });
      }),
    );
  });

  it("agrees with bisection on the balancing factor (property)", () => {
    fc.assert(
      fc.property(instance, (input) => {
        const r = applyTransitionLimits(input);
        if (!r.ok) return;
        const total = (t: number) =>
          input.unlimited.reduce((s, u, i) => {
            const p = input.previous[i]!;
            return s + (u === 0 ? input.min * p : Math.min(input.max * p, Math.max(input.min * p, t * u)));
          }, 0);
        let lo = 0;
        let hi = Math.max(
          1,
          ...input.unlimited.map((u, i) => (u > 0 ? (input.max * input.previous[i]!) / u : 0)),
        );
        for (let k = 0; k < 200; k++) {
          const mid = (lo + hi) / 2;
          if (total(mid) < 1) lo = mid;
          else hi = mid;
        }
        expect(total(r.factor)).toBeCloseTo(total(hi), 9);
      }),
    );
  });
});
