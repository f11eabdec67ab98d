/**
 * The browser bench's baseline, bundled into a Web Worker of its own: the same request the scenarios
 * page hands its worker, compiled into the same population and run as the plain typed-array loop of
 * funding-baseline.ts. What it takes is the arithmetic's floor for the page's first chart (the
 * distribution), in the same browser; it answers with its time and a checksum of the summaries.
 */
import {
  compilePopulation,
  type GraduatePath,
  law2026,
  modelForYear,
  negotiationDefaults,
  type ShareAgreement,
  scenarioAssumptionsOf,
} from "@polku/domain/funding";
import { baselineRun } from "./funding-baseline.ts";

interface Request {
  readonly paths: ReadonlyArray<GraduatePath>;
  readonly accepted: ReadonlyArray<ShareAgreement>;
  readonly fundingYear: number;
  readonly scenarios: number;
  readonly seed: number;
}

// Typed by hand: the bench's TypeScript project has Node's globals, not a worker's.
const scope = globalThis as unknown as {
  onmessage: ((event: { data: Request }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data: r }) => {
  const started = performance.now();
  const model = modelForYear(r.fundingYear) ?? law2026;
  const population = compilePopulation({
    model,
    fundingYear: r.fundingYear,
    paths: r.paths,
    agreements: [r.accepted],
  });
  const a = scenarioAssumptionsOf(negotiationDefaults, population);
  if (a.placementRate.kind !== "normal" || a.budget.kind !== "normal" || a.otherPoints.kind !== "uniform") {
    scope.postMessage({ error: "the baseline is written for normal rate, uniform others, normal budget" });
    return;
  }
  const run = baselineRun(
    population,
    {
      rateMean: a.placementRate.mean,
      rateSd: a.placementRate.sd,
      othersMin: a.otherPoints.min,
      othersMax: a.otherPoints.max,
      budgetMean: a.budget.mean,
      budgetSd: a.budget.sd,
    },
    r.scenarios,
    r.seed,
  );
  let checksum = 0;
  for (const x of run.parties) checksum += x;
  scope.postMessage({ ms: performance.now() - started, checksum, graduates: population.graduates });
};
