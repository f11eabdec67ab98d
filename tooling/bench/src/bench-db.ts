import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@polku/db";
import postgres from "postgres";

/**
 * A database of its own for one benchmark: a new database on the DATABASE_URL server, or PGlite in a
 * fresh directory. `dispose()` closes it and drops the PostgreSQL database.
 */
export async function benchDatabase(kind: "pglite" | "postgres", name: string) {
  if (kind === "pglite") {
    const database = await createDb({ url: "", dataDir: mkdtempSync(join(tmpdir(), `polku-${name}-`)) });
    return { database, dispose: () => database.close() };
  }
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const dbName = `polku_bench_${name}_${Date.now()}`;
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${dbName}`;
  const database = await createDb({ url: url.toString() });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
}
