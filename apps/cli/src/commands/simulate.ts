/**
 * `polku funding simulate`: Monte Carlo scenarios of what each party of an agreement receives in a
 * funding year (mean, p10, p50, p90), what is left to the provider, and which assumption moves
 * each result most (one at a time, low and high against central values).
 */
import {
  compilePopulation,
  type RunOptions,
  runScenarios,
  type ScenarioRun,
  type SensitivityBar,
  sensitivity,
} from "@polku/domain/funding";
import { type Lang, words } from "../i18n.ts";
import {
  modelRows,
  nationalRows,
  type ScenarioOptions,
  scenarioAssumptions,
  scenarioRows,
} from "../inputs/assumptions.ts";
import { chooseModel, type ModelOptions } from "../inputs/model.ts";
import { progressEvery, startProgress } from "../progress.ts";
import { emit, type OutputOptions } from "../render/output.ts";
import type { Report } from "../render/report.ts";
import { assumptionsTable } from "./assumptionsTable.ts";
import { type CohortOptions, load, partyInfo, roleWord } from "./context.ts";

export interface SimulateOptions extends ModelOptions, CohortOptions, ScenarioOptions, OutputOptions {
  readonly agreement: string;
  readonly sensitivity: boolean;
  readonly quiet?: boolean;
}

export const simulateReport = async (
  o: SimulateOptions,
): Promise<{
  report: Report;
  run: ScenarioRun;
  bars?: ReadonlyMap<string, ReadonlyArray<SensitivityBar>>;
}> => {
  const w = words(o.lang);
  const model = chooseModel(o.year, o.model, o);
  const { agreements, cohort } = await load([o.agreement], o, "simulate", o.lang);
  const versions = agreements[0]!.versions;
  const population = compilePopulation({
    model,
    fundingYear: o.year,
    paths: cohort.paths,
    agreements: [versions],
    openRate: o.openRate / 100,
  });
  const assumptions = scenarioAssumptions(o, population);
  const progress = await startProgress(o.lang, o.quiet === true);
  // One bar over the whole work: the run, then 2 runs per assumption for the sensitivity.
  const runs = o.sensitivity ? 1 + 2 * Object.keys(assumptions).length : 1;
  const total = runs * o.scenarios;
  let finished = 0;
  const options: RunOptions = {
    scenarios: o.scenarios,
    seed: o.seed,
    progressEvery: progressEvery(o.scenarios),
    onProgress: (done, all) => {
      progress.update(finished + done, total);
      if (done === all) finished += all;
    },
  };
  const run = runScenarios(population, assumptions, options);
  const bars = o.sensitivity ? sensitivity(population, assumptions, options) : undefined;
  progress.stop();
  const info = (key: string) => partyInfo(versions, cohort, key);
  const rows = [
    ...run.parties.map((s) => ({ s, i: info(s.key), remainder: false })),
    ...run.providers.map((s) => ({ s, i: info(s.key), remainder: true })),
  ].map(({ s, i, remainder }) => ({
    key: s.key,
    party: i.label,
    role: roleWord(o.lang, i.role, remainder),
    mean: s.mean,
    p10: s.p10,
    p50: s.p50,
    p90: s.p90,
  }));
  const tables: Report["tables"][number][] = [
    {
      title: `${w.distributions} ${o.year} (${model.id}, ${o.scenarios} × seed ${o.seed})`,
      columns: [
        { key: "party", header: w.party, kind: "text" },
        { key: "role", header: w.role, kind: "text" },
        { key: "mean", header: w.mean, kind: "euro" },
        { key: "p10", header: w.p10, kind: "euro" },
        { key: "p50", header: w.p50, kind: "euro" },
        { key: "p90", header: w.p90, kind: "euro" },
      ],
      rows,
    },
  ];
  if (bars)
    tables.push({
      title: w.sensitivity,
      columns: [
        { key: "party", header: w.party, kind: "text" },
        { key: "assumption", header: w.assumption, kind: "text" },
        { key: "low", header: w.low, kind: "number" },
        { key: "high", header: w.high, kind: "number" },
        { key: "meanAtLow", header: w.meanAtLow, kind: "euro" },
        { key: "meanAtHigh", header: w.meanAtHigh, kind: "euro" },
        { key: "swing", header: w.swing, kind: "euro" },
      ],
      rows: rows.flatMap((r) =>
        (bars.get(r.key) ?? []).map((b) => ({
          party: r.party,
          assumption: w.assumptionNames[b.assumption],
          low: round(b.low),
          high: round(b.high),
          meanAtLow: b.meanAtLow,
          meanAtHigh: b.meanAtHigh,
          swing: b.swing,
        })),
      ),
    });
  const report: Report = {
    tables,
    assumptions: assumptionsTable(o.lang, [
      ...modelRows(model, o.year),
      ...nationalRows(o),
      ...scenarioRows(o, assumptions),
      {
        name: "agreement",
        value: `${versions[0]!.id} (${o.agreement})`,
        unit: "",
        note: `versions ${versions.map((v) => v.version).join(", ")}`,
      },
      {
        name: "graduates",
        value: population.graduates,
        unit: "",
        note: "graduates of the statistics years in the placement population",
      },
    ]),
  };
  return { report, run, ...(bars ? { bars } : {}) };
};

/** Whole numbers for points and euros, four decimals for a factor. */
const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10_000) / 10_000);

export const simulate = async (o: SimulateOptions): Promise<void> => {
  await emit((await simulateReport(o)).report, o);
};

export type { Lang };
