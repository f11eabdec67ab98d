import type postgres from "postgres";

/** A reserved connection's statements, as a transaction's work sees them (see `transactionOn`). */
type Statements = Pick<postgres.Sql, "unsafe">;

/**
 * `sql.begin(work)` with BEGIN sent in the same write as the transaction's first statement.
 * postgres.js's own begin() waits for BEGIN's reply before it calls `work`: on every request a round
 * trip of its own, with a socket write and a wake-up of the server, for a reply that says nothing.
 * Here `work` runs at once on a reserved connection, and the transaction ends as begin()'s does: COMMIT
 * when `work` succeeded and none of its statements failed (awaited or not), otherwise ROLLBACK and the
 * first error. BEGIN itself fails only when the connection does, or was left in a failed transaction:
 * then every statement after it fails too, and nothing commits.
 *
 * `wrap` gives `work` the connection as the pool's own transactions have it (see client.ts), with
 * `savepoint` for drizzle's nested transactions.
 */
export async function beginPipelined<T>(
  pool: postgres.Sql,
  work: (tx: postgres.Sql) => T | Promise<T>,
  wrap: (statements: postgres.Sql) => postgres.Sql,
): Promise<T> {
  const gate = gateOf(pool);
  await gate.enter();
  let connection: postgres.ReservedSql;
  try {
    connection = await pool.reserve();
  } catch (error) {
    gate.leave();
    throw error;
  }
  try {
    // BEGIN goes out now; `work`'s first statement joins it in the same write (postgres.js writes what
    // a tick queued at once). Its failure is seen once `work` is done (and is not left unhandled).
    // Isolation and READ WRITE said outright: a request's SQL may have left `default_transaction_read_only`
    // or `default_transaction_isolation` set for the connection, and polku_begin_request puts the
    // defaults back only for the transactions after this one.
    const begun = connection.unsafe("begin isolation level read committed read write");
    begun.catch(() => {});
    const result = await scoped(connection, work, wrap, async (failure) => {
      await begun;
      if (failure) throw failure.error;
    });
    await connection.unsafe("commit");
    return result;
  } catch (error) {
    // A broken connection cannot roll back; it is closed and replaced by the pool.
    await connection.unsafe("rollback").catch(() => {});
    throw error;
  } finally {
    connection.release();
    gate.leave();
  }
}

/**
 * At most as many reserves at once as the pool has connections, the rest waiting here in turn.
 * postgres.js 3.4.9 loses a reserve() waiting in its own queue when a connection closes meanwhile (its
 * onclose hands the first waiting query to the reconnect, which drops a reserve: the promise never
 * settles, and the request never answers; upstream issue 1195). Waiting here instead, a reserve reaches
 * postgres.js only when a connection is free for it.
 */
class Gate {
  private inside = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}

  enter(): Promise<void> {
    if (this.inside < this.size) {
      this.inside += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    // The place passes straight to the next in line; otherwise it is free.
    if (next) next();
    else this.inside -= 1;
  }
}

const gates = new WeakMap<postgres.Sql, Gate>();
const gateOf = (pool: postgres.Sql) => {
  let gate = gates.get(pool);
  if (!gate) {
    gate = new Gate(Math.max(1, Number(pool.options.max) || 1));
    gates.set(pool, gate);
  }
  return gate;
};

let savepoints = 0;

/**
 * Runs `work` with statements that note their first failure; `settle` sees it once `work` has
 * succeeded. A savepoint is a scope of its own, as in postgres.js: what failed inside it and was rolled
 * back to it is not the transaction's failure.
 */
async function scoped<T>(
  connection: Statements,
  work: (tx: postgres.Sql) => T | Promise<T>,
  wrap: (statements: postgres.Sql) => postgres.Sql,
  settle: (failure: { error: unknown } | undefined) => Promise<void>,
): Promise<T> {
  let failure: { error: unknown } | undefined;
  const note = (error: unknown) => {
    failure ??= { error };
  };
  const statements = {
    unsafe: (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) => {
      const pending = connection.unsafe(query, params as never, options);
      // Attaching the handler also starts the statement, as awaiting it would; drizzle's `.values()`
      // right after still applies (postgres.js hands it to the connection a microtask later).
      pending.catch(note);
      return pending;
    },
    savepoint: async <R>(nested: (tx: postgres.Sql) => R | Promise<R>) => {
      const name = `polku_s${++savepoints}`;
      await statements.unsafe(`savepoint ${name}`);
      try {
        // Straight on the connection: what fails in the savepoint is the savepoint's (wrapped already
        // by the caller's savepoint, see client.ts).
        const result = await scoped(
          connection,
          nested,
          (tx) => tx,
          async (inner) => {
            if (inner) throw inner.error;
          },
        );
        await statements.unsafe(`release savepoint ${name}`);
        return result;
      } catch (error) {
        await connection.unsafe(`rollback to savepoint ${name}`);
        throw error;
      }
    },
  };
  const result = await work(wrap(statements as unknown as postgres.Sql));
  await settle(failure);
  return result;
}
