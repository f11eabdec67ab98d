import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite, type QueryOptions, types } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { PreparedStatements } from "./pglite-prepared.ts";
import { beginPipelined } from "./pipelined-begin.ts";

/** The drizzle database both drivers give; a transaction is one too, so code takes either. */
export type Database = PgDatabase<PgQueryResultHKT>;

export interface PolkuDb {
  readonly kind: "pglite" | "postgres";
  /**
   * The owner's connection: migrations, demo seeding and the host's own account checks (login lookups,
   * the login limit). It bypasses row-level security, so no procedure ever receives it.
   */
  readonly db: Database;
  /**
   * The connection requests are served over. On PostgreSQL its login role is neither the owner nor a
   * superuser, so SQL that reaches it cannot `RESET ROLE` past the policies. PGlite has one connection:
   * there it is the same as `db`, and the `SET LOCAL ROLE polku_app` of each request is the wall.
   */
  readonly requestDb: Database;
  /**
   * PGlite itself, its queries its own (every statement sent unnamed): what drizzle gets is `forDrizzle`'s
   * view of it. For the read benchmark's baseline, which runs on the driver as it comes.
   */
  readonly embedded?: PGlite;
  /** Closes the pools or the embedded instance. */
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** A PostgreSQL URL of the owner; defaults to DATABASE_URL. When neither is set, PGlite is used. */
  readonly url?: string | undefined;
  /**
   * The PostgreSQL URL requests use (a login role that is a member of polku_app and nothing more);
   * defaults to POLKU_APP_DATABASE_URL. Required on PostgreSQL.
   */
  readonly requestUrl?: string | undefined;
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
    const requestUrl = options.requestUrl ?? process.env.POLKU_APP_DATABASE_URL;
    if (!requestUrl) throw new MissingRequestUrl();
    // The owner's pool serves migrations, seeding and logins only: a few connections are plenty.
    const owner = postgres(url, {
      max: 3,
      onnotice: () => {},
      connection: { application_name: "polku-owner" },
    });
    const requests = postgres(requestUrl, {
      max: options.poolSize ?? 10,
      // A connection serves many people in turn: what SQL that reached it might leave there (see
      // polku_begin_request) lasts at most this long, in seconds.
      max_lifetime: 120,
      onnotice: () => {},
      connection: { application_name: "polku" },
    });
    return {
      kind: "postgres",
      db: drizzlePostgres(owner) as unknown as Database,
      requestDb: drizzlePostgres(preparing(requests)) as unknown as Database,
      close: async () => {
        await Promise.all([requests.end(), owner.end()]);
      },
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir === "memory" ? undefined : dataDir, {
    parsers: DRIZZLE_PARSERS,
  });
  const db = drizzlePglite(forDrizzle(client, new PreparedStatements(client))) as unknown as Database;
  return { kind: "pglite", db, requestDb: db, embedded: client, close: () => client.close() };
}

/**
 * The parsers drizzle's PGlite driver passes with every query: dates, times and intervals (and their
 * arrays) stay PostgreSQL's text, which drizzle's columns then map. PGlite copies its whole table of
 * parsers into a new object for each query that brings its own, about a tenth of a pathway read's time
 * on PGlite. So the instance has them from the start and the queries drop theirs (forDrizzle):
 * every query parses as before.
 */
const keepText = (value: string) => value;
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
    (type) => [type, keepText],
  ),
);

interface Queryable {
  query(text: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  transaction?(work: (tx: Queryable) => Promise<unknown>): Promise<unknown>;
  readonly closed?: boolean;
}

/**
 * PGlite as drizzle gets it: queries leave out their own parsers (see DRIZZLE_PARSERS), and a
 * transaction's statements are prepared once and run in one call into the engine each (see
 * PreparedStatements). Statements outside a transaction stay PGlite's own (it syncs the files after
 * each), as does a request's first statement (marked UNNAMED: it carries the session's token hash) and
 * a query with options beyond the row mode (a blob, serializers of its own).
 */
function forDrizzle<T extends Queryable>(client: T, prepared: PreparedStatements, inTransaction = false): T {
  return new Proxy(client, {
    get(target, property) {
      if (property === "query") {
        return (text: string, params: unknown[] = [], options?: QueryOptions) => {
          if (inTransaction && preparable(text, options)) {
            if (target.closed) throw new Error("Transaction is closed");
            return prepared.query(text, params, options?.rowMode);
          }
          return target.query(text, params, options && { ...options, parsers: undefined });
        };
      }
      if (property === "transaction" && target.transaction) {
        return (work: (tx: Queryable) => Promise<unknown>) =>
          target.transaction!((tx) => work(forDrizzle(tx, prepared, true)));
      }
      const value = Reflect.get(target, property, target);
      // PGlite's methods use its private state: they run on the instance, not on this proxy.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const preparable = (text: string, options: QueryOptions | undefined) =>
  !text.startsWith(UNNAMED) &&
  (!options || Object.keys(options).every((key) => key === "rowMode" || key === "parsers"));

/** Marks a statement the request pool sends unnamed instead of preparing it. */
export const UNNAMED = "/* polku:unnamed */";

/**
 * postgres.js with every statement prepared. drizzle asks for unprepared statements unless a query is
 * named, and postgres.js then describes each parameterised statement first and waits for the reply: two
 * round trips per statement, and a parse and plan on the server each time. Requests run a small, fixed
 * set of statements, so each connection prepares each once (a connection ends within an hour, which
 * bounds the cache). Only the request pool: migrations may send several statements in one. A request's
 * first statement (marked UNNAMED) is not prepared: it carries the session's token hash. A transaction
 * sends BEGIN with its first statement (see beginPipelined).
 */
function preparing(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, params?: unknown[], options?: object) =>
          target.unsafe(query, params as never, { ...options, prepare: !query.startsWith(UNNAMED) });
      }
      if (property === "begin") {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.Sql) => unknown;
          // A pool's transaction without options (drizzle sets them with a statement of their own).
          if (args.length === 0 && "reserve" in target) return beginPipelined(target, work, preparing);
          return (target.begin as (...a: unknown[]) => unknown).call(target, ...args, (tx: postgres.Sql) =>
            work(preparing(tx)),
          );
        };
      }
      if (property === "savepoint") {
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.Sql) => unknown;
          const savepoint = (target as unknown as { savepoint: (...a: unknown[]) => unknown }).savepoint;
          return savepoint.call(target, ...args, (tx: postgres.Sql) => work(preparing(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** A setting that stops start-up: the message names it and says what to do. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
}

/** PostgreSQL without the request connection's URL: the owner's would bypass row-level security. */
export class MissingRequestUrl extends ConfigurationError {
  constructor() {
    super(
      "POLKU_APP_DATABASE_URL is not set. On PostgreSQL, requests use their own login role (a member of " +
        "polku_app, neither the owner nor a superuser); DATABASE_URL is the owner's, for migrations only. " +
        "See the README's PostgreSQL section.",
    );
  }
}

/** drizzle's `execute` returns `{ rows }` on PGlite and an array on postgres.js. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
