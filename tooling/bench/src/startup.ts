import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median, repoRoot, table } from "./stats.ts";

const apiDir = fileURLToPath(new URL("apps/api/", repoRoot));
const portalIndex = fileURLToPath(new URL("apps/portal/dist/index.html", repoRoot));

/** Spawns a server and measures the time until GET / answers 200 with HTML; then stops it. */
async function timeToFirstPage(command: string, args: string[], env: Record<string, string>, port: number) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: apiDir,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
          await response.text();
          return performance.now() - started;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/** A bare Node HTTP server sending the same index.html: the floor any start-up can reach. */
const bareServer = `
const { createServer } = require("node:http");
const { readFileSync } = require("node:fs");
const html = readFileSync(${JSON.stringify(portalIndex)});
createServer((_, res) => { res.setHeader("content-type", "text/html"); res.end(html); }).listen(Number(process.env.PORT), "127.0.0.1");
`;

/**
 * From the start command to the first served portal page, on PGlite: a cold start (fresh data folder:
 * migrations and demo data) and a warm start (the same folder again), against a bare Node server.
 */
export async function startupTime(rounds = 3) {
  const tsx = fileURLToPath(new URL("node_modules/.bin/tsx", new URL("apps/api/", repoRoot)));
  const cold: number[] = [];
  const warm: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), "polku-bench-"));
    const env = { POLKU_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" };
    cold.push(await timeToFirstPage(tsx, ["src/main.ts"], env, 3901));
    warm.push(await timeToFirstPage(tsx, ["src/main.ts"], env, 3902));
    bare.push(await timeToFirstPage(process.execPath, ["-e", bareServer], {}, 3903));
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n## Start command to first served portal page, PGlite (median of ${rounds})\n`);
  const b = median(bare);
  table([
    {
      start: "cold: migrate + seed demo",
      "median ms": fmt(median(cold), 0),
      "x bare": fmt(median(cold) / b, 1),
    },
    { start: "warm: existing data", "median ms": fmt(median(warm), 0), "x bare": fmt(median(warm) / b, 1) },
    { start: "baseline: bare node http", "median ms": fmt(b, 0), "x bare": "1.0" },
  ]);
}
