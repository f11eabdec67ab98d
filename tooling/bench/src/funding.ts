import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { GRADUATES, PROVIDERS } from "./funding-data.ts";
import { fmt, median, table } from "./stats.ts";

interface ChildResult {
  variant: string;
  ms: number;
  peakBytes: number;
  compileMs: number;
  checksum: number;
  graduates: number;
  parties: number;
  entries: number;
  procOk: boolean;
}

const child = fileURLToPath(new URL("./funding-child.ts", import.meta.url));

const runChild = (variant: "engine" | "baseline", scenarios: number, graduates: number) =>
  new Promise<ChildResult>((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", child, variant, String(scenarios), String(graduates)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!) as ChildResult)
        : reject(new Error(`${variant} exited ${code}`)),
    );
  });

/**
 * Funding scenarios at national scale: 150 providers, 100,000 graduates, 10,000 scenarios through
 * `runScenarios`, against a plain typed-array loop doing the same arithmetic (funding-baseline.ts), each
 * run in a fresh process so peak memory is its own. FUNDING_SCENARIOS and FUNDING_GRADUATES shrink it.
 */
export async function fundingScenarios(rounds = 3) {
  const scenarios = Number(process.env.FUNDING_SCENARIOS ?? 10_000);
  const graduates = Number(process.env.FUNDING_GRADUATES ?? GRADUATES);
  console.log(
    `\n## Funding scenarios: ${PROVIDERS} providers, ${graduates.toLocaleString("en-GB")} graduates, ${scenarios.toLocaleString("en-GB")} scenarios (${rounds} rounds, fresh process each)`,
  );
  const engine: ChildResult[] = [];
  const baseline: ChildResult[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate the order so neither always runs on a warmer machine.
    if (r % 2 === 0) {
      engine.push(await runChild("engine", scenarios, graduates));
      baseline.push(await runChild("baseline", scenarios, graduates));
    } else {
      baseline.push(await runChild("baseline", scenarios, graduates));
      engine.push(await runChild("engine", scenarios, graduates));
    }
  }
  const same =
    engine.every((e) => e.checksum === baseline[0]!.checksum) &&
    baseline.every((b) => b.checksum === baseline[0]!.checksum);
  const mib = (b: number) => b / 1024 / 1024;
  const tMed = median(engine.map((e) => e.ms));
  const bMed = median(baseline.map((b) => b.ms));
  const tMem = median(engine.map((e) => e.peakBytes));
  const bMem = median(baseline.map((b) => b.peakBytes));
  const first = engine[0]!;
  console.log(
    `population: ${first.graduates.toLocaleString("en-GB")} counted graduates, ${first.parties} parties, ${first.entries.toLocaleString("en-GB")} attribution entries; compiling it from paths and agreements took ${fmt(median(engine.map((e) => e.compileMs)), 0)} ms (median, not in the ratio)`,
  );
  table([
    {
      run: "plain typed-array loop (baseline)",
      "median ms": fmt(bMed, 0),
      "peak MiB": fmt(mib(bMem)),
      "x time": "1.00",
      "x memory": "1.00",
    },
    {
      run: "runScenarios (@polku/domain/funding)",
      "median ms": fmt(tMed, 0),
      "peak MiB": fmt(mib(tMem)),
      "x time": fmt(tMed / bMed, 2),
      "x memory": bMem > 0 ? fmt(tMem / bMem, 2) : "n/a",
    },
  ]);
  console.log(
    `per round (ms): engine ${engine.map((e) => fmt(e.ms, 0)).join(", ")}; baseline ${baseline.map((b) => fmt(b.ms, 0)).join(", ")}`,
  );
  console.log(
    `same results as the baseline: ${same ? "yes (checksums equal)" : "NO: the two do different arithmetic"}; goal at most 1.5x time and 2x memory: ${tMed / bMed <= 1.5 && tMem / bMem <= 2 ? "met" : "not met"}${first.procOk ? "" : " (peak from maxRSS: /proc not available)"}`,
  );
}
