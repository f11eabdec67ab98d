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
  /** The PostgreSQL test database's owner connection string, for a second process (absent on PGlite). */
  readonly url?: string;
  /** The request connection's string (the non-owner login role), absent on PGlite. */
  readonly requestUrl?: string;
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
  await ensureRequestRole(admin, testRequestRole);
  const requestUrl = new URL(url);
  requestUrl.username = testRequestRole;
  requestUrl.password = "";
  const db = await createDb({ url: url.toString(), requestUrl: requestUrl.toString(), poolSize: 5 });
  await migrate(db, sets);
  return {
    ...db,
    url: url.toString(),
    requestUrl: requestUrl.toString(),
    dispose: async () => {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The login role test databases serve requests with (the server here trusts loopback: no password). */
export const testRequestRole = "polku_test_requests";

/**
 * Creates, once per server, a login role for requests as an operator would: a member of polku_app and
 * nothing else, NOINHERIT so that after a `RESET ROLE` it holds no privilege at all. Roles are
 * server-wide and test files start in parallel, so a concurrent creation is not an error.
 */
export async function ensureRequestRole(admin: postgres.Sql, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Not a plain role name: ${role}`);
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'polku_app') THEN CREATE ROLE polku_app NOLOGIN; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} LOGIN NOINHERIT NOSUPERUSER NOCREATEROLE NOCREATEDB;
        END IF;
        IF NOT pg_has_role('${role}', 'polku_app', 'MEMBER') THEN GRANT polku_app TO ${role}; END IF;
      END $$`);
      return;
    } catch (error) {
      // duplicate_object, unique_violation, or "tuple concurrently updated" from a parallel test file.
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}
