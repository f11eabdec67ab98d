/**
 * Scheduled jobs: work a plugin does on a clock rather than for a request (ending handovers whose grant
 * ran out, follow-up feedback weeks after a training, badge expiry). The host runs each occurrence once
 * across every API process on the database, in a transaction under the plugin's own job role.
 */
import type { Database } from "@polku/db";
import type { Logger } from "@polku/trpc";

/**
 * How often: a number of milliseconds, or "<n> second(s)|minute(s)|hour(s)|day(s)" ("15 minutes",
 * "1 day"). Elapsed time: "1 day" is 24 hours, whatever the clocks do; use `at` for a wall-clock time.
 */
export type JobInterval = number | `${number} ${"second" | "minute" | "hour" | "day"}${"" | "s"}`;

export interface JobContext<V = Readonly<Record<string, unknown>>> {
  /**
   * The job's transaction, as the plugin's job role: every row of the plugin's own tables (with the
   * rights its requests have there), nothing of the core's or another plugin's, except through the
   * functions the core or the plugin provides for jobs. A failure rolls it all back.
   */
  readonly tx: Database;
  readonly log: Logger;
  /** The plugin's settings, as the host read and checked them at start-up. */
  readonly settings: V;
}

interface JobBase<V> {
  /** kebab-case, unique within the plugin. */
  readonly id: string;
  readonly run: (context: JobContext<V>) => Promise<void>;
  /**
   * How long one run may take (the same forms as `every`; 10 minutes by default). Past it, another
   * process may take the occurrence over and this run's work is rolled back.
   */
  readonly timeout?: JobInterval;
}

export type ScheduledJob<V = Readonly<Record<string, unknown>>> = JobBase<V> &
  (
    | { readonly every: JobInterval; readonly at?: never }
    /** A daily wall-clock time in Helsinki, "HH:MM" (24-hour), daylight saving included. */
    | { readonly at: string; readonly every?: never }
  );

/** Typed identity: the host checks ids and schedules at start-up. */
export const schedule = <V = Readonly<Record<string, unknown>>>(job: ScheduledJob<V>): ScheduledJob<V> => job;
