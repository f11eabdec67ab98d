import { fileURLToPath } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
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
    if (polku.kind === "pglite") await migratePglite(polku.db as unknown as PgliteDatabase, config);
    else await migratePostgres(polku.db as unknown as PostgresJsDatabase, config);
  }
}
