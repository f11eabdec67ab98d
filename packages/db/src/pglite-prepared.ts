import {
  messages,
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
} from "@electric-sql/pglite";

const { serialize } = protocol;

/** Statements kept prepared at most; past it the least recently used is closed. */
export const MAX_PREPARED = 256;

interface Statement {
  readonly name: string;
  /** The parameters' types, as PostgreSQL inferred them when it parsed the statement. */
  readonly types: readonly number[];
}

/**
 * A transaction's statements on PGlite, each prepared once and then run with one call into the engine.
 * PGlite's own `query` sends every statement unnamed, in six calls into the engine: parse, describe,
 * bind, describe, execute and sync. So each run parses the text again, expands the row-level security
 * policies of every table it reads and plans it: on a pathway read most of the engine's time went there,
 * not into reading the rows. Here the first run of a text prepares it under a name of its own and
 * learns its parameters' types; every run binds, describes, executes and syncs in one call. The
 * values are written and the rows parsed by PGlite's own serializers and parsers, so what comes back
 * is what `query` gives.
 *
 * A prepared plan stays correct as PostgreSQL keeps it: it is planned again when the role, row
 * security or a table it uses changes. The statements are prepared through the protocol, never with
 * SQL, so polku_begin_request's check for statements SQL prepared still tells an attacker's apart; when
 * it drops them all (DEALLOCATE ALL), the next run of a kept name fails once (26000) and all are
 * forgotten, to be prepared again, as postgres.js does on PostgreSQL.
 */
export class PreparedStatements {
  readonly #pg: PGlite;
  /** By text, least recently used first (a Map keeps insertion order). */
  readonly #statements = new Map<string, Statement>();
  /** Closed with the next statement prepared: names evicted from the map. */
  #closing: string[] = [];
  #count = 0;

  constructor(pg: PGlite) {
    this.#pg = pg;
  }

  /** Runs one statement as `query(text, params, { rowMode })` would, inside the caller's transaction. */
  query<T>(text: string, params: readonly unknown[], rowMode: QueryOptions["rowMode"]): Promise<Results<T>> {
    // The same lock PGlite's own queries take: one statement at a time, in the order they were sent.
    return this.#pg.runExclusive(async () => {
      const statement = this.#statements.get(text) ?? (await this.#prepare(text, params));
      this.#statements.delete(text);
      this.#statements.set(text, statement);
      const serializers = this.#pg.serializers;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const write = serializers[statement.types[i]!];
        return write ? write(value) : String(value);
      });
      const message = concat([
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: "P" }),
        serialize.execute({}),
        serialize.sync(),
      ]);
      let replies: messages.BackendMessage[];
      try {
        replies = await this.#pg.execProtocolStream(message, { syncToFs: false });
      } catch (error) {
        this.#failed(error, text);
        throw withQuery(error, text, params);
      }
      return parse.parseResults(
        replies,
        this.#pg.parsers,
        rowMode ? { rowMode } : undefined,
      )[0] as Results<T>;
    });
  }

  async #prepare(text: string, params: readonly unknown[]): Promise<Statement> {
    const name = `polku_p${++this.#count}`;
    const closing = this.#closing.map((old) => serialize.close({ type: "S", name: old }));
    this.#closing = [];
    let replies: messages.BackendMessage[];
    try {
      replies = await this.#pg.execProtocolStream(
        concat([
          ...closing,
          serialize.parse({ name, text }),
          serialize.describe({ type: "S", name }),
          serialize.sync(),
        ]),
        { syncToFs: false },
      );
    } catch (error) {
      throw withQuery(error, text, params);
    }
    if (this.#statements.size >= MAX_PREPARED) {
      const [oldest] = this.#statements;
      if (oldest) {
        this.#statements.delete(oldest[0]);
        this.#closing.push(oldest[1].name);
      }
    }
    return { name, types: parse.parseDescribeStatementResults(replies) };
  }

  /** What a failed run says about the kept statements. */
  #failed(error: unknown, text: string) {
    const code = (error as { code?: string }).code;
    // "prepared statement does not exist": something deallocated them all.
    if (code === "26000") this.#statements.clear();
    // "cached plan must not change result type": a table changed under the statement; prepare anew.
    else if (code === "0A000") {
      const statement = this.#statements.get(text);
      this.#statements.delete(text);
      if (statement) this.#closing.push(statement.name);
    }
  }

  /** Names kept prepared (for tests). */
  get size(): number {
    return this.#statements.size;
  }
}

const concat = (parts: readonly Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
};

/** As PGlite's own query failures carry them (its makePGliteError): the text and the values. */
function withQuery(error: unknown, query: string, params: readonly unknown[]) {
  if (error instanceof messages.DatabaseError) {
    Object.assign(error, { query, params: [...params], queryOptions: undefined });
  }
  return error;
}
