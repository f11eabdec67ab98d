import { createHash, randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { appRole } from "./actor.ts";
import { createDb, type Database, type PolkuDb, rowsOf } from "./client.ts";
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

/** Who is acting, as a test states it to the row-level security policies. */
export interface ActorScope {
  /** Set for staff of an education provider: rows of this provider are theirs. */
  readonly providerId: string | null;
  /** The organisation acted for: grants to it open students of other providers. */
  readonly organisationId: string | null;
  /** The person acting: a student sees themself, a guardian their minor ward. */
  readonly personId: string | null;
  /** The role acted in: welfare content is readable only by the welfare role. */
  readonly role?: string | null;
  /** The procedure acting: every audit entry of the transaction must name it. */
  readonly procedure?: string | null;
  /** The client's address: every audit entry of the transaction must carry it. */
  readonly ip?: string | null;
}

export const anonymousScope: ActorScope = {
  providerId: null,
  organisationId: null,
  personId: null,
  role: null,
};

/**
 * Runs `work` in one transaction as the application role with the scope a test states, on the owner's
 * connection: the policies read the actor from a session, so this opens one (as the owner, before the
 * role switch) carrying exactly the scope, with no membership behind it, and makes it the transaction's.
 * A person the test made up (or none) gets a placeholder row, who relates to nothing. The anonymous
 * scope opens no session at all.
 */
export function inScope<T>(db: Database, scope: ActorScope, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const anonymous = !scope.providerId && !scope.organisationId && !scope.personId && !scope.role;
    let tokenHash = "";
    if (!anonymous) {
      tokenHash = `test-scope-${randomBytes(12).toString("hex")}`;
      const personId = scope.personId ?? randomUUID();
      // Tests name people by made-up ids: the session needs a person row, which relates to nothing.
      await tx.execute(sql`insert into person (id, username, password_hash, first_name, last_name)
        values (${personId}::uuid, ${tokenHash}, '!', 'Test', 'Scope') on conflict (id) do nothing`);
      await tx.execute(sql`insert into session (token_hash, person_id, role, organisation_id, provider_id,
          csrf_token, expires_at)
        values (${tokenHash}, ${personId}::uuid, ${scope.role ?? null}, ${scope.organisationId}::uuid,
          ${scope.providerId}::uuid, 'test', now() + interval '1 hour')`);
    }
    await tx.execute(sql`select set_config('app.session', ${tokenHash}, true),
      set_config('app.procedure', ${scope.procedure ?? ""}, true),
      set_config('app.ip', ${scope.ip ?? ""}, true),
      set_config('role', ${appRole}, true)`);
    return work(tx as unknown as Database);
  });
}

/**
 * A live session of the person through their membership, as logging in opens one (on the owner's
 * connection): its token hash and the membership. For tests of what a session's scope allows.
 */
export async function openTestSession(db: Database, personId: string) {
  const [own] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from membership where person_id = ${personId}::uuid limit 1`),
  );
  if (!own) throw new Error("openTestSession: the person has no membership.");
  const tokenHash = createHash("sha256").update(randomUUID()).digest("hex");
  await db.execute(sql`insert into session (token_hash, person_id, membership_id, csrf_token, expires_at)
    values (${tokenHash}, ${personId}::uuid, ${own.id}::uuid, 'c', now() + interval '1 minute')`);
  return { tokenHash, membershipId: own.id };
}

/** The README's demo users: every role of the demo region. */
export const DEMO_USERNAMES = [
  "omaohjaaja",
  "opettaja",
  "kuraattori",
  "esihenkilo",
  "rahoitus",
  "aluehallinto",
  "harju.ohjaaja",
  "valmentaja",
  "yritys",
  "kumppani",
  "opiskelija",
  "huoltaja",
] as const;
