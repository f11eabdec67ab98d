/**
 * What the production build (apps/api/build.mjs, dist/main.js) does first, before anything opens a
 * database: two things that only matter for the embedded PGlite database and only in the bundle.
 * apps/api/src/main.ts imports this module before the host, for its effect; from source (tsx, the
 * tests) it does nothing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { defaultDataDir } from "@polku/db";
import { inBundle, pgliteTemplate } from "./deployment/bundled.ts";

if (inBundle && !process.env.DATABASE_URL) {
  // PGlite is PostgreSQL compiled to WebAssembly (9 MB). V8 runs it with its baseline compiler
  // (Liftoff) and recompiles hot functions with TurboFan on background threads; during start-up that
  // recompiling competes for the CPU with everything else. Measured on a 2-CPU machine: Liftoff only,
  // a warm start's first page came 0.3-0.4 s sooner (about 550 ms against 920 ms) and a cold start's
  // 0.8 s sooner; the cost is about a tenth of PGlite's steady throughput (the read benchmark's
  // baselines lost 5-15% of their requests a second). The embedded database is for the demo and
  // small trials, where a quick start matters more; PostgreSQL, for real load, runs no WebAssembly.
  // Set before PGlite compiles its module, so nothing else is affected.
  setFlagsFromString("--liftoff-only");
  if (pgliteTemplate) fromTemplate(defaultDataDir(), fileURLToPath(pgliteTemplate));
}

/**
 * A new data directory starts as a copy of the database cluster the build initialised, with a buffer
 * pool sized for the demo (build.mjs): initdb takes PGlite about 2 s, the copy 0.1 s. The migrations
 * and the demo data still run at start-up, as on any new database. The copy is made beside the
 * directory and renamed into place, so a start that is interrupted, or two at once, never leave half
 * a cluster.
 */
function fromTemplate(dataDir: string, template: string) {
  if (!existsSync(template)) return;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return;
  mkdirSync(dirname(dataDir), { recursive: true });
  const partial = `${dataDir}.${process.pid}.partial`;
  cpSync(template, partial, { recursive: true });
  try {
    // rename(2) replaces an empty directory and refuses a full one: another start got there first.
    renameSync(partial, dataDir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}
