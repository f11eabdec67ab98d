/**
 * National-scale data for the funding benchmark: 150 providers, each with an agreement with its own
 * workshop and company, and 100,000 graduates of 2024 whose paths have 1-4 steps by the provider, the
 * workshop or the company. Generated from a fixed seed, so every child process builds the same data.
 */
import {
  compilePopulation,
  type GraduatePath,
  law2026,
  makeRandom,
  type ScenarioAssumptions,
  type ShareAgreement,
} from "@polku/domain/funding";

export const PROVIDERS = 150;
export const GRADUATES = 100_000;

export function nationalPaths(graduates = GRADUATES, providers = PROVIDERS) {
  const random = makeRandom(20_260_101);
  const agreements: ShareAgreement[][] = [];
  for (let p = 0; p < providers; p++) {
    agreements.push([
      {
        id: `a${p}`,
        version: 1,
        providerId: `provider-${p}`,
        title: `Agreement ${p}`,
        effectiveFrom: "2024-01-01",
        attribution: {
          rule: "weighted",
          measure: "hours",
          kindWeights: { "work-trial": 2, "job-placement": 3 },
        },
        parties: [
          {
            partyId: `workshop-${p}`,
            role: "workshop",
            percentage: 40,
            capEuros: 400_000,
            outcomeWeights: { higher_education: 0.5 },
          },
          {
            partyId: `company-${p}`,
            role: "company",
            percentage: 15,
            minContribution: 0.1,
            floorEuros: 1_000,
          },
        ],
      },
    ]);
  }
  const kinds = ["coaching-session", "work-trial", "workplace-period", "job-placement"] as const;
  const paths: GraduatePath[] = [];
  for (let g = 0; g < graduates; g++) {
    // Provider sizes vary: a skewed pick gives large and small providers.
    const p = Math.floor(providers * random.next() ** 1.6);
    const provider = { id: `provider-${p}`, role: "provider" as const };
    const workshop = { id: `workshop-${p}`, role: "workshop" as const };
    const company = { id: `company-${p}`, role: "company" as const };
    const who = [provider, workshop, company];
    const steps = Array.from({ length: 1 + Math.floor(random.next() * 4) }, () => ({
      kind: kinds[Math.floor(random.next() * kinds.length)]!,
      status: "done" as const,
      contributor: who[Math.floor(random.next() * 3)]!,
      startsOn: "2024-07-01",
      hours: Math.floor(random.next() * 40),
    }));
    const u = random.next();
    const outcomes =
      u < 0.55
        ? [
            {
              kind: "employed" as const,
              date: "2024-09-01",
              employmentMonths: 2 + Math.floor(random.next() * 10),
            },
          ]
        : u < 0.65
          ? [{ kind: "higher_education" as const, date: "2024-09-01" }]
          : [];
    paths.push({
      provider,
      steps,
      graduate: {
        studentId: `g${g}`,
        providerId: provider.id,
        graduatedOn: "2024-05-31",
        employedBeforeTraining: random.next() < 0.2,
        outcomes,
      },
    });
  }
  return { paths, agreements };
}

export const nationalAssumptions: ScenarioAssumptions = {
  placementRate: { kind: "normal", mean: 1, sd: 0.08, min: 0 },
  // The population is the whole nation here: no other providers.
  otherPoints: { kind: "fixed", value: 0 },
  budget: { kind: "normal", mean: 2.2e9, sd: 1e8, min: 0 },
};

export function nationalPopulation(graduates = GRADUATES) {
  const { paths, agreements } = nationalPaths(graduates);
  // Not-yet-placed graduates have a 35 % chance, recorded placements 95 % (some jobs end early).
  return compilePopulation({
    model: law2026,
    fundingYear: 2027,
    paths,
    agreements,
    probability: (d) => (d.placed ? 0.95 : 0.35),
  });
}
