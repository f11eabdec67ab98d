/**
 * Runs the deployment's jobs: each process polls, claims a due occurrence with one UPDATE on the owner's
 * connection (a lease and a fresh token; SKIP LOCKED, so processes never wait on each other), and runs
 * it on the request connection as the plugin's job role with the token as its scope. The run commits
 * together with `polku.complete_job` (see migration 0014), so an occurrence is done exactly once: a
 * process killed mid-run leaves its lease to expire, and a run that outlives its lease is rolled back.
 */
import { type Database, type PolkuDb, rowsOf } from "@polku/db";
import type { Logger } from "@polku/trpc";
import { sql } from "drizzle-orm";
import { pollEvery, type Worker } from "../poll-every.ts";
import { errorCode } from "./error-code.ts";
import type { CompiledJob } from "./jobs.ts";
import { nextOccurrence } from "./timing.ts";

export interface SchedulerOptions {
  /** Claims and failures on the owner's connection (`db`); runs on the request connection. */
  readonly polku: Pick<PolkuDb, "db" | "requestDb">;
  readonly jobs: readonly CompiledJob[];
  readonly settings: (pluginId: string) => Readonly<Record<string, unknown>>;
  readonly log: Logger;
}

export interface JobOutcome {
  readonly plugin: string;
  readonly job: string;
  /** An error's name or SQLSTATE when it failed. */
  readonly error?: string;
}

/** Every 30 seconds: an `at` job runs within half a minute of its time. */
export const DEFAULT_POLL_MS = 30_000;

const timeOf = (value: unknown) => new Date(value as string | Date);

/**
 * Makes sure each job has its row. A new job (or one whose schedule changed) runs first at its next
 * occurrence after now; an `every` job one interval from now.
 */
export async function registerJobs(db: Database, jobs: readonly CompiledJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const [row] = rowsOf<{ now: unknown }>(await db.execute(sql`select now() as now`));
  const now = timeOf(row!.now);
  for (const j of jobs) {
    const next = nextOccurrence(j.timing, now).toISOString();
    await db.execute(sql`insert into polku.job (plugin, job, schedule, next_run_at)
      values (${j.plugin.manifest.id}, ${j.job.id}, ${j.schedule}, ${next}::timestamptz)
      on conflict (plugin, job) do update set schedule = excluded.schedule, next_run_at = excluded.next_run_at
      where polku.job.schedule is distinct from excluded.schedule`);
  }
}

export function createScheduler(options: SchedulerOptions) {
  const { polku, jobs, log } = options;

  /** Takes the job's occurrence when it is due and nobody holds it: its token and start, or null. */
  async function claim(j: CompiledJob) {
    const [claimed] = rowsOf<{ run_token: string; started: unknown }>(
      await polku.db.execute(sql`update polku.job j
        set lease_until = now() + make_interval(secs => ${j.timeoutMs / 1000}::float8), run_token = gen_random_uuid(),
            last_started_at = now()
        where (j.plugin, j.job) = (select plugin, job from polku.job
                                   where plugin = ${j.plugin.manifest.id} and job = ${j.job.id}
                                     and next_run_at <= now() and (lease_until is null or lease_until <= now())
                                   for update skip locked)
        returning j.run_token, j.last_started_at as started`),
    );
    return claimed ? { token: claimed.run_token, started: timeOf(claimed.started) } : null;
  }

  async function run(j: CompiledJob, token: string, started: Date): Promise<JobOutcome> {
    const plugin = j.plugin.manifest.id;
    const next = nextOccurrence(j.timing, started);
    try {
      await polku.requestDb.transaction(async (tx) => {
        // The role, the job's token and a bound on each statement; and what polku_begin_request clears
        // for every request (statements a request's SQL prepared, its advisory locks and settings).
        const [row] = rowsOf<{ role_set: string }>(
          await tx.execute(sql`select pg_catalog.set_config('role', ${j.role}, true) as role_set,
            pg_catalog.set_config('app.job', ${token}, true),
            pg_catalog.set_config('statement_timeout', ${String(j.timeoutMs)}, true),
            (select count(*) from public.polku_begin_request(null, ${`job:${plugin}/${j.job.id}`}, '')) as begun`),
        );
        if (row?.role_set !== j.role) throw new Error("The job's role could not be set.");
        const jobLog = childLog(log, { plugin, job: j.job.id });
        await j.job.run({ tx, log: jobLog, settings: options.settings(plugin) });
        await tx.execute(sql`select polku.complete_job(${next.toISOString()}::timestamptz)`);
      });
      log.info({ plugin, job: j.job.id, nextRunAt: next.toISOString() }, "scheduled job done");
      return { plugin, job: j.job.id };
    } catch (error) {
      const code = errorCode(error);
      // Only while the lease is still this run's: a run that lost it leaves the row to its new holder.
      await polku.db.execute(sql`update polku.job
        set next_run_at = ${next.toISOString()}::timestamptz, lease_until = null, run_token = null,
            last_finished_at = now(), last_error = ${code}
        where plugin = ${plugin} and job = ${j.job.id} and run_token = ${token}::uuid`);
      log.error(
        { plugin, job: j.job.id, error: code, nextRunAt: next.toISOString() },
        "scheduled job failed; it runs again at its next occurrence",
      );
      return { plugin, job: j.job.id, error: code };
    }
  }

  /** One pass: every due job that no other process holds runs once. */
  async function runDue(): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    for (const j of jobs) {
      const claimed = await claim(j);
      if (claimed) outcomes.push(await run(j, claimed.token, claimed.started));
    }
    return outcomes;
  }

  /** Polls until stopped; `stop()` waits for the run in flight. */
  function start(pollMs = DEFAULT_POLL_MS): Worker {
    if (jobs.length === 0) return { stop: async () => {} };
    return pollEvery(pollMs, runDue, {
      onError: (error) => log.error({ error: errorCode(error) }, "the scheduler could not claim its jobs"),
    });
  }

  return { runDue, start };
}

const childLog = (log: Logger, fields: object): Logger => {
  const child = (log as Logger & { child?: (bindings: object) => Logger }).child;
  return typeof child === "function" ? child.call(log, fields) : log;
};
