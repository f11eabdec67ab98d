/**
 * `pnpm bench`: each figure beside a baseline measured in the same run. Timing never fails anything;
 * it is printed for people to read. BENCH_SECONDS and BENCH_ROUNDS shorten or lengthen the load runs;
 * BENCH_ONLY (a comma-separated list of bundle, startup, read, import, notices, funding, funding-browser, badges)
 * runs only those. FUNDING_SCENARIOS and FUNDING_GRADUATES shrink the funding run (default 10,000 x
 * 100,000); FUNDING_BROWSER_GRADUATES sets the browser's one provider (default 667); BENCH_BADGES the badges issued and verified (default 1,000).
 */
import { attendanceImport } from "./attendance-import.ts";
import { badgeIssuing } from "./badges.ts";
import { bundleSize } from "./bundle.ts";
import { fundingScenarios } from "./funding.ts";
import { fundingInBrowser } from "./funding-browser.ts";
import { noticeDelivery } from "./notices.ts";
import { readThroughput } from "./read-throughput.ts";
import { startupTime } from "./startup.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const BENCHES = [
  "bundle",
  "startup",
  "read",
  "import",
  "notices",
  "funding",
  "funding-browser",
  "badges",
] as const;
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !(BENCHES as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0)
  throw new Error(`BENCH_ONLY: unknown ${unknown.join(", ")} (known: ${BENCHES.join(", ")})`);
const runs = (name: (typeof BENCHES)[number]) => !only || only.includes(name);
const postgres = Boolean(process.env.DATABASE_URL);

console.log(`# Polku benchmarks (${new Date().toISOString()}, node ${process.version})`);
if (runs("bundle")) bundleSize();
// A start takes a second or two and varies with what else the machine does: at least 5 of each.
if (runs("startup")) await startupTime(Math.max(rounds, 5));
if (runs("read")) {
  await readThroughput("pglite", seconds, rounds);
  if (postgres) await readThroughput("postgres", seconds, rounds);
}
if (runs("import")) {
  await attendanceImport("pglite", rounds);
  if (postgres) await attendanceImport("postgres", rounds);
}
if (runs("notices")) {
  await noticeDelivery("pglite", rounds);
  if (postgres) await noticeDelivery("postgres", rounds);
}
if (runs("funding")) await fundingScenarios(rounds);
if (runs("funding-browser")) await fundingInBrowser(rounds);
if (runs("badges")) await badgeIssuing(rounds);
if (!postgres)
  console.log("\n(Set DATABASE_URL to also measure the read, the import and the notices on PostgreSQL.)");
