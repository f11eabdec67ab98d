import { describe, expect, it } from "vitest";
import {
  configureModel,
  effectivenessWeight,
  fundingModels,
  fundingYearsOf,
  law2022,
  law2026,
  modelForYear,
  placementWeight,
  plan2018,
  statisticsYearsFor,
} from "./models.ts";

describe("funding models", () => {
  it.each(fundingModels.map((m) => [m.id, m] as const))("%s: the criteria's weights sum to 1", (_, model) => {
    expect(model.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
  });

  it("carries the weights of DOMAIN.md", () => {
    expect(effectivenessWeight(plan2018)).toBeCloseTo(0.15, 12);
    expect(placementWeight(plan2018)).toBe(0.1);
    expect(effectivenessWeight(law2022)).toBeCloseTo(0.1, 12);
    expect(placementWeight(law2022)).toBe(0.07);
    expect(effectivenessWeight(law2026)).toBeCloseTo(0.2, 12);
    expect(placementWeight(law2026)).toBe(0.18);
    const surveys = law2026.criteria
      .filter((c) => c.id.endsWith("-survey"))
      .reduce((s, c) => s + c.weight, 0);
    expect(surveys).toBeCloseTo(0.02, 12);
    expect(law2026.transition?.byYear[2027]).toEqual({ min: 0.93, max: 1.1 });
  });

  it("the 2018 plan is never the model of a year", () => {
    expect(modelForYear(2023)?.id).toBe("law-2022");
    expect(modelForYear(2025)?.id).toBe("law-2022");
    expect(modelForYear(2026)?.id).toBe("law-2026");
    expect(modelForYear(2031)?.id).toBe("law-2026");
    expect(modelForYear(2019)).toBeUndefined();
  });

  it("a placement of 2024 pays half a point in 2026 and in 2027 (lag 2, two-year average)", () => {
    expect(fundingYearsOf(law2026, "placement", 2024)).toEqual([
      { fundingYear: 2026, weight: 0.5 },
      { fundingYear: 2027, weight: 0.5 },
    ]);
    expect(statisticsYearsFor(law2026, "placement", 2027)).toEqual([2024, 2025]);
  });

  it("the unverified settings are data: lag 1, no average, no transition", () => {
    const m = configureModel(law2026, { lagYears: 1, averageYears: 1, transition: null });
    expect(fundingYearsOf(m, "placement", 2024)).toEqual([{ fundingYear: 2025, weight: 1 }]);
    expect(m.transition).toBeUndefined();
    expect(law2026.transition).toBeDefined();
  });
});
