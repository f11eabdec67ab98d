import type { ScheduledJob, ServerPlugin } from "@polku/plugin-sdk/server";
import { DeploymentError } from "../deployment/load.ts";
import { jobRoleOf } from "./roles.ts";
import { parseInterval, parseWallTime, type Timing } from "./timing.ts";

/** A plugin's job as the host runs it: its schedule read and checked. */
export interface CompiledJob {
  readonly plugin: ServerPlugin;
  readonly job: ScheduledJob;
  readonly timing: Timing;
  /** The schedule as stored with the job's row: a change reschedules it. */
  readonly schedule: string;
  readonly timeoutMs: number;
  /** The plugin's job role, the run's only privileges. */
  readonly role: string;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** Checks every plugin's jobs at start-up; a mistake stops it, naming the plugin and the job. */
export function compileJobs(plugins: readonly ServerPlugin[]): CompiledJob[] {
  return plugins.flatMap((plugin) => {
    const seen = new Set<string>();
    return (plugin.jobs ?? []).map((job) => {
      const fail = (why: string) =>
        new DeploymentError({ reason: `Plugin "${plugin.manifest.id}", job "${String(job.id)}": ${why}` });
      if (typeof job.id !== "string" || !KEBAB.test(job.id)) throw fail("its id must be kebab-case.");
      if (seen.has(job.id)) throw fail("another job of the plugin has the same id.");
      seen.add(job.id);
      if (typeof job.run !== "function") throw fail("it has no run function.");
      if ((job.every === undefined) === (job.at === undefined)) {
        throw fail('give it either `every` (an interval) or `at` (a Helsinki time "HH:MM"), not both.');
      }
      let timing: Timing;
      if (job.every !== undefined) {
        const ms = parseInterval(job.every);
        if (ms === undefined) {
          throw fail(
            `every ${JSON.stringify(job.every)} is not an interval: write whole milliseconds (at least 1000) or "<n> seconds|minutes|hours|days", e.g. "15 minutes".`,
          );
        }
        timing = { kind: "every", ms };
      } else {
        const time = parseWallTime(job.at);
        if (!time)
          throw fail(`at ${JSON.stringify(job.at)} is not a time of day: write "HH:MM", e.g. "03:00".`);
        timing = { kind: "at", ...time };
      }
      const timeoutMs = job.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseInterval(job.timeout);
      if (timeoutMs === undefined) {
        throw fail(`timeout ${JSON.stringify(job.timeout)} is not an interval (e.g. "5 minutes").`);
      }
      const schedule = timing.kind === "every" ? `every ${timing.ms}` : `at ${job.at}`;
      return { plugin, job: job as ScheduledJob, timing, schedule, timeoutMs, role: jobRoleOf(plugin) };
    });
  });
}
