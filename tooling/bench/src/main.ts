/**
 * `pnpm bench`: each figure beside a baseline measured in the same run. Timing never fails anything;
 * it is printed for people to read. BENCH_SECONDS and BENCH_ROUNDS shorten or lengthen the load runs.
 */
import { attendanceImport } from "./attendance-import.ts";
import { bundleSize } from "./bundle.ts";
import { noticeDelivery } from "./notices.ts";
import { readThroughput } from "./read-throughput.ts";
import { startupTime } from "./startup.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

console.log(`# Polku benchmarks (${new Date().toISOString()}, node ${process.version})`);
bundleSize();
// A start takes a second or two and varies with what else the machine does: at least 5 of each.
await startupTime(Math.max(rounds, 5));
await readThroughput("pglite", seconds, rounds);
if (process.env.DATABASE_URL) await readThroughput("postgres", seconds, rounds);
await attendanceImport("pglite", rounds);
if (process.env.DATABASE_URL) await attendanceImport("postgres", rounds);
await noticeDelivery("pglite", rounds);
if (process.env.DATABASE_URL) await noticeDelivery("postgres", rounds);
else console.log("\n(Set DATABASE_URL to also measure the read, the import and the notices on PostgreSQL.)");
