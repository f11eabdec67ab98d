import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";

/** The drizzle database both drivers give; a transaction is one too, so code takes either. */
export type Database = PgDatabase<PgQueryResultHKT>;

export interface PolkuDb {
  readonly kind: "pglite" | "postgres";
  readonly db: Database;
  /** Closes the pool or the embedded instance. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** A PostgreSQL URL; defaults to DATABASE_URL. When neither is set, PGlite is used. */
  readonly url?: string | undefined;
  /** PGlite data directory; "memory" keeps the database in memory (tests). */
  readonly dataDir?: string | undefined;
  /** postgres.js pool size. Keep concurrency at or below it: its queue slows down when overrun. */
  readonly poolSize?: number;
}

/** Under the directory the command was started from (pnpm's INIT_CWD), so `pnpm start` keeps it at the root. */
export const defaultDataDir = () =>
  resolve(
    process.env.POLKU_DATA_DIR ?? resolve(process.env.INIT_CWD ?? process.cwd(), ".polku-data"),
    "pglite",
  );

/**
 * Opens the database: postgres.js when a URL is given (or DATABASE_URL is set), otherwise the
 * embedded PGlite with its data on disk under the working directory, so a restart keeps it.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<PolkuDb> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connection: { application_name: "polku" },
    });
    return {
      kind: "postgres",
      db: drizzlePostgres(client) as unknown as Database,
      close: () => client.end(),
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir === "memory" ? undefined : dataDir);
  return { kind: "pglite", db: drizzlePglite(client) as unknown as Database, close: () => client.close() };
}

/** drizzle's `execute` returns `{ rows }` on PGlite and an array on postgres.js. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
