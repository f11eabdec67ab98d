/**
 * `pnpm --filter @polku/db load-qualifications <file.json>`: loads national qualification requirements
 * (the ePerusteet extract shape of data/eperusteet-qualifications.json) into the deployment's database:
 * PostgreSQL when DATABASE_URL is set, else the embedded PGlite under POLKU_DATA_DIR (stop the API
 * first: PGlite has one process). The core's migrations run first; a file with any problem loads nothing.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InvalidQualificationRequirements } from "@polku/domain/qualifications";
import { createDb } from "./client.ts";
import { coreMigrations, migrate } from "./migrate.ts";
import { loadQualificationRequirements } from "./qualifications.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error("Usage: pnpm --filter @polku/db load-qualifications <requirements.json>");
  process.exit(2);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
let json: unknown;
try {
  json = JSON.parse(readFileSync(path, "utf8"));
} catch (error) {
  console.error(`Cannot read ${path} as JSON: ${(error as Error).message}`);
  process.exit(1);
}
const polku = await createDb({ requestUrl: process.env.POLKU_APP_DATABASE_URL ?? "unused" });
try {
  await migrate(polku, [coreMigrations]);
  const report = await loadQualificationRequirements(polku.db, json);
  console.log(`Loaded ${report.qualifications} qualifications with ${report.units} units from ${path}.`);
  for (const skipped of report.unitsWithoutCode) {
    console.log(`Left out (no unit code yet): ${skipped.unit} (${skipped.qualification})`);
  }
} catch (error) {
  console.error(error instanceof InvalidQualificationRequirements ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await polku.close();
}
