/**
 * For the scheduler's tests: a database with the demo deployment's migrations and job roles, and jobs
 * of the test's own run as one of the Esedu plugin's (its schema and job role).
 */
import { type PolkuDb, seedDemoRegion } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import type { ScheduledJob, ServerPlugin } from "@polku/plugin-sdk/server";
import type { Logger } from "@polku/trpc";
import { sql } from "drizzle-orm";
import { type ComposedDeployment, composeDeployment } from "../../src/deployment/compose.ts";
import { loadDeployment } from "../../src/deployment/load.ts";
import { compileJobs } from "../../src/scheduler/jobs.ts";
import { ensureJobRoles } from "../../src/scheduler/roles.ts";
import { createScheduler, registerJobs } from "../../src/scheduler/scheduler.ts";

export const ESEDU = "esedu-workshop-handover";
export const ESEDU_ROLE = "polku_job_esedu_workshop_handover";

export const demoDeployment = async () => composeDeployment(await loadDeployment("demo"));

/** The demo deployment's database with its job roles and demo data (nobody can log in: no password). */
export async function createJobsDb(
  kind: "pglite" | "postgres",
): Promise<{ t: TestDb; deployment: ComposedDeployment }> {
  const deployment = await demoDeployment();
  const t = await createTestDb(kind, deployment.migrationSets);
  await ensureJobRoles(t, deployment.plugins);
  await seedDemoRegion(t.db, async () => "!");
  for (const plugin of deployment.plugins) await plugin.seed?.({ db: t.db });
  return { t, deployment };
}

/** The Esedu plugin with these jobs instead of its own. */
export function eseduWith(deployment: ComposedDeployment, jobs: readonly ScheduledJob[]): ServerPlugin {
  const esedu = deployment.plugins.find((p) => p.manifest.id === ESEDU)!;
  return { ...esedu, jobs };
}

export interface LogEntry {
  level: "info" | "warn" | "error";
  fields: object;
  message: string;
}

export function collectingLog(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry["level"]) => (fields: object, message: string) => {
    entries.push({ level, fields, message });
  };
  return { entries, info: at("info"), warn: at("warn"), error: at("error") };
}

/** A scheduler (one "process") for the plugins' jobs, registered on the database. */
export async function schedulerFor(
  polku: Pick<PolkuDb, "db" | "requestDb">,
  plugins: readonly ServerPlugin[],
  log: Logger = collectingLog(),
) {
  const jobs = compileJobs(plugins);
  await registerJobs(polku.db, jobs);
  return createScheduler({ polku, jobs, settings: () => ({}), log });
}

/** Makes a job due now, as if its time had come. */
export const makeDue = (db: PolkuDb["db"], job: string) =>
  db.execute(
    sql`update polku.job set next_run_at = now() - interval '1 second' where plugin = ${ESEDU} and job = ${job}`,
  );
