import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@polku/db";
import { ensureRequestRole, testRequestRole } from "@polku/db/testing";
import postgres from "postgres";

/**
 * A new database on the DATABASE_URL server, with the owner's URL and the request connection's (a login
 * role that is only a member of polku_app, as a deployment has). `drop()` removes it.
 */
export async function benchPostgres(name: string) {
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const dbName = `polku_bench_${name}_${Date.now()}`;
  await admin.unsafe(`create database ${dbName}`);
  await ensureRequestRole(admin, testRequestRole);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${dbName}`;
  const requestUrl = new URL(url);
  requestUrl.username = testRequestRole;
  requestUrl.password = "";
  return {
    url: url.toString(),
    requestUrl: requestUrl.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
}

/**
 * A database of its own for one benchmark: a new database on the DATABASE_URL server, or PGlite in a
 * fresh directory. `dispose()` closes it and drops the PostgreSQL database.
 */
export async function benchDatabase(kind: "pglite" | "postgres", name: string) {
  if (kind === "pglite") {
    const database = await createDb({ url: "", dataDir: mkdtempSync(join(tmpdir(), `polku-${name}-`)) });
    return { database, dispose: () => database.close() };
  }
  const server = await benchPostgres(name);
  const database = await createDb({ url: server.url, requestUrl: server.requestUrl });
  return {
    database,
    dispose: async () => {
      await database.close();
      await server.drop();
    },
  };
}
