import { createTestDb, type TestDb } from "@polku/db/testing";
import type { AppRouter } from "@polku/trpc";
import { createTRPCClient, httpLink, TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { startPolku } from "../src/start.ts";

/**
 * A real API server on a free loopback port, on a fresh migrated and demo-seeded database
 * (PGlite in memory, or a new database on the DATABASE_URL server).
 */
export async function startTestApi(
  kind: "pglite" | "postgres",
  options: {
    secureCookies?: boolean;
    deployment?: string;
    trustProxy?: boolean;
    portalDir?: string;
    /** The notification worker runs only where a test says so: others drive delivery themselves. */
    workers?: boolean;
  } = {},
) {
  const database: TestDb = await createTestDb(kind);
  const running = await startPolku({
    deployment: options.deployment ?? "demo",
    port: 0,
    host: "127.0.0.1",
    seedDemo: true,
    secureCookies: options.secureCookies ?? false,
    trustProxy: options.trustProxy,
    portalDir: options.portalDir,
    workers: options.workers ?? false,
    database,
    logLevel: "warn",
  });
  return {
    url: running.address,
    db: database.db,
    databaseUrl: database.url,
    requestDatabaseUrl: database.requestUrl,
    deployment: running.deployment,
    close: async () => {
      await running.close();
      await database.dispose();
    },
  };
}

/**
 * A browser-like client: keeps the session cookie between calls and sends the CSRF header,
 * as the portal does. Calls go through the real tRPC client over HTTP.
 */
export function makeClient(url: string) {
  const jar = new Map<string, string>();
  const state = { csrf: "1", lastSetCookie: [] as string[] };
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(input, { ...init, headers });
    state.lastSetCookie = response.headers.getSetCookie();
    for (const line of state.lastSetCookie) {
      const [pair] = line.split(";");
      const [name, value] = (pair ?? "").split("=");
      if (!name) continue;
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const http = () =>
    httpLink({
      url: `${url}/trpc`,
      fetch: fetchWithCookies,
      methodOverride: "POST",
      headers: () => ({ "x-polku-csrf": state.csrf }),
    });
  const trpc = createTRPCClient<AppRouter>({ links: [http()] });
  /** A client typed with one plugin's router, calling it at `plugins.<id>` with the same session. */
  const plugin = <R extends AnyRouter>(id: string) => {
    const prefix: TRPCLink<R> =
      () =>
      ({ op, next }) =>
        next({ ...op, path: `plugins.${id}.${op.path}` });
    return createTRPCClient<R>({ links: [prefix, http() as unknown as TRPCLink<R>] });
  };
  return { trpc, plugin, jar, state };
}

export async function loginAs(url: string, username: string, password = "polku-demo") {
  const client = makeClient(url);
  const { csrfToken } = await client.trpc.auth.login.mutate({ username, password });
  client.state.csrf = csrfToken;
  return client;
}

/** The tRPC error code of a failed call, or "OK" when it succeeded. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCClientError)
      return (error.data as { code?: string } | undefined)?.code ?? "UNKNOWN";
    throw error;
  }
}
