/**
 * The job scope, through SQL: a job runs as its plugin's job role and reaches that plugin's own tables
 * (every row) and nothing else: not the core's people, students, audit trail or sessions, not another
 * plugin's schema, not the scheduler's own table. Outside a live run the role sees no row at all, so the
 * request login role's membership in it opens nothing to a request's SQL. And the Esedu job that ends
 * handovers whose grant ran out.
 */
import { type Database, rowsOf } from "@polku/db";
import type { TestDb } from "@polku/db/testing";
import { testDatabases } from "@polku/db/testing";
import { schedule } from "@polku/plugin-sdk/server";
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComposedDeployment } from "../src/deployment/compose.ts";
import { errorCode } from "../src/scheduler/error-code.ts";
import { createJobsDb, ESEDU, ESEDU_ROLE, eseduWith, makeDue, schedulerFor } from "./support/jobs.ts";

/** The SQLSTATE a statement fails with in a savepoint, or "ok". */
async function outcomeOf(tx: Database, statement: SQL): Promise<string> {
  try {
    await tx.transaction(async (sp) => {
      await sp.execute(statement);
    });
    return "ok";
  } catch (error) {
    return errorCode(error);
  }
}

const count = async (db: Database, from: SQL) =>
  rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${from}`))[0]!.n;

const handovers = sql`esedu_workshop_handover.handover`;

describe.each(testDatabases())("the job scope on $kind", ({ kind }) => {
  let t: TestDb;
  let deployment: ComposedDeployment;

  beforeAll(async () => {
    ({ t, deployment } = await createJobsDb(kind));
  }, 120_000);
  afterAll(() => t?.dispose());

  it("reaches the plugin's own tables and none of the core's, another plugin's or the scheduler's", async () => {
    const seen: Record<string, string | number> = {};
    const walls = schedule({
      id: "walls",
      every: "1 day",
      run: async ({ tx }) => {
        for (const [name, table] of Object.entries({
          person: sql`public.person`,
          student: sql`public.student`,
          audit_log: sql`public.audit_log`,
          session: sql`public.session`,
          access_grant: sql`public.access_grant`,
          lappi: sql`lappi_valmennus.participant`,
          job: sql`polku.job`,
        })) {
          seen[name] = await outcomeOf(tx, sql`select 1 from ${table} limit 1`);
        }
        seen.is_granted = await outcomeOf(tx, sql`select polku.is_granted(null, null, null)`);
        seen.handovers = await count(tx, handovers);
        seen.update = await outcomeOf(tx, sql`update ${handovers} set ended_at = ended_at`);
        seen.move = await outcomeOf(tx, sql`update ${handovers} set workshop_id = workshop_id`);
        if (kind === "postgres") {
          // Back to the login role, which is only a member of roles: it holds nothing of its own.
          await tx.execute(sql`reset role`);
          seen.login = rowsOf<{ u: string }>(await tx.execute(sql`select current_user as u`))[0]!.u;
          seen.afterReset = await outcomeOf(tx, sql`select 1 from ${handovers} limit 1`);
          seen.toOwner = await outcomeOf(tx, sql`set local role postgres`);
          await tx.execute(sql`select set_config('role', ${ESEDU_ROLE}, true)`);
        }
      },
    });
    const scheduler = await schedulerFor(t, [eseduWith(deployment, [walls])]);
    await makeDue(t.db, "walls");
    expect(await scheduler.runDue()).toEqual([{ plugin: ESEDU, job: "walls" }]);
    const all = await count(t.db, handovers);
    expect(all).toBeGreaterThan(0);
    expect(seen).toMatchObject({
      person: "42501",
      student: "42501",
      audit_log: "42501",
      session: "42501",
      access_grant: "42501",
      lappi: "42501",
      job: "42501",
      is_granted: "42501",
      handovers: all,
      update: "ok",
      // The job role may change what a request may: a handover's status and end, never whose it is.
      move: "42501",
    });
    if (kind === "postgres") {
      expect(seen).toMatchObject({ login: "polku_test_requests", afterReset: "42501", toOwner: "42501" });
    }
  });

  it("gives the job role tables in its plugin's schema only, and of the core's functions its two own", async () => {
    const tables = rowsOf<{ what: string }>(
      await t.db.execute(sql`
        select format('%s.%s', c.relnamespace::regnamespace, c.relname) as what from pg_class c
         where c.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema')
           and (has_table_privilege(${ESEDU_ROLE}, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                or has_any_column_privilege(${ESEDU_ROLE}, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))`),
    ).map((r) => r.what);
    expect(tables).toContain("esedu_workshop_handover.handover");
    expect(tables.filter((what) => !what.startsWith("esedu_workshop_handover."))).toEqual([]);
    // Outside its plugin's schema: what PUBLIC may call (polku_begin_request, ...) and the two job functions.
    const functions = rowsOf<{ what: string }>(
      await t.db.execute(sql`
        select p.oid::regprocedure::text as what from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname not in ('pg_catalog', 'information_schema', 'esedu_workshop_handover')
           and has_function_privilege(${ESEDU_ROLE}, p.oid, 'EXECUTE')
           and not has_function_privilege('public', p.oid, 'EXECUTE')
         order by 1`),
    ).map((r) => r.what);
    expect(functions).toEqual(["polku.complete_job(timestamp with time zone)", "polku.current_job()"]);
  });

  it("shows a request's SQL that switches to the job role no row without a live run's token", async () => {
    const seen = await t.requestDb.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${ESEDU_ROLE}, true)`);
      const before = { handovers: await count(tx, handovers), job: await jobOf(tx) };
      await tx.execute(sql`select set_config('app.job', gen_random_uuid()::text, true)`);
      const guessed = { handovers: await count(tx, handovers), job: await jobOf(tx) };
      const complete = await outcomeOf(tx, sql`select polku.complete_job(now())`);
      return { before, guessed, complete };
    });
    expect(seen).toEqual({
      before: { handovers: 0, job: null },
      guessed: { handovers: 0, job: null },
      complete: "PJ001",
    });
  });

  it("keeps the scheduler's table and functions from the application role", async () => {
    const seen = await t.requestDb.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'polku_app', true)`);
      return {
        table: await outcomeOf(tx, sql`select 1 from polku.job`),
        current: await outcomeOf(tx, sql`select polku.current_job()`),
        complete: await outcomeOf(tx, sql`select polku.complete_job(now())`),
        expired: await outcomeOf(tx, sql`select esedu_workshop_handover.grant_expired_at(null, null)`),
      };
    });
    expect(seen).toEqual({ table: "42501", current: "42501", complete: "42501", expired: "42501" });
  });

  it("ends, at 00:05 in Helsinki, a handover whose grant ran out, as of when it ran out", async () => {
    const scheduler = await schedulerFor(t, deployment.plugins);
    const [job] = rowsOf<{ schedule: string }>(
      await t.db.execute(
        sql`select schedule from polku.job where plugin = ${ESEDU} and job = 'end-expired-handovers'`,
      ),
    );
    expect(job?.schedule).toBe("at 00:05");
    const [expired] = rowsOf<{ id: string; grant_id: string }>(
      await t.db.execute(sql`select id, grant_id from ${handovers} where status = 'active' limit 1`),
    );
    const activeBefore = await count(t.db, sql`${handovers} where status = 'active'`);
    await t.db.execute(sql`update access_grant set valid_from = now() - interval '2 days',
        valid_until = now() - interval '1 hour' where id = ${expired!.grant_id}::uuid`);
    await makeDue(t.db, "end-expired-handovers");
    expect(await scheduler.runDue()).toEqual([{ plugin: ESEDU, job: "end-expired-handovers" }]);
    const [after] = rowsOf<{ status: string; as_of_grant: boolean }>(
      await t.db.execute(sql`select h.status, h.ended_at = g.valid_until as as_of_grant
        from ${handovers} h join access_grant g on g.provider_id = h.provider_id and g.id = h.grant_id
        where h.id = ${expired!.id}::uuid`),
    );
    expect(after).toEqual({ status: "ended", as_of_grant: true });
    expect(await count(t.db, sql`${handovers} where status = 'active'`)).toBe(activeBefore - 1);
  });
});

const jobOf = async (tx: Database) =>
  rowsOf<{ job: string | null }>(await tx.execute(sql`select polku.current_job() as job`))[0]!.job;
