import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVariants, sensitivity } from "./compare.ts";
import { agreementV1, national, paths } from "./fixtures.test-support.ts";
import { law2022, law2026 } from "./models.ts";
import { compilePopulation } from "./population.ts";
import { runScenarios, type ScenarioAssumptions, type Summary } from "./scenarios.ts";

const population = compilePopulation({
  model: law2026,
  fundingYear: 2027,
  paths,
  agreements: [[agreementV1]],
});
// Three placements of half a point each are simulated; 998.5 others make the national 1,000 points.
const fixed: ScenarioAssumptions = {
  placementRate: { kind: "fixed", value: 1 },
  otherPoints: { kind: "fixed", value: 998.5 },
  budget: { kind: "fixed", value: national.budget },
};
const uncertain: ScenarioAssumptions = {
  placementRate: { kind: "normal", mean: 0.8, sd: 0.1, min: 0, max: 1.25 },
  otherPoints: { kind: "uniform", min: 900, max: 1_100 },
  budget: { kind: "normal", mean: 1e9, sd: 5e7, min: 0 },
};
const byKey = (list: ReadonlyArray<Summary>, key: string) => list.find((s) => s.key === key)!;

describe("scenarios", () => {
  it("compile the population: only counted graduates, their entries per party", () => {
    expect(population.graduates).toBe(3); // s3 is not placed and has no open chance by default
    expect(population.partyKeys).toEqual(["jatkopolku/paja", "jatkopolku/firma"]);
    expect([...population.points]).toEqual([0.5, 0.5, 0.5]);
  });

  it("with nothing uncertain, every scenario equals the statement", () => {
    const run = runScenarios(population, fixed, { scenarios: 50, seed: 1 });
    const paja = byKey(run.parties, "jatkopolku/paja");
    expect(paja.mean).toBeCloseTo(47_571.428571, 5);
    expect(paja.p10).toBeCloseTo(paja.p90, 9);
    expect(byKey(run.parties, "jatkopolku/firma").mean).toBeCloseTo(3_600, 6);
    // The provider keeps 3 x 90,000 less what its partners receive.
    expect(byKey(run.providers, "esedu").mean).toBeCloseTo(270_000 - 47_571.428571 - 3_600, 4);
  });

  it("repeats exactly from a seed, and a run split in two is the same run", () => {
    const a = runScenarios(population, uncertain, { scenarios: 400, seed: 9 });
    const b = runScenarios(population, uncertain, { scenarios: 400, seed: 9 });
    expect(b.partyEuros).toEqual(a.partyEuros);
    const first = runScenarios(population, uncertain, { scenarios: 150, seed: 9 });
    const rest = runScenarios(population, uncertain, { scenarios: 250, seed: 9, firstScenario: 150 });
    expect([...first.partyEuros, ...rest.partyEuros]).toEqual([...a.partyEuros]);
    expect(runScenarios(population, uncertain, { scenarios: 400, seed: 10 }).partyEuros).not.toEqual(
      a.partyEuros,
    );
  });

  it("gives each party a distribution, and reports progress", () => {
    const calls: Array<[number, number]> = [];
    const run = runScenarios(population, uncertain, {
      scenarios: 1_000,
      seed: 3,
      progressEvery: 300,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [300, 1000],
      [600, 1000],
      [900, 1000],
      [1000, 1000],
    ]);
    const paja = byKey(run.parties, "jatkopolku/paja");
    expect(paja.p10).toBeLessThan(paja.p50);
    expect(paja.p50).toBeLessThan(paja.p90);
    expect(paja.p90).toBeLessThanOrEqual(47_571.43 * (1.2e9 / 1e9) * (1_000 / 900) + 1);
  });

  it("compares model years on the same data: 7 % against 18 % of the budget", () => {
    const c = compareVariants(
      [
        {
          label: "2022-2025",
          population: compilePopulation({
            model: law2022,
            fundingYear: 2027,
            paths,
            agreements: [[agreementV1]],
          }),
          assumptions: fixed,
        },
        { label: "2026-", population, assumptions: fixed },
      ],
      { scenarios: 10, seed: 1 },
    );
    const [old, now] = c.parties.get("jatkopolku/paja")!;
    expect(old!.mean / now!.mean).toBeCloseTo(0.07 / 0.18, 9);
  });

  it("compares agreements: 30 % instead of 50 % pays the workshop 3/5", () => {
    const lower = {
      ...agreementV1,
      parties: [{ ...agreementV1.parties[0]!, percentage: 30 }, agreementV1.parties[1]!],
    };
    const c = compareVariants(
      [
        { label: "50 %", population, assumptions: uncertain },
        {
          label: "30 %",
          population: compilePopulation({ model: law2026, fundingYear: 2027, paths, agreements: [[lower]] }),
          assumptions: uncertain,
        },
      ],
      { scenarios: 200, seed: 5 },
    );
    const [a, b] = c.parties.get("jatkopolku/paja")!;
    expect(b!.mean / a!.mean).toBeCloseTo(0.6, 9);
  });

  it("sensitivity: with only the budget uncertain, the budget moves the result most", () => {
    const bars = sensitivity(
      population,
      { ...fixed, budget: { kind: "uniform", min: 0.8e9, max: 1.2e9 } },
      { scenarios: 20, seed: 1 },
    );
    const paja = bars.get("jatkopolku/paja")!;
    expect(paja[0]!.assumption).toBe("budget");
    // p10 and p90 of the budget: 0.84e9 and 1.16e9, so the swing is 0.32 x 47,571.43.
    expect(paja[0]!.swing).toBeCloseTo(0.32 * 47_571.428571, 3);
    expect(paja[1]!.swing).toBe(0);
  });

  it("sensitivity bars come widest first, for each party and provider", () => {
    const bars = sensitivity(population, uncertain, { scenarios: 300, seed: 2 });
    const provider = bars.get("esedu")!;
    expect(provider.map((b) => b.assumption)).toContain("placementRate");
    expect(Math.abs(provider[0]!.swing)).toBeGreaterThanOrEqual(Math.abs(provider[1]!.swing));
    expect(Math.abs(provider[1]!.swing)).toBeGreaterThanOrEqual(Math.abs(provider[2]!.swing));
  });

  it("a party's revenue never falls in any scenario when its placements rise (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 1000 }), (extra, seed) => {
        const more = [
          ...paths,
          ...Array.from({ length: extra }, (_, i) => ({
            ...paths[0]!,
            graduate: { ...paths[0]!.graduate, studentId: `x${i}` },
          })),
        ];
        const grown = compilePopulation({
          model: law2026,
          fundingYear: 2027,
          paths: more,
          agreements: [[agreementV1]],
        });
        const a = runScenarios(population, uncertain, { scenarios: 20, seed });
        const b = runScenarios(grown, uncertain, { scenarios: 20, seed });
        // Column 0 is the workshop: same scenarios, same draws for the first graduates.
        for (let s = 0; s < 20; s++)
          expect(b.partyEuros[s * 2]!).toBeGreaterThanOrEqual(a.partyEuros[s * 2]! - 1e-9);
      }),
      { numRuns: 50 },
    );
  });
});
