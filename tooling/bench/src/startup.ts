import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, median, repoRoot, table } from "./stats.ts";

const apiDir = fileURLToPath(new URL("apps/api/", repoRoot));
/** The API's production build, as `pnpm start` runs it (`node dist/main.js`); `pnpm bench` builds it. */
const bundle = join(apiDir, "dist", "main.js");
const portalIndex = fileURLToPath(new URL("apps/portal/dist/index.html", repoRoot));

/** Spawns a server and measures the time until GET / answers 200 with HTML; then stops it. */
async function timeToFirstPage(args: string[], env: Record<string, string>, port: number) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`node ${args[0]} exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
          await response.text();
          return performance.now() - started;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
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
 * From spawning `node dist/main.js` (the production build) to the first served portal page, on PGlite:
 * a cold start (a new data folder: migrations and demo data) and a warm start (the same folder again),
 * against a bare Node server started in the same round.
 */
export async function startupTime(rounds = 3) {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build the API first (pnpm bench does).`);
  // The first fetch of this process loads its HTTP client: not a cost of whichever server goes first.
  await fetch("http://127.0.0.1:9/").catch(() => undefined);
  const cold: number[] = [];
  const warm: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), "polku-bench-"));
    const env = { POLKU_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "development" };
    cold.push(await timeToFirstPage([bundle], env, 3901));
    warm.push(await timeToFirstPage([bundle], env, 3902));
    bare.push(await timeToFirstPage(["-e", bareServer], {}, 3903));
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n## node dist/main.js to first served portal page, PGlite (median of ${rounds})\n`);
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
