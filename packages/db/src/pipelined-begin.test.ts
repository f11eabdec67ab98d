import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { createTestDb, type TestDb, testRequestRole } from "./testing.ts";

/**
 * The request pool's transactions (BEGIN sent with the first statement, see pipelined-begin.ts) end
 * as postgres.js's own do: every statement inside, COMMIT only when nothing failed.
 */
describe.skipIf(!process.env.DATABASE_URL)("the request pool's transactions on postgres", () => {
  let t: TestDb;
  const count = async () =>
    rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from pipelined`))[0]?.n;

  beforeAll(async () => {
    t = await createTestDb("postgres");
    await t.db.execute(sql`create table pipelined (n int primary key)`);
    // Straight to the request connection's login role: these transactions do not switch roles.
    await t.db.execute(sql.raw(`grant select, insert on pipelined to ${testRequestRole}`));
  });
  afterAll(() => t?.dispose());

  it("runs the first statement and the rest in one transaction, and commits", async () => {
    const ids = await t.requestDb.transaction(async (tx) => {
      const first = rowsOf<{ id: string }>(await tx.execute(sql`select pg_current_xact_id()::text as id`));
      await tx.execute(sql`insert into pipelined values (1)`);
      const last = rowsOf<{ id: string }>(await tx.execute(sql`select pg_current_xact_id()::text as id`));
      return [first[0]?.id, last[0]?.id];
    });
    expect(ids[0]).toBe(ids[1]);
    expect(await count()).toBe(1);
  });

  it("rolls back when the work throws, or when a statement failed that the work did not await", async () => {
    await expect(
      t.requestDb.transaction(async (tx) => {
        await tx.execute(sql`insert into pipelined values (2)`);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await expect(
      t.requestDb.transaction(async (tx) => {
        void tx.execute(sql`insert into pipelined values (1)`).catch(() => {});
        await tx.execute(sql`insert into pipelined values (3)`).catch(() => {});
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await count()).toBe(1);
  });

  it("keeps what a nested transaction rolled back out, and the rest in", async () => {
    await t.requestDb.transaction(async (tx) => {
      await tx.execute(sql`insert into pipelined values (4)`);
      await expect(
        tx.transaction(async (nested) => {
          await nested.execute(sql`insert into pipelined values (5)`);
          await nested.execute(sql`insert into pipelined values (1)`);
        }),
      ).rejects.toThrow();
      await tx.execute(sql`insert into pipelined values (6)`);
    });
    const rows = rowsOf<{ n: number }>(await t.db.execute(sql`select n from pipelined order by n`));
    expect(rows.map((r) => r.n)).toEqual([1, 4, 6]);
  });
});
