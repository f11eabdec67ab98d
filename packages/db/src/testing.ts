import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type PolkuDb } from "./client.ts";
import { coreMigrations, type MigrationSet, migrate } from "./migrate.ts";

/**
 * The databases a database test runs on: PGlite always, and the PostgreSQL server that
 * DATABASE_URL points at when it is set (CI sets it). Use with `describe.each(testDatabases())`.
 */
export function testDatabases(): Array<{ kind: "pglite" | "postgres" }> {
  return process.env.DATABASE_URL ? [{ kind: "pglite" }, { kind: "postgres" }] : [{ kind: "pglite" }];
}

export interface TestDb extends PolkuDb {
  /** The PostgreSQL test database's connection string, for a second process (absent on PGlite). */
  readonly url?: string;
  /** Closes the connection and, on PostgreSQL, drops the database made for this test. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new database on the
 * DATABASE_URL server (so test files never see each other's rows), dropped by `dispose()`.
 */
export async function createTestDb(
  kind: "pglite" | "postgres",
  sets: readonly MigrationSet[] = [coreMigrations],
): Promise<TestDb> {
  if (kind === "pglite") {
    const db = await createDb({ url: "", dataDir: "memory" });
    await migrate(db, sets);
    return { ...db, dispose: () => db.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set: PostgreSQL tests need a server to run on.");
  const name = `polku_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await createDb({ url: url.toString(), poolSize: 5 });
  await migrate(db, sets);
  return {
    ...db,
    url: url.toString(),
    dispose: async () => {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
