import type { Query, SQL } from "drizzle-orm";
import {
  PgDatabase,
  PgDialect,
  type PgQueryResultHKT,
  PgSession,
  type SelectedFieldsOrdered,
} from "drizzle-orm/pg-core";
import type { Database } from "./client.ts";

/**
 * Statements built once and run on any transaction. drizzle builds a query's SQL text anew on every
 * call (the builder, then rendering it, checking every chunk's class on the way): on the request path
 * that was about a fifth of the API's CPU per read, more than the driver's own work. A prebuilt
 * statement takes its values from `sql.placeholder(name)`; each run only fills them in and hands the
 * text to the transaction's own session, which maps the rows as drizzle always does. The text and the
 * parameters are the same as the builder's, so the driver prepares it the same way.
 */

const dialect = new PgDialect();

/** What drizzle hands a session when a builder prepares itself: the text, and how to map the rows. */
interface Recorded {
  readonly query: Query;
  readonly fields: SelectedFieldsOrdered | undefined;
  readonly joinsNotNullableMap: Record<string, boolean> | undefined;
}

/**
 * A session that runs nothing: it keeps what the builder's `prepare()` gives it. drizzle's select
 * builder sets `joinsNotNullableMap` (which left-joined tables may come back as null) on the prepared
 * query it receives, so the recording is that object too.
 */
class RecordingSession extends PgSession<PgQueryResultHKT> {
  recorded:
    | {
        query: Query;
        fields: SelectedFieldsOrdered | undefined;
        joinsNotNullableMap?: Record<string, boolean>;
      }
    | undefined;

  prepareQuery(query: Query, fields: SelectedFieldsOrdered | undefined): never {
    const recorded = { query, fields, setToken: () => recorded };
    this.recorded = recorded;
    return recorded as never;
  }

  transaction(): never {
    throw new Error("A prebuilt statement has no transaction of its own.");
  }
}

type Values = Record<string, unknown>;

/** Runs what was recorded on the transaction's session: rows mapped by `fields`, or the driver's result. */
function run(tx: Database, recorded: Recorded, values: Values) {
  const prepared = tx._.session.prepareQuery(
    recorded.query,
    recorded.fields,
    undefined,
    recorded.fields !== undefined,
  );
  // As drizzle's own select does before executing (see RecordingSession).
  (prepared as unknown as { joinsNotNullableMap?: Record<string, boolean> }).joinsNotNullableMap =
    recorded.joinsNotNullableMap;
  return prepared.execute(values);
}

/**
 * A select built once: `build` gets a database that records instead of running, and returns the
 * builder (its values as placeholders). The result runs it on a transaction with the placeholders'
 * values and gives the rows as the builder would.
 */
export function prebuiltSelect<TRow>(
  build: (db: Database) => PromiseLike<TRow[]> & { prepare(name?: string): unknown },
): (tx: Database, values: Values) => Promise<TRow[]> {
  const session = new RecordingSession(dialect);
  build(new PgDatabase(dialect, session, undefined) as unknown as Database).prepare();
  const recorded = session.recorded;
  if (!recorded) throw new Error("The builder did not prepare a query.");
  const once: Recorded = {
    query: recorded.query,
    fields: recorded.fields,
    joinsNotNullableMap: recorded.joinsNotNullableMap,
  };
  return (tx, values) => run(tx, once, values) as Promise<TRow[]>;
}

/**
 * An `sql` statement rendered once (its values as placeholders); the result runs it on a transaction
 * and gives what `tx.execute` would (rows on postgres.js, `{ rows }` on PGlite: see rowsOf).
 */
export function prebuiltSql(statement: SQL): (tx: Database, values: Values) => Promise<unknown> {
  const { sql, params } = dialect.sqlToQuery(statement);
  const once: Recorded = { query: { sql, params }, fields: undefined, joinsNotNullableMap: undefined };
  return (tx, values) => run(tx, once, values);
}
