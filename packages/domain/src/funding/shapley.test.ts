import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapleyValues } from "./shapley.ts";

const exactOrThrow = (n: number, v: (m: number) => number) => {
  const r = shapleyValues(n, v);
  if (!r.ok) throw new Error("refused");
  return r.values;
};

// A random game: a value for every coalition, v(empty) = 0.
const game = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc
      .array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n })
      .map((table) => ({ n, v: (m: number) => (m === 0 ? 0 : table[m]!) })),
  );

describe("Shapley value", () => {
  it("two players by hand: v(A)=1, v(B)=0, v(AB)=3 gives 2 and 1", () => {
    const values = exactOrThrow(2, (m) => [0, 1, 0, 3][m]!);
    expect([...values]).toEqual([2, 1]);
  });

  it("is efficient: the values sum to v(all) (property)", () => {
    fc.assert(
      fc.property(game, ({ n, v }) => {
        const sum = exactOrThrow(n, v).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(v((1 << n) - 1), 9);
      }),
    );
  });

  it("is symmetric: players 0 and 1 who are interchangeable get the same (property)", () => {
    fc.assert(
      fc.property(game, ({ n, v }) => {
        if (n < 2) return;
        // Make the game symmetric in players 0 and 1 by looking coalitions up with those bits sorted.
        const sym = (m: number) => {
          const a = m & 1;
          const b = (m >> 1) & 1;
          return v((m & ~3) | (a + b === 1 ? 1 : a + b === 2 ? 3 : 0));
        };
        const values = exactOrThrow(n, sym);
        expect(values[0]!).toBeCloseTo(values[1]!, 9);
      }),
    );
  });

  it("gives a contributor who adds nothing zero (property)", () => {
    fc.assert(
      fc.property(game, fc.nat(), ({ n, v }, k0) => {
        const k = k0 % n;
        const withoutK = (m: number) => v(m & ~(1 << k));
        expect(exactOrThrow(n, withoutK)[k]!).toBeCloseTo(0, 12);
      }),
    );
  });

  it("refuses above the exact limit, or samples close to the exact values when asked", () => {
    const v = (m: number) => {
      let x = 0;
      for (let i = 0; i < 6; i++) if (m & (1 << i)) x += i + 1;
      return m === 63 ? x + 6 : x;
    };
    expect(shapleyValues(6, v, { maxExact: 5 })).toMatchObject({
      ok: false,
      reason: "too_many_contributors",
      n: 6,
    });
    const exact = exactOrThrow(6, v);
    const sampled = shapleyValues(6, v, { maxExact: 5, above: "sample", samples: 4000, seed: 7 });
    if (!sampled.ok) throw new Error("refused");
    expect(sampled.method).toBe("sampled");
    for (const [i, x] of exact.entries()) expect(Math.abs(sampled.values[i]! - x)).toBeLessThan(0.15);
    // Additive part exact: player i is worth i + 1 plus 1 of the 6 shared by all.
    expect([...exact].map((x) => Number(x.toFixed(9)))).toEqual([2, 3, 4, 5, 6, 7]);
    const again = shapleyValues(6, v, { maxExact: 5, above: "sample", samples: 4000, seed: 7 });
    expect(again.ok && [...again.values]).toEqual([...sampled.values]);
  });
});
