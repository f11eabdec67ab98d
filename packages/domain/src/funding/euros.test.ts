import { describe, expect, it } from "vitest";
import { eurosPerPlacementPoint, nationalAllocation, providerFunding } from "./euros.ts";
import { law2022, law2026 } from "./models.ts";

describe("points to euros", () => {
  const national = {
    budget: 1_000_000_000,
    points: { basic: 10_000, performance: 10_000, placement: 1_000, feedback: 3_000 },
  };

  it("works out a provider's funding under 2022-2025 by hand", () => {
    // shares 0.01, 0.005, 0.02, 0.01 -> 0.7*0.01 + 0.2*0.005 + 0.07*0.02 + 0.03*0.01 = 0.0097
    const f = providerFunding(
      law2022,
      2024,
      { basic: 100, performance: 50, placement: 20, feedback: 30 },
      national,
    );
    expect(f.unlimitedShare).toBeCloseTo(0.0097, 12);
    expect(f.euros).toBeCloseTo(9_700_000, 4);
    expect(f.byCriterion.find((c) => c.criterion === "placement")!.euros).toBeCloseTo(1_400_000, 4);
    expect(f.assumptions.map((a) => a.name)).toEqual([
      "nationalBudget",
      "nationalPoints.basic",
      "nationalPoints.performance",
      "nationalPoints.placement",
      "nationalPoints.feedback",
    ]);
  });

  it("a placement point is worth budget x weight / national points, and says on what", () => {
    const p = eurosPerPlacementPoint(law2022, national);
    expect(p.euros).toBeCloseTo(70_000, 6);
    expect(p.assumptions.map((a) => [a.name, a.value])).toEqual([
      ["nationalBudget", 1_000_000_000],
      ["nationalPoints.placement", 1_000],
    ]);
  });

  it("refuses points above the national total", () => {
    expect(() => providerFunding(law2022, 2024, { placement: 2_000 }, national)).toThrow(/exceed/);
  });

  it("allocates a transition year with the balancing factor", () => {
    // Every criterion in the proportions 60:25:15 makes the unlimited shares [0.6, 0.25, 0.15].
    const pts = (x: number) => Object.fromEntries(law2026.criteria.map((c) => [c.id, x]));
    const a = nationalAllocation(law2026, 2026, 2_000_000_000, [
      { id: "a", points: pts(60), previousShare: 0.5 },
      { id: "b", points: pts(25), previousShare: 0.3 },
      { id: "c", points: pts(15), previousShare: 0.2 },
    ]);
    expect(a.balancingFactor).toBeCloseTo(0.875, 12);
    expect(a.providers.map((p) => Math.round(p.euros))).toEqual([1_050_000_000, 570_000_000, 380_000_000]);
    expect(a.providers.map((p) => p.limit)).toEqual(["none", "floor", "floor"]);
    expect(a.assumptions.some((x) => x.name === "transition.min" && x.value === 0.95)).toBe(true);
    // 2029: the transition is over.
    expect(
      nationalAllocation(law2026, 2029, 1, [{ id: "a", points: pts(1), previousShare: 1 }]).balancingFactor,
    ).toBe(1);
  });
});
