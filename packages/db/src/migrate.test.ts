import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate as drizzleMigrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type PolkuDb } from "./client.ts";
import { coreMigrations, migrate, migrationsSchema, migrationsTableOf } from "./migrate.ts";

/** What a migration leaves behind: relations, columns, policies, functions, constraints, indexes, roles, bookkeeping. */
async function catalog(pg: PGlite) {
  const user = "not in ('pg_catalog', 'information_schema', 'pg_toast')";
  const queries = [
    `select n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, c.relacl::text
       from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname ${user} order by 1, 2`,
    `select table_schema, table_name, column_name, data_type, column_default, is_nullable
       from information_schema.columns where table_schema ${user} order by 1, 2, 3`,
    "select schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check from pg_policies order by 1, 2, 3",
    `select n.nspname, p.proname, pg_get_functiondef(p.oid), p.proacl::text
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname ${user} order by 1, 2, 3`,
    `select conname, pg_get_constraintdef(c.oid) from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname ${user} order by 1, 2`,
    "select tgname, pg_get_triggerdef(oid) from pg_trigger where not tgisinternal order by 1",
    "select indexname, indexdef from pg_indexes where schemaname <> 'pg_catalog' order by 1",
    "select rolname from pg_roles order by 1",
    `select id, hash, created_at from ${migrationsSchema}.${migrationsTableOf("core")} order by id`,
  ];
  const results: unknown[] = [];
  for (const query of queries) results.push((await pg.query(query)).rows);
  return results;
}

const clientOf = (polku: PolkuDb) => (polku.db as unknown as { $client: PGlite }).$client;

describe("migrate on PGlite", () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    for (const db of open) await db.close();
  });

  it("leaves what drizzle's migrator leaves, and a second run changes nothing", async () => {
    const reference = await PGlite.create();
    open.push(reference);
    await drizzleMigrate(drizzle(reference), {
      migrationsFolder: coreMigrations.folder,
      migrationsSchema,
      migrationsTable: migrationsTableOf(coreMigrations.id),
    });
    const polku = await createDb({ url: "", dataDir: "memory" });
    open.push(polku);
    await migrate(polku, [coreMigrations]);
    const expected = await catalog(reference);
    expect(await catalog(clientOf(polku))).toEqual(expected);
    await migrate(polku, [coreMigrations]);
    expect(await catalog(clientOf(polku))).toEqual(expected);
  }, 60_000);

  it("names the migration that fails and applies none of the run", async () => {
    const polku = await createDb({ url: "", dataDir: "memory" });
    open.push(polku);
    const folder = mkdtempSync(join(tmpdir(), "polku-migrations-"));
    mkdirSync(join(folder, "meta"));
    const entries = [
      { idx: 0, version: "7", when: 1, tag: "0000_good", breakpoints: true },
      { idx: 1, version: "7", when: 2, tag: "0001_bad", breakpoints: true },
    ];
    writeFileSync(
      join(folder, "meta", "_journal.json"),
      JSON.stringify({ version: "7", dialect: "postgresql", entries }),
    );
    writeFileSync(
      join(folder, "0000_good.sql"),
      "CREATE TABLE kept (id int);--> statement-breakpoint\nSELECT 1;",
    );
    writeFileSync(
      join(folder, "0001_bad.sql"),
      "CREATE TABLE never (id int);--> statement-breakpoint\nSELEC 2;",
    );
    await expect(migrate(polku, [{ id: "broken", folder }])).rejects.toThrow(
      /Migration 0001_bad of broken failed/,
    );
    const { rows } = await clientOf(polku).query(
      "select to_regclass('kept') as kept, to_regclass('never') as never",
    );
    expect(rows).toEqual([{ kept: null, never: null }]);
  }, 60_000);
});
