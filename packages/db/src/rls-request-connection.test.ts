import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inRequest } from "./actor.ts";
import { createDb, rowsOf } from "./client.ts";
import { membership, organisation, person, student } from "./schema/index.ts";
import { createTestDb, openTestSession, type TestDb, testDatabases } from "./testing.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => String(error.cause ?? error),
  );

/**
 * A request connection serves many people in turn (issue 7 review): what one request's SQL leaves on it
 * (a prepared statement of its own, session settings, advisory locks) must never reach the next
 * person's request. Each test uses a pool of one connection, so the attacker and the next person share it.
 */
// Pooled connections shared by requests are PostgreSQL's: PGlite has one, and no login role of its own.
const onPostgres = testDatabases().some((d) => d.kind === "postgres");

describe.skipIf(!onPostgres)("a request connection on postgres", () => {
  const kind = "postgres";
  let t: TestDb;
  const provider = randomUUID();
  const minor = randomUUID();
  const tutorPerson = randomUUID();

  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.insert(organisation).values({ id: provider, kind: "provider", name: "P" });
    await t.db
      .insert(person)
      .values({ id: tutorPerson, username: tutorPerson, passwordHash: "x", firstName: "A", lastName: "B" });
    await t.db.insert(membership).values({ personId: tutorPerson, organisationId: provider, role: "tutor" });
    await t.db.insert(student).values({
      providerId: provider,
      id: minor,
      firstName: "S",
      lastName: "T",
      birthDate: `${new Date().getUTCFullYear() - 16}-01-01`,
    });
  });
  afterAll(() => t?.dispose());

  const openSession = async (personId: string) => (await openTestSession(t.db, personId)).tokenHash;

  it("refuses a connection where SQL prepared a statement, before a person's token hash meets it", async () => {
    // One connection, so the attacker's request and the next person's share it.
    const single = await createDb({ url: t.url!, requestUrl: t.requestUrl!, poolSize: 1 });
    try {
      const anonymous = { tokenHash: null, procedure: "auth.me", ip: null };
      const asTutor = { tokenHash: await openSession(tutorPerson), procedure: "students.list", ip: null };
      const read = () =>
        inRequest(single.requestDb, asTutor, (tx) => tx.select({ id: student.id }).from(student));
      expect(await read()).toEqual([{ id: minor }]);
      // No statement the connection keeps carries the token hash.
      const kept = await inRequest(single.requestDb, anonymous, (tx) =>
        tx.execute(
          sql`select count(*)::int as n from pg_prepared_statements where statement like '%polku_begin_request%'`,
        ),
      );
      expect(rowsOf<{ n: number }>(kept)[0]?.n).toBe(0);
      // The attacker replaces one of the statements the driver prepared with their own.
      await inRequest(single.requestDb, anonymous, async (tx) => {
        const all = rowsOf<{ name: string; statement: string }>(
          await tx.execute(sql`select name, statement from pg_prepared_statements`),
        );
        const named = all.find((statement) => statement.statement !== "commit") ?? all[0];
        await tx.execute(sql.raw(`deallocate "${named!.name}"`));
        await tx.execute(sql.raw(`prepare "${named!.name}" as select 'stolen'::text as id`));
      });
      let ran = false;
      const refused = await failure(
        inRequest(single.requestDb, asTutor, async () => {
          ran = true;
        }),
      );
      expect(refused).toMatch(/prepared with SQL on this request connection/);
      expect(ran).toBe(false);
      // The connection's statements were dropped: the driver prepares its own again.
      let last = "";
      for (let attempt = 0; attempt < 3 && last !== "ok"; attempt++) {
        last = await read().then(
          (rows) => (rows.length === 1 && rows[0]?.id === minor ? "ok" : JSON.stringify(rows)),
          (error: Error) => String(error.cause ?? error),
        );
      }
      expect(last).toBe("ok");
    } finally {
      await single.close();
    }
  });

  it("undoes on the next request what a request's SQL left on the connection: settings and locks", async () => {
    const single = await createDb({ url: t.url!, requestUrl: t.requestUrl!, poolSize: 1 });
    try {
      const anonymous = { tokenHash: null, procedure: "auth.me", ip: null };
      await inRequest(single.requestDb, anonymous, (tx) =>
        tx.execute(sql`select set_config('search_path', '', false),
            set_config('default_transaction_read_only', 'on', false), pg_advisory_lock(4242)`),
      );
      const write = () =>
        inRequest(single.requestDb, anonymous, (tx) =>
          tx.execute(sql`select current_setting('search_path') as path,
            current_setting('transaction_read_only') as ro`),
        ).then(
          (result) => rowsOf<{ path: string; ro: string }>(result)[0],
          (error: Error) => ({ path: String(error.cause ?? error), ro: "?" }),
        );
      // The next request runs (its first statement names its schemas), may write (its BEGIN says READ
      // WRITE: its audit entry must not fail), and puts the defaults back.
      expect(await write()).toMatchObject({ path: expect.stringMatching(/public/), ro: "off" });
      const [settings] = rowsOf<{ ro: string; unlocked: boolean }>(
        await inRequest(single.requestDb, anonymous, (tx) =>
          tx.execute(sql`select current_setting('default_transaction_read_only') as ro,
              not exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()) as unlocked`),
        ),
      );
      expect(settings).toEqual({ ro: "off", unlocked: true });
    } finally {
      await single.close();
    }
  });
});
