/// <reference lib="dom" />
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { createDb, DEMO_AGREEMENT_ID } from "@polku/db";
import { build } from "esbuild";
import { chromium, type Page } from "playwright-core";
import { startBenchApi } from "./bench-api.ts";
import { PROVIDERS } from "./funding-data.ts";
import { fmt, median, repoRoot, table } from "./stats.ts";

const portalDir = fileURLToPath(new URL("apps/portal/dist/", repoRoot));

/** The names the scenarios page gives its User Timing entries (ScenariosPage.tsx). */
const FIRST_CHART = "polku:funding-first-chart";
const ALL_RESULTS = "polku:funding-all-results";

/** The baseline worker as one script, so the page can start it from a blob: URL. */
async function baselineWorkerSource(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("./funding-browser-baseline.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  return out.outputFiles[0]!.text;
}

/**
 * Runs in the page before its own scripts. The demo provider has a few dozen graduates; a provider has
 * about 100,000 / 150 of them. So the request the page posts to its scenarios worker gets the demo's
 * paths repeated (with new student ids) up to that size, and is kept, with the distribution the worker
 * answers, for the baseline and the checksum.
 */
function enlargeScenarioRequests(graduates: number) {
  type Path = { graduate: { studentId: string } };
  const w = window as unknown as Record<string, unknown> & { Worker: typeof Worker };
  const Native = w.Worker;
  w.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", (event: MessageEvent) => {
        if (event.data?.type === "distribution") w.__first = event.data.first;
      });
    }
    override postMessage(message: unknown, transfer?: unknown) {
      const m = message as { paths?: Path[] } | null;
      if (m?.paths && m.paths.length > 0) {
        const paths = Array.from({ length: graduates }, (_, i) => {
          const p = m.paths![i % m.paths!.length]!;
          return { ...p, graduate: { ...p.graduate, studentId: `${p.graduate.studentId}-${i}` } };
        });
        message = { ...m, paths };
        w.__request = message;
      }
      super.postMessage(message, transfer as Transferable[]);
    }
  };
}

interface Round {
  firstChart: number;
  allResults: number;
  baseline: number;
  same: boolean;
  graduates: number;
}

async function oneRound(page: Page, url: string, scenarios: number, baselineSource: string): Promise<Round> {
  await page.goto(`${url}/funding/${DEMO_AGREEMENT_ID}/scenarios`);
  await page.getByRole("heading", { level: 1, name: /^Skenaariot/ }).waitFor();
  await page.getByLabel("Skenaarioiden määrä").fill(String(scenarios));
  await page.getByRole("button", { name: "Laske skenaariot" }).click();
  await page.getByText(/^Laskettu .* skenaariota\.$/).waitFor({ timeout: 600_000 });
  const measured = await page.evaluate(
    ([first, all]) => ({
      firstChart: performance.getEntriesByName(first!, "measure").at(-1)?.duration ?? Number.NaN,
      allResults: performance.getEntriesByName(all!, "measure").at(-1)?.duration ?? Number.NaN,
    }),
    [FIRST_CHART, ALL_RESULTS],
  );
  // The baseline on the request the page posted, after the page's run is over, in a page of the same
  // origin that the bench serves itself: the portal's CSP rightly allows no worker from a blob: URL.
  const { request, first } = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { request: w.__request, first: w.__first as { distribution: Array<Record<string, number>> } };
  });
  let pageChecksum = 0;
  for (const d of first.distribution) pageChecksum += d.mean! + d.p10! + d.p50! + d.p90!;
  const benchPage = await page.context().newPage();
  await benchPage.route(`${url}/__bench-baseline`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>baseline</title>" }),
  );
  await benchPage.goto(`${url}/__bench-baseline`);
  const baseline = await benchPage.evaluate(
    async ([source, req]) => {
      const blob = URL.createObjectURL(new Blob([source as string], { type: "text/javascript" }));
      const worker = new Worker(blob);
      const started = performance.now();
      const answer = await new Promise<{ ms: number; checksum: number; graduates: number; error?: string }>(
        (resolve) => {
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => resolve({ ms: 0, checksum: 0, graduates: 0, error: e.message });
          worker.postMessage(req);
        },
      );
      const wall = performance.now() - started;
      worker.terminate();
      return { ...answer, wall };
    },
    [baselineSource, request] as const,
  );
  await benchPage.close();
  if (baseline.error) throw new Error(baseline.error);
  return {
    ...measured,
    // From posting to the answer, as the page's figure runs from the click: worker start-up included.
    baseline: baseline.wall,
    same: Math.abs(baseline.checksum - pageChecksum) <= 1e-9 * Math.abs(pageChecksum),
    graduates: baseline.graduates,
  };
}

/**
 * One provider's scenarios in the portal's Web Worker, in headless Chromium (Debian's): from the click on
 * "Laske skenaariot" to the first chart drawn (the distribution), and to all results (the comparison and
 * the sensitivity too), as the page's own User Timing entries measure them. Baseline in the same run and
 * the same browser: the plain typed-array loop of funding-baseline.ts in a worker of its own, on the same
 * request. FUNDING_SCENARIOS and FUNDING_BROWSER_GRADUATES change the size.
 */
export async function fundingInBrowser(rounds = 3) {
  const scenarios = Number(process.env.FUNDING_SCENARIOS ?? 10_000);
  const graduates = Number(process.env.FUNDING_BROWSER_GRADUATES ?? Math.round(100_000 / PROVIDERS));
  const dataDir = mkdtempSync(join(tmpdir(), "polku-bench-funding-"));
  const database = await createDb({ url: "", dataDir });
  const api = await startBenchApi(database, { portalDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const source = await baselineWorkerSource();
    const context = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
    await context.addInitScript(enlargeScenarioRequests, graduates);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${api.address}/login`);
    await page.getByLabel("Käyttäjätunnus").fill("rahoitus");
    await page.getByLabel("Salasana").fill("polku-demo");
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await page.waitForURL((u) => u.pathname !== "/login");
    console.log(
      `\n## Funding scenarios in the browser: one provider, ${graduates.toLocaleString("en-GB")} graduates, ${scenarios.toLocaleString("en-GB")} scenarios (${rounds} rounds, Chromium headless)`,
    );
    // A first round that is not counted: it loads the scenarios page's code and warms the browser.
    await oneRound(page, api.address, Math.min(scenarios, 500), source);
    const results: Round[] = [];
    for (let r = 0; r < rounds; r++) results.push(await oneRound(page, api.address, scenarios, source));
    const first = median(results.map((r) => r.firstChart));
    const all = median(results.map((r) => r.allResults));
    const base = median(results.map((r) => r.baseline));
    table([
      { run: "plain typed-array loop in a worker (baseline)", "median ms": fmt(base, 0), "x time": "1.00" },
      { run: "page: click to first chart", "median ms": fmt(first, 0), "x time": fmt(first / base, 2) },
      { run: "page: click to all results", "median ms": fmt(all, 0), "x time": fmt(all / base, 2) },
    ]);
    console.log(
      `per round (ms): first chart ${results.map((r) => fmt(r.firstChart, 0)).join(", ")}; baseline ${results.map((r) => fmt(r.baseline, 0)).join(", ")}`,
    );
    console.log(
      `population: ${results[0]!.graduates.toLocaleString("en-GB")} counted graduates; same distribution as the baseline: ${results.every((r) => r.same) ? "yes (checksums equal)" : "NO: the two do different arithmetic"}`,
    );
    await context.close();
  } finally {
    await browser.close();
    await api.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
