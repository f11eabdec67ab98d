import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inRequest } from "./actor.ts";
import { createDb, type PolkuDb, rowsOf } from "./client.ts";
import { MAX_PREPARED, PreparedStatements } from "./pglite-prepared.ts";
import { createTestDb, type TestDb } from "./testing.ts";

const preparedCount = async (pg: PGlite) =>
  (await pg.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements")).rows[0]!.n;

/**
 * A transaction's statements on PGlite are prepared once and run in one call each (issue 7): what they
 * return must be what PGlite's own query returns, and what drops or changes the kept statements must
 * cost at most the one statement that meets it.
 */
describe("prepared statements on PGlite", () => {
  let pg: PGlite;
  let prepared: PreparedStatements;

  beforeAll(async () => {
    pg = await PGlite.create();
    prepared = new PreparedStatements(pg);
    await pg.exec(`create table t (id int primary key, name text, born date, at timestamptz, flags jsonb, ok boolean);
      insert into t values (1, 'Aino', '2006-02-27', '2026-01-02T03:04:05Z', '{"a": [1, 2]}', true),
                           (2, null, null, null, null, false);`);
  });
  afterAll(() => pg?.close());

  const text =
    "select id, name, born, at, flags, ok from t where id = any($1::int[]) or name = $2 order by id";

  it("returns what PGlite's own query returns, in either row mode, preparing the text once", async () => {
    const params = [[1, 2], "nobody"];
    const own = await pg.query(text, params);
    const ownArrays = await pg.query(text, params, { rowMode: "array" });
    const [first, again, arrays] = await pg.transaction(async () => [
      await prepared.query(text, params, undefined),
      await prepared.query(text, params, undefined),
      await prepared.query(text, params, "array"),
    ]);
    expect(first!.rows).toEqual(own.rows);
    expect(first!.fields).toEqual(own.fields);
    expect(again!.rows).toEqual(own.rows);
    expect(arrays!.rows).toEqual(ownArrays.rows);
    const kept = await pg.query<{ statement: string; from_sql: boolean }>(
      "select statement, from_sql from pg_prepared_statements",
    );
    expect(kept.rows).toEqual([{ statement: text, from_sql: false }]);
  });

  it("counts the rows a write changed, as PGlite's own query does", async () => {
    const own = await pg.transaction(async (tx) => {
      const result = await tx.query("update t set ok = ok where id > $1", [0]);
      await tx.rollback();
      return result;
    });
    const ours = await pg.transaction(async () =>
      prepared.query("update t set ok = ok where id > $1", [0], undefined),
    );
    expect(ours.affectedRows).toBe(own.affectedRows);
    expect(ours.affectedRows).toBe(2);
  });

  it("fails with the database's error and its statement, and keeps working after it", async () => {
    const failure = await pg
      .transaction(async () => prepared.query("select 1 / $1::int as x", [0], undefined))
      .catch((error: unknown) => error as { code?: string; query?: string });
    expect(failure).toMatchObject({ code: "22012", query: "select 1 / $1::int as x" });
    const parseFailure = await pg
      .transaction(async () => prepared.query("select nothing from nowhere where x = $1", [1], undefined))
      .catch((error: unknown) => error as { code?: string });
    expect(parseFailure).toMatchObject({ code: "42P01" });
    const ok = await pg.transaction(async () => prepared.query("select 1 / $1::int as x", [1], undefined));
    expect(ok.rows).toEqual([{ x: 1 }]);
  });

  it("prepares again what was deallocated, failing only the one statement that found it gone", async () => {
    await pg.transaction(async () => prepared.query(text, [[1], ""], undefined));
    await pg.exec("deallocate all");
    const gone = await pg
      .transaction(async () => prepared.query(text, [[1], ""], undefined))
      .catch((error: unknown) => error as { code?: string });
    expect(gone).toMatchObject({ code: "26000" });
    const back = await pg.transaction(async () => prepared.query(text, [[1], ""], undefined));
    expect(back.rows).toHaveLength(1);
  });

  it("keeps at most MAX_PREPARED statements, closing the least recently used", async () => {
    await pg.exec("deallocate all");
    const fresh = new PreparedStatements(pg);
    await pg.transaction(async () => {
      for (let i = 0; i < MAX_PREPARED + 20; i++)
        await fresh.query(`select $1::int + ${i} as n`, [1], undefined);
      // The first went long ago: run again, it is prepared anew, and the oldest kept goes.
      await fresh.query("select $1::int + 0 as n", [1], undefined);
    });
    expect(fresh.size).toBe(MAX_PREPARED);
    // An evicted statement is closed with the next one prepared.
    expect(await preparedCount(pg)).toBeLessThanOrEqual(MAX_PREPARED + 1);
    const kept = await pg.query<{ statement: string }>("select statement from pg_prepared_statements");
    const texts = kept.rows.map((row) => row.statement);
    expect(texts).not.toContain("select $1::int + 1 as n");
    expect(texts).toContain(`select $1::int + ${MAX_PREPARED + 19} as n`);
  });
});

/** Through createDb, as the API has it: a request's first statement carries the token hash, never kept. */
describe("a request's statements on PGlite", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("pglite");
  });
  afterAll(() => t?.dispose());

  it("prepares the transaction's statements but not the request's first, nor those outside one", async () => {
    const embedded = (t as PolkuDb).embedded!;
    await embedded.exec("deallocate all");
    const anonymous = { tokenHash: null, procedure: "auth.me", ip: null };
    const read = () =>
      inRequest(t.requestDb, anonymous, async (tx) =>
        rowsOf<{ n: number }>(await tx.execute(sql`select ${41}::int + 1 as n`)),
      );
    expect(await read()).toEqual([{ n: 42 }]);
    expect(await read()).toEqual([{ n: 42 }]);
    await t.db.execute(sql`select ${1}::int as outside`);
    const kept = await embedded.query<{ statement: string }>("select statement from pg_prepared_statements");
    expect(kept.rows.map((row) => row.statement)).toEqual(["select $1::int + 1 as n"]);
  });
});

it("createDb gives PGlite's own instance beside drizzle's view of it", async () => {
  const database = await createDb({ url: "", dataDir: "memory" });
  try {
    expect(database.embedded).toBeInstanceOf(PGlite);
  } finally {
    await database.close();
  }
});
