import {
  compilePopulation,
  law2026,
  runScenarios,
  type ScenarioAssumptions,
  sensitivity,
} from "@polku/domain/funding";
import { statement } from "./funding-statement.ts";

// Ten graduates like the one above; those not yet placed have a 60 % chance.
const esedu = { id: "esedu", role: "provider", name: "Esedu" } as const;
const paja = { id: "paja", role: "workshop" } as const;
const paths = Array.from({ length: 10 }, (_, i) => ({
  provider: esedu,
  graduate: {
    studentId: `s${i}`,
    providerId: "esedu",
    graduatedOn: "2024-05-31",
    employedBeforeTraining: false,
    outcomes: [],
  },
  steps: [
    { kind: "work-trial", status: "done", contributor: paja, startsOn: "2024-07-01", hours: 30 } as const,
  ],
}));
const agreement = {
  id: "jatkopolku",
  version: 1,
  providerId: "esedu",
  title: "Valmistuvien jatkopolutus",
  effectiveFrom: "2024-01-01",
  attribution: { rule: "last", windowDays: 365 },
  parties: [{ partyId: "paja", role: "workshop", percentage: 50 }],
} as const;

const population = compilePopulation({
  model: law2026,
  fundingYear: 2027,
  paths,
  agreements: [[agreement]],
  openRate: 0.6,
});
const assumptions: ScenarioAssumptions = {
  placementRate: { kind: "normal", mean: 1, sd: 0.15, min: 0 },
  otherPoints: { kind: "uniform", min: 900, max: 1_100 },
  budget: { kind: "normal", mean: 1e9, sd: 5e7, min: 0 },
};

export const progress: number[] = []; // a worker would postMessage these to draw a progress bar
export const run = runScenarios(population, assumptions, {
  scenarios: 10_000,
  seed: 2026, // the same seed gives the same run, in Node or in a Web Worker
  progressEvery: 2_500,
  onProgress: (done) => progress.push(done),
});
run.parties[0]; // { key: "jatkopolku/paja", mean, p10, p50, p90 } in euros

export const tornado = sensitivity(population, assumptions, { scenarios: 2_000, seed: 2026 });
tornado.get("jatkopolku/paja")?.[0]?.assumption; // the assumption that moves the workshop's revenue most

export const fromStatement = statement.euros;
