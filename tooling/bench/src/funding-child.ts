/**
 * One measured run in its own process (`node --expose-gc --import tsx funding-child.ts engine|baseline
 * <scenarios>`): build and compile the national data, collect garbage, reset the kernel's peak-RSS
 * mark (/proc/self/clear_refs, Linux), run, and print time, peak memory above the start, and a
 * checksum of the results so the parent can see both did the same arithmetic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runScenarios } from "@polku/domain/funding";
import { baselineRun } from "./funding-baseline.ts";
import { nationalAssumptions, nationalPopulation } from "./funding-data.ts";

const [variant, scenariosText, graduatesText] = process.argv.slice(2);
const scenarios = Number(scenariosText);
const compileStarted = performance.now();
const population = nationalPopulation(Number(graduatesText));
const compileMs = performance.now() - compileStarted;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();

const status = () => readFileSync("/proc/self/status", "utf8");
const kb = (name: string, text: string) =>
  Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;
let procOk = true;
try {
  writeFileSync("/proc/self/clear_refs", "5");
} catch {
  procOk = false;
}
const rssBefore = procOk ? kb("VmRSS", status()) : process.memoryUsage().rss;

const seed = 2026;
const a = nationalAssumptions;
const started = performance.now();
let checksum = 0;
if (variant === "engine") {
  const run = runScenarios(population, a, { scenarios, seed, onProgress: () => {}, progressEvery: 100 });
  for (const s of run.parties) checksum += s.mean + s.p10 + s.p50 + s.p90;
  for (const s of run.providers) checksum += s.mean + s.p10 + s.p50 + s.p90;
} else {
  if (a.placementRate.kind !== "normal" || a.budget.kind !== "normal" || a.otherPoints.kind !== "fixed")
    throw new Error("the baseline is written for normal rate, fixed others, normal budget");
  const run = baselineRun(
    population,
    {
      rateMean: a.placementRate.mean,
      rateSd: a.placementRate.sd,
      othersMin: a.otherPoints.value,
      othersMax: a.otherPoints.value,
      budgetMean: a.budget.mean,
      budgetSd: a.budget.sd,
    },
    scenarios,
    seed,
  );
  const add = (m: Float64Array) => {
    // Summaries are laid out [mean, p10, p50, p90] per column; sum in the engine's order.
    for (let j = 0; j < m.length; j += 4) checksum += m[j]! + m[j + 1]! + m[j + 2]! + m[j + 3]!;
  };
  add(run.parties);
  add(run.providers);
}
const ms = performance.now() - started;
const peak = procOk ? kb("VmHWM", status()) - rssBefore : process.resourceUsage().maxRSS * 1024 - rssBefore;
process.stdout.write(
  `${JSON.stringify({ variant, ms, peakBytes: Math.max(0, peak), compileMs, checksum, graduates: population.graduates, parties: population.partyKeys.length, entries: population.entryParty.length, procOk })}\n`,
);
