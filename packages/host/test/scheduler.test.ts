/**
 * The scheduler across processes: a due occurrence runs once however many processes poll the database,
 * a lease left by a process that died expires and the next process runs the occurrence, and a failing
 * job is logged by its error's code and tried again at its next occurrence.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDb, type PolkuDb, rowsOf } from "@polku/db";
import type { TestDb } from "@polku/db/testing";
import { testDatabases } from "@polku/db/testing";
import { type ScheduledJob, schedule } from "@polku/plugin-sdk/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComposedDeployment } from "../src/deployment/compose.ts";
import { collectingLog, createJobsDb, ESEDU, eseduWith, makeDue, schedulerFor } from "./support/jobs.ts";

interface JobRow {
  leased: boolean;
  finished: boolean;
  last_error: string | null;
  overdue: boolean;
  /** From the last start to the next, in seconds. */
  gap: number | null;
}

describe.each(testDatabases())("the scheduler on $kind", ({ kind }) => {
  let t: TestDb;
  let deployment: ComposedDeployment;
  /** A second process on the same database: its own pools on PostgreSQL (PGlite has one connection). */
  let other: PolkuDb;

  beforeAll(async () => {
    ({ t, deployment } = await createJobsDb(kind));
    other = kind === "postgres" ? await createDb({ url: t.url!, requestUrl: t.requestUrl!, poolSize: 2 }) : t;
  }, 120_000);
  afterAll(async () => {
    if (other && other !== t) await other.close();
    await t?.dispose();
  });

  const rowOf = async (job: string) =>
    rowsOf<JobRow>(
      await t.db.execute(sql`select lease_until is not null as leased, last_finished_at is not null as finished,
          last_error, next_run_at <= now() as overdue,
          extract(epoch from next_run_at - last_started_at)::int as gap
        from polku.job where plugin = ${ESEDU} and job = ${job}`),
    )[0]!;
  const processes = (jobs: readonly ScheduledJob[], log = collectingLog()) =>
    Promise.all([t, other].map((db) => schedulerFor(db, [eseduWith(deployment, jobs)], log)));

  it("registers a job for its next occurrence, not at once", async () => {
    const [a] = await processes([schedule({ id: "registered", every: "1 hour", run: async () => {} })]);
    const row = await rowOf("registered");
    expect(row.overdue).toBe(false);
    expect(row.leased).toBe(false);
    expect(await a!.runDue()).toEqual([]);
  });

  it("runs a due occurrence once when two processes poll together", async () => {
    let runs = 0;
    const counted = schedule({
      id: "counted",
      every: "15 minutes",
      run: async ({ tx }) => {
        runs++;
        // Long enough for the other process to try meanwhile.
        await tx.execute(sql`select pg_sleep(0.3)`);
      },
    });
    const [a, b] = await processes([counted]);
    await makeDue(t.db, "counted");
    const outcomes = (await Promise.all([a!.runDue(), b!.runDue(), a!.runDue(), b!.runDue()])).flat();
    expect(runs).toBe(1);
    expect(outcomes).toEqual([{ plugin: ESEDU, job: "counted" }]);
    const row = await rowOf("counted");
    expect(row).toMatchObject({ leased: false, finished: true, last_error: null });
    // The next occurrence is an interval after this run's start.
    expect(row.gap).toBe(15 * 60);
    expect((await Promise.all([a!.runDue(), b!.runDue()])).flat()).toEqual([]);
  });

  it("runs occurrences missed while nothing ran once, not once each", async () => {
    let runs = 0;
    const [a] = await processes([
      schedule({ id: "missed", every: "1 minute", run: async () => void runs++ }),
    ]);
    await t.db.execute(
      sql`update polku.job set next_run_at = now() - interval '3 days' where job = 'missed'`,
    );
    await a!.runDue();
    await a!.runDue();
    expect(runs).toBe(1);
    expect((await rowOf("missed")).overdue).toBe(false);
  });

  it("leaves a lease held by a process that died until it expires, then runs the occurrence", async () => {
    let runs = 0;
    const [a, b] = await processes([
      schedule({ id: "dead-lease", every: "1 day", timeout: "1 minute", run: async () => void runs++ }),
    ]);
    await makeDue(t.db, "dead-lease");
    // What a process killed after its claim leaves behind: a lease and a token nobody will complete.
    await t.db.execute(sql`update polku.job set lease_until = now() + interval '1 minute',
        run_token = gen_random_uuid(), last_started_at = now() where job = 'dead-lease'`);
    expect((await Promise.all([a!.runDue(), b!.runDue()])).flat()).toEqual([]);
    await t.db.execute(
      sql`update polku.job set lease_until = now() - interval '1 second' where job = 'dead-lease'`,
    );
    expect((await Promise.all([a!.runDue(), b!.runDue()])).flat()).toEqual([
      { plugin: ESEDU, job: "dead-lease" },
    ]);
    expect(runs).toBe(1);
  });

  it("rolls back a run that outlived its lease, so the process that took over is the one that counts", async () => {
    const log = collectingLog();
    const [a] = await processes(
      [
        schedule({
          id: "outlived",
          every: "1 day",
          timeout: "1 second",
          run: async ({ tx }) => {
            await tx.execute(sql`update esedu_workshop_handover.handover set ended_at = '2000-01-01'`);
            await new Promise((resolve) => setTimeout(resolve, 1_200));
          },
        }),
      ],
      log,
    );
    await makeDue(t.db, "outlived");
    expect(await a!.runDue()).toEqual([{ plugin: ESEDU, job: "outlived", error: "PJ001" }]);
    const [counts] = rowsOf<{ all: number; changed: number }>(
      await t.db.execute(sql`select count(*)::int as all, count(*) filter (where ended_at = '2000-01-01')::int as changed
        from esedu_workshop_handover.handover`),
    );
    expect(counts).toEqual({ all: expect.any(Number), changed: 0 });
    expect(counts!.all).toBeGreaterThan(0);
  });

  it("logs a failing job by its error's name or SQLSTATE only, and runs it at its next occurrence", async () => {
    const log = collectingLog();
    const [a] = await processes(
      [
        schedule({
          id: "throws",
          every: "1 hour",
          run: async () => {
            throw new TypeError("Matti Meikäläinen 010101-123N");
          },
        }),
        schedule({
          id: "reads-person",
          every: "1 hour",
          run: async ({ tx }) => void (await tx.execute(sql`select * from public.person`)),
        }),
      ],
      log,
    );
    await makeDue(t.db, "throws");
    await makeDue(t.db, "reads-person");
    expect(await a!.runDue()).toEqual([
      { plugin: ESEDU, job: "throws", error: "TypeError" },
      { plugin: ESEDU, job: "reads-person", error: "42501" },
    ]);
    const failures = log.entries.filter((e) => e.level === "error");
    expect(failures.map((e) => e.fields)).toEqual([
      expect.objectContaining({ plugin: ESEDU, job: "throws", error: "TypeError" }),
      expect.objectContaining({ plugin: ESEDU, job: "reads-person", error: "42501" }),
    ]);
    expect(JSON.stringify(log.entries)).not.toMatch(/Matti|010101|permission denied/);
    for (const [job, code] of [
      ["throws", "TypeError"],
      ["reads-person", "42501"],
    ] as const) {
      const row = await rowOf(job);
      expect(row.last_error).toBe(code);
      expect(row).toMatchObject({ leased: false, overdue: false, gap: 60 * 60 });
    }
    expect(await a!.runDue()).toEqual([]);
  });

  it("polls for due jobs until stopped, and waits for the run in flight", async () => {
    let runs = 0;
    let finished = false;
    const [a] = await processes([
      schedule({
        id: "polled",
        every: "1 hour",
        run: async ({ tx }) => {
          runs++;
          await tx.execute(sql`select pg_sleep(0.2)`);
          finished = true;
        },
      }),
    ]);
    const loop = a!.start(50);
    await makeDue(t.db, "polled");
    await expect.poll(() => runs, { timeout: 5_000, interval: 20 }).toBe(1);
    await loop.stop();
    expect(finished).toBe(true);
    await makeDue(t.db, "polled");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(runs).toBe(1);
  });

  it.skipIf(kind !== "postgres")(
    "runs the occurrence in the next process once the killed one's lease expires",
    async () => {
      let runs = 0;
      const job = schedule({
        id: "killed-mid-run",
        every: "1 day",
        timeout: "3 seconds",
        run: async () => void runs++,
      });
      const [survivor] = await processes([job]);
      await makeDue(t.db, "killed-mid-run");
      const child = spawn(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("./support/job-hang-once.ts", import.meta.url))],
        {
          env: { ...process.env, DATABASE_URL: t.url!, POLKU_APP_DATABASE_URL: t.requestUrl! },
          stdio: "inherit",
        },
      );
      const exited = new Promise((resolve) => child.on("exit", resolve));
      const sleeping = async () =>
        rowsOf<{ n: number }>(
          await t.db.execute(sql`select count(*)::int as n from pg_stat_activity
            where state = 'active' and pid <> pg_backend_pid()
              and query like '%pg_sleep(6' || '0) /* killed-mid-run */%'`),
        )[0]!.n;
      await expect.poll(sleeping, { timeout: 20_000, interval: 50 }).toBe(1);
      child.kill("SIGKILL");
      await exited;
      // Within the lease nobody else takes it.
      expect(await survivor!.runDue()).toEqual([]);
      await expect.poll(sleeping, { timeout: 10_000 }).toBe(0);
      await expect
        .poll(async () => (await survivor!.runDue()).length, { timeout: 10_000, interval: 250 })
        .toBe(1);
      expect(runs).toBe(1);
      const row = await rowOf("killed-mid-run");
      expect(row).toMatchObject({ last_error: null, finished: true });
    },
  );
});
