import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PolkuDb } from "./client.ts";

/** Each migration set (the core, each plugin) keeps its own table here, so enabling a plugin runs only its own. */
export const migrationsSchema = "polku_migrations";

export interface MigrationSet {
  /** "core" or a plugin id; names the migrations table. */
  readonly id: string;
  readonly folder: string;
}

export const coreMigrations: MigrationSet = {
  id: "core",
  folder: fileURLToPath(new URL("../migrations", import.meta.url)),
};

export const migrationsTableOf = (id: string) =>
  `${id.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_migrations`;

/** Applies the sets in order; each one is a no-op when already up to date. */
export async function migrate(polku: PolkuDb, sets: readonly MigrationSet[]): Promise<void> {
  for (const set of sets) {
    const config = {
      migrationsFolder: set.folder,
      migrationsSchema,
      migrationsTable: migrationsTableOf(set.id),
    };
    if (polku.kind === "pglite") await migratePglite(polku.db as unknown as { $client: PGlite }, set, config);
    else await migratePostgres(polku.db as unknown as PostgresJsDatabase, config);
  }
}

/**
 * drizzle's migrator, as it runs on PostgreSQL (the same table, hashes and rule: a migration runs when
 * it is newer than the newest recorded), but each migration file goes to PGlite as one script rather
 * than one query per statement: a new database's migrations take about a third less time, which is
 * every first start and every PGlite test file.
 */
async function migratePglite(
  db: { $client: PGlite },
  set: MigrationSet,
  config: { migrationsFolder: string; migrationsSchema: string; migrationsTable: string },
) {
  const pg = db.$client;
  const table = `"${config.migrationsSchema}"."${config.migrationsTable}"`;
  const migrations = readMigrationFiles(config);
  const journal = JSON.parse(readFileSync(join(set.folder, "meta", "_journal.json"), "utf8")) as {
    entries: Array<{ tag: string }>;
  };
  await pg.exec(`CREATE SCHEMA IF NOT EXISTS "${config.migrationsSchema}";
    CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
  const { rows } = await pg.query<{ created_at: string | number }>(
    `select created_at from ${table} order by created_at desc limit 1`,
  );
  const last = rows[0] === undefined ? undefined : Number(rows[0].created_at);
  const pending = migrations.flatMap((m, i) =>
    last === undefined || last < m.folderMillis ? [{ ...m, tag: journal.entries[i]?.tag }] : [],
  );
  if (pending.length === 0) return;
  await pg.transaction(async (tx) => {
    for (const migration of pending) {
      try {
        // The statements as drizzle splits them; an empty statement between two is harmless.
        await tx.exec(migration.sql.join(";\n"));
      } catch (error) {
        throw new Error(`Migration ${migration.tag} of ${set.id} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      await tx.query(`insert into ${table} ("hash", "created_at") values ($1, $2)`, [
        migration.hash,
        migration.folderMillis,
      ]);
    }
  });
}
