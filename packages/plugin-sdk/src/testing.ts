/**
 * `@polku/plugin-sdk/testing`: what the core's own API tests use, for a plugin's tests. Start a real
 * API (the host, a real Fastify server on a loopback port) with the given plugins on a fresh, migrated
 * and demo-seeded database (PGlite in memory, or a new database on the DATABASE_URL server), log in as
 * a demo person, and call it through the real tRPC client over HTTP, typed with the core's AppRouter
 * and with the plugin's own router:
 *
 * ```ts
 * describe.each(testDatabases())("entries on $kind", ({ kind }) => {
 *   let api: TestApi;
 *   beforeAll(async () => { api = await startTestApi(kind, { plugins: ["kainuu-mentoring"] }); });
 *   afterAll(() => api.close());
 *   it("adds an entry", async () => {
 *     const tutor = await loginAs(api.url, "omaohjaaja");
 *     const [student] = await tutor.trpc.students.list.query({ limit: 1 });
 *     await tutor.plugin<MentoringRouter>("kainuu-mentoring").add.mutate({ ... });
 *   });
 * });
 * ```
 *
 * Where the host comes from. The host (`@polku/host`) depends on this SDK, so the SDK cannot depend on
 * the host, not even as a devDependency: turbo refuses a cycle in the workspace's package graph, and a
 * published SDK would drag the whole server into every plugin's install. Instead the plugin under test
 * lists `@polku/host` as a devDependency, and this module finds it at run time from the plugin's own
 * package: `createRequire` at the directory the tests run in (`process.cwd()`: turbo, `pnpm --filter`
 * and `pnpm test` run vitest in the package's folder), resolving `@polku/host/testing-host`. The host's
 * core tests run from packages/host, where the same lookup finds the host by its own name. The contract
 * between the two is the `TestingHost` interface below: the host's `testing-host` module is typed with
 * it, so a change on either side fails the type check rather than a test.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Database, MigrationSet } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import type { AppRouter, Authority } from "@polku/trpc";
import { createTRPCClient, httpLink, TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import type { DeploymentConfig } from "./manifest.ts";
import type { ServerPlugin } from "./server.ts";

export { rowsOf, schema } from "@polku/db";
export { type ActorScope, inScope, type TestDb, testDatabases } from "@polku/db/testing";

/** The databases a test runs on: `describe.each(testDatabases())` gives PGlite, and PostgreSQL with DATABASE_URL. */
export type TestDatabaseKind = "pglite" | "postgres";

/** The deployment a test API runs: a deployment file's contents, or a file's name or path. */
export type TestDeployment = string | DeploymentConfig;

/** How the core's notification worker retries (see the README's "Email"). */
export interface TestRetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxAttempts: number;
}

/** What one round of the core's notification delivery did. */
export interface TestDeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
  readonly noEmail: number;
  readonly inboxOnly: number;
}

/** The core's notification delivery, driven by a test at the instants it chooses. */
export interface TestNotificationDelivery {
  /** Takes the notifications due at `now` for this worker (a lease), as a worker's first step. */
  claim(now: Date): Promise<readonly unknown[]>;
  /** One full round at `now`: claim, send, record each outcome. */
  runOnce(now: Date): Promise<TestDeliveryRound>;
}

export interface TestDeliveryOptions {
  /** The mail server; null delivers to the portal inbox only. */
  readonly smtpUrl: string | null;
  readonly retry?: TestRetryPolicy;
  /** The jitter's source (0.5: none). */
  readonly random?: () => number;
}

/** What the host's `testing-host` module gives this harness (the contract; see the top of this file). */
export interface TestingHost {
  start(options: {
    readonly deployment: TestDeployment;
    readonly database: TestDb;
    readonly pluginsDir?: string | undefined;
    readonly secureCookies: boolean;
    readonly trustProxy?: boolean | undefined;
    readonly portalDir?: string | undefined;
    readonly workers: boolean;
    readonly jobs: boolean;
    readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  }): Promise<{
    readonly address: string;
    readonly deployment: HostDeployment;
    delivery(options: TestDeliveryOptions): TestNotificationDelivery;
    close(): Promise<void>;
  }>;
  /** The migrations of a deployment: the core's, then each plugin's, in the order start-up runs them. */
  migrationSets(deployment: TestDeployment, pluginsDir?: string): Promise<readonly MigrationSet[]>;
  /** One delivery round in a process of its own (for tests that kill it), on an existing database. */
  deliverOnce(options: {
    readonly deployment: TestDeployment;
    readonly pluginsDir?: string | undefined;
    readonly databaseUrl: string;
    readonly smtpUrl: string;
    readonly now: Date;
  }): Promise<TestDeliveryRound>;
}

/** The composed deployment a test API serves: its router, its permissions and its plugins. */
export interface HostDeployment {
  readonly router: AnyRouter;
  readonly authority: Authority;
  readonly plugins: readonly ServerPlugin[];
}

let hostModule: Promise<TestingHost> | undefined;

/** The host, from the package the tests run in (see the top of this file). */
function testingHost(): Promise<TestingHost> {
  hostModule ??= (async () => {
    const from = createRequire(join(process.cwd(), "package.json"));
    let file: string;
    try {
      file = from.resolve("@polku/host/testing-host");
    } catch {
      throw new Error(
        `@polku/plugin-sdk/testing starts the host, @polku/host, which ${process.cwd()} does not have: ` +
          `add "@polku/host": "workspace:*" to the devDependencies of the package whose tests these are, ` +
          "and run them from that package's folder.",
      );
    }
    const module = (await import(pathToFileURL(file).href)) as { testingHost: TestingHost };
    return module.testingHost;
  })();
  return hostModule;
}

export interface TestApiOptions {
  /**
   * The plugins to run, by id: a deployment of these plugins and the core (and the plugins'
   * settings, as a deployment file has them). Takes precedence over `deployment`.
   */
  readonly plugins?: readonly string[];
  readonly settings?: DeploymentConfig["settings"];
  /** A deployment by name (`deployments/<name>.json`) or path; "demo" by default. */
  readonly deployment?: string;
  /**
   * The folder the plugins are looked for in. By default the host's (the workspace's plugins/), or,
   * when the tests run in a plugin's own package that the deployment lists, the folder that package
   * is in: so a plugin tests itself wherever its folder is (one the generator just made, say).
   */
  readonly pluginsDir?: string;
  readonly secureCookies?: boolean;
  readonly trustProxy?: boolean;
  /** The built portal to serve, if the test wants it. */
  readonly portalDir?: string;
  /** The notification worker runs only where a test says so: others drive delivery themselves. */
  readonly workers?: boolean;
  /** The plugins' scheduled jobs run as in production unless a test says false. */
  readonly jobs?: boolean;
  /** Where settings not in the deployment come from (the process's environment by default). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface TestApi {
  /** The server's address, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The owner's connection: to look at rows as they are, past row-level security. */
  readonly db: Database;
  /** On PostgreSQL, the test database's owner and request connection strings (for a second process). */
  readonly databaseUrl: string | undefined;
  readonly requestDatabaseUrl: string | undefined;
  readonly deployment: HostDeployment;
  /** The core's notification delivery on this API's database, driven by the test. */
  delivery(options: TestDeliveryOptions): TestNotificationDelivery;
  /** Stops the server and drops the database. */
  close(): Promise<void>;
}

/** The folder holding the package the tests run in, when that package is a plugin the tests run. */
function pluginsDirOf(options: TestApiOptions): string | undefined {
  if (options.pluginsDir) return options.pluginsDir;
  const here = process.cwd();
  const packageJson = join(here, "package.json");
  if (!existsSync(packageJson)) return undefined;
  const { name } = JSON.parse(readFileSync(packageJson, "utf8")) as { name?: string };
  const id = basename(here);
  return name === `@polku/plugin-${id}` && options.plugins?.includes(id) ? dirname(here) : undefined;
}

function deploymentOf(options: TestApiOptions): TestDeployment {
  if (options.plugins) {
    return { region: "test", plugins: [...options.plugins], settings: options.settings ?? {} };
  }
  return options.deployment ?? "demo";
}

/**
 * A real API server on a free loopback port, on a fresh migrated and demo-seeded database
 * (PGlite in memory, or a new database on the DATABASE_URL server).
 */
export async function startTestApi(kind: TestDatabaseKind, options: TestApiOptions = {}): Promise<TestApi> {
  const host = await testingHost();
  const database = await createTestDb(kind);
  try {
    const running = await host.start({
      deployment: deploymentOf(options),
      database,
      pluginsDir: pluginsDirOf(options),
      secureCookies: options.secureCookies ?? false,
      trustProxy: options.trustProxy,
      portalDir: options.portalDir,
      workers: options.workers ?? false,
      jobs: options.jobs ?? true,
      env: options.env,
    });
    return {
      url: running.address,
      db: database.db,
      databaseUrl: database.url,
      requestDatabaseUrl: database.requestUrl,
      deployment: running.deployment,
      delivery: (delivery) => running.delivery(delivery),
      close: async () => {
        await running.close();
        await database.dispose();
      },
    };
  } catch (error) {
    await database.dispose();
    throw error;
  }
}

/**
 * A fresh database for one test file with the core's and the given plugins' migrations and nothing
 * else (no API, no demo data): for tests that talk SQL as the application role (`inScope`). Dispose of it.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
  options: Pick<TestApiOptions, "plugins" | "deployment" | "pluginsDir"> = {},
): Promise<TestDb> {
  const host = await testingHost();
  return createTestDb(kind, await host.migrationSets(deploymentOf(options), pluginsDirOf(options)));
}

/**
 * One round of the core's notification delivery against a database another process made (a test
 * API's `databaseUrl`), at the instant `now`: for a test that runs the worker in a child process and
 * kills it mid-delivery. The deployment names the plugins whose notification templates it knows.
 */
export async function deliverNotificationsOnce(options: {
  readonly plugins?: readonly string[];
  readonly deployment?: string;
  readonly pluginsDir?: string;
  readonly databaseUrl: string;
  readonly smtpUrl: string;
  readonly now: Date;
}): Promise<TestDeliveryRound> {
  const host = await testingHost();
  const { databaseUrl, smtpUrl, now } = options;
  return host.deliverOnce({
    deployment: deploymentOf(options),
    pluginsDir: pluginsDirOf(options),
    databaseUrl,
    smtpUrl,
    now,
  });
}

/** A client of the test API as `makeClient` and `loginAs` give it. */
export type TestClient = ReturnType<typeof makeClient>;

/**
 * A browser-like client: keeps the session cookie between calls and sends the CSRF header,
 * as the portal does. Calls go through the real tRPC client over HTTP.
 */
export function makeClient(url: string) {
  const jar = new Map<string, string>();
  // `language`: what the client asks failures to be said in (Accept-Language), as the portal does.
  const state = { csrf: "1", lastSetCookie: [] as string[], language: undefined as string | undefined };
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
      headers: () => ({
        "x-polku-csrf": state.csrf,
        ...(state.language ? { "accept-language": state.language } : {}),
      }),
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

/** Logs in as a demo person (`omaohjaaja`, `opettaja`, `opiskelija`, ...; see the README's demo users). */
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

/**
 * The messages under a plugin's sources that lack a Finnish or Swedish translation, and translations of
 * messages it no longer raises (expect none of either).
 */
export { untranslatedMessages, unusedTranslations } from "@polku/trpc/error-text-coverage";
export { TRPCClientError };
