import { describe, expect, it } from "vitest";
import { law2022, law2026 } from "./models.ts";
import { negotiationDefaults, negotiationVariants, scenarioAssumptionsOf } from "./negotiation.ts";
import { compilePopulation } from "./population.ts";

const provider = { id: "p", role: "provider" } as const;
const paja = { id: "w", role: "workshop" } as const;
const paths = [0, 1, 2, 3].map((i) => ({
  provider,
  graduate: {
    studentId: `s${i}`,
    providerId: "p",
    graduatedOn: "2025-05-31",
    employedBeforeTraining: false,
    outcomes: i < 2 ? [{ kind: "employed" as const, date: "2025-09-01", employmentMonths: 3 }] : [],
  },
  steps: [{ kind: "coaching-session", status: "done" as const, contributor: paja, startsOn: "2025-06-01" }],
}));
const terms = {
  id: "a",
  version: 1,
  providerId: "p",
  title: "T",
  effectiveFrom: "2025-01-01",
  attribution: { rule: "last", windowDays: 365 },
  parties: [{ partyId: "w", role: "workshop", percentage: 40 }],
} as const;

describe("the negotiation recipe", () => {
  it("leaves the population's own expected points out of the other providers' range", () => {
    const population = compilePopulation({ model: law2026, fundingYear: 2028, paths, agreements: [[terms]] });
    const a = scenarioAssumptionsOf(
      { ...negotiationDefaults, nationalPoints: 1000, pointsSpread: 10 },
      population,
    );
    // Two placements, averaged over two years: one point of this provider's in the funding year.
    expect(a.otherPoints).toEqual({ kind: "uniform", min: 999 * 0.9, max: 999 * 1.1 });
    expect(a.budget).toMatchObject({ kind: "normal", mean: negotiationDefaults.budget });
  });

  it("crosses every set of terms with every model, labelled by both", () => {
    const variants = negotiationVariants({
      paths,
      fundingYear: 2028,
      agreements: [
        { label: "v1", versions: [terms] },
        { label: "v2", versions: [{ ...terms, version: 2 }] },
      ],
      models: [law2022, law2026],
      assumptions: negotiationDefaults,
    });
    expect(variants.map((v) => v.label)).toEqual([
      "v1 · law-2022",
      "v1 · law-2026",
      "v2 · law-2022",
      "v2 · law-2026",
    ]);
  });
});
