/**
 * The scenario run itself, pure and synchronous: the Web Worker calls it, and a test can too. The
 * distribution is each party's revenue under the terms in force; the comparison sets the terms in force
 * and the proposal side by side under the 2022 and 2026 models, on the same random numbers.
 */
import {
  compareVariants,
  compilePopulation,
  type GraduatePath,
  law2022,
  law2026,
  modelForYear,
  negotiationDefaults,
  negotiationVariants,
  runScenarios,
  type ShareAgreement,
  type Summary,
  scenarioAssumptionsOf,
  sensitivity,
} from "@polku/domain/funding";

export interface ScenarioRequest {
  readonly agreementId: string;
  readonly paths: ReadonlyArray<GraduatePath>;
  readonly accepted: ReadonlyArray<ShareAgreement>;
  readonly proposed: ShareAgreement | null;
  /** A partner's own party: only its figures are returned. */
  readonly ownParty: string | null;
  readonly fundingYear: number;
  readonly scenarios: number;
  readonly seed: number;
}

/** The first result, posted as soon as it is known so the page can draw its first chart. */
export interface DistributionResult {
  readonly modelId: string;
  readonly distribution: ReadonlyArray<Summary & { readonly partyId: string }>;
}

export interface ScenarioResult extends DistributionResult {
  readonly comparison: {
    readonly labels: ReadonlyArray<{ readonly terms: "inForce" | "proposed"; readonly modelId: string }>;
    readonly parties: ReadonlyArray<{
      readonly partyId: string;
      readonly means: ReadonlyArray<number | null>;
    }>;
  };
  /** Per party, each assumption at its p10 and p90 with the others at their centre, widest swing first. */
  readonly sensitivity: ReadonlyArray<{
    readonly partyId: string;
    readonly bars: ReadonlyArray<{
      readonly assumption: "placementRate" | "otherPoints" | "budget";
      readonly meanAtLow: number;
      readonly meanAtHigh: number;
      readonly swing: number;
    }>;
  }>;
}

/** The tornado's runs are six (each assumption low and high), so it runs fewer scenarios each. */
const SENSITIVITY_SCENARIOS = 2_000;

const partyOf = (key: string) => key.slice(key.indexOf("/") + 1);

export function runNegotiation(
  r: ScenarioRequest,
  onProgress: (done: number, total: number) => void,
  onDistribution: (first: DistributionResult) => void = () => {},
): ScenarioResult {
  const model = modelForYear(r.fundingYear) ?? law2026;
  const mine = (key: string) => r.ownParty === null || partyOf(key) === r.ownParty;
  const agreements = [
    { label: "inForce", versions: r.accepted },
    ...(r.proposed ? [{ label: "proposed", versions: [...r.accepted, r.proposed] }] : []),
  ];
  const models = [law2022, law2026];
  const runs = 1 + agreements.length * models.length + 1;
  const every = Math.max(100, Math.floor(r.scenarios / 20));
  const population = compilePopulation({
    model,
    fundingYear: r.fundingYear,
    paths: r.paths,
    agreements: [r.accepted],
  });
  const run = runScenarios(population, scenarioAssumptionsOf(negotiationDefaults, population), {
    scenarios: r.scenarios,
    seed: r.seed,
    progressEvery: every,
    onProgress: (done) => onProgress(done, runs * r.scenarios),
  });
  const first: DistributionResult = {
    modelId: model.id,
    distribution: run.parties.filter((s) => mine(s.key)).map((s) => ({ ...s, partyId: partyOf(s.key) })),
  };
  onDistribution(first);
  const variants = negotiationVariants({
    paths: r.paths,
    fundingYear: r.fundingYear,
    agreements,
    models,
    assumptions: negotiationDefaults,
  });
  const comparison = compareVariants(variants, {
    scenarios: r.scenarios,
    seed: r.seed,
    progressEvery: every,
    onProgress: (done) => onProgress(r.scenarios + done, runs * r.scenarios),
  });
  const assumptions = scenarioAssumptionsOf(negotiationDefaults, population);
  const tornado = sensitivity(population, assumptions, {
    scenarios: Math.min(SENSITIVITY_SCENARIOS, r.scenarios),
    seed: r.seed,
  });
  onProgress(runs * r.scenarios, runs * r.scenarios);
  return {
    ...first,
    comparison: {
      labels: agreements.flatMap((a) =>
        models.map((m) => ({ terms: a.label as "inForce" | "proposed", modelId: m.id })),
      ),
      parties: [...comparison.parties]
        .filter(([key]) => mine(key))
        .map(([key, list]) => ({ partyId: partyOf(key), means: list.map((s) => s?.mean ?? null) })),
    },
    sensitivity: population.partyKeys.filter(mine).map((key) => ({
      partyId: partyOf(key),
      bars: (tornado.get(key) ?? []).map((b) => ({
        assumption: b.assumption,
        meanAtLow: b.meanAtLow,
        meanAtHigh: b.meanAtHigh,
        swing: b.swing,
      })),
    })),
  };
}
