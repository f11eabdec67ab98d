import {
  type CreateDbOptions,
  checkRequestRole,
  createDb,
  DEMO_PASSWORD,
  migrate,
  type PolkuDb,
  seedDemoRegion,
} from "@polku/db";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import type { SettingsValues } from "@polku/plugin-sdk/settings";
import { createAccounts, hashPassword, pruneLoginAttempts, pruneSessions } from "@polku/trpc";
import { composeDeployment } from "./deployment/compose.ts";
import { registerGrantScopes } from "./deployment/grant-scopes.ts";
import { type DeploymentSource, loadDeployment } from "./deployment/load.ts";
import { CORE_SETTINGS, readPluginSettings } from "./deployment/settings.ts";
import type { coreSettings } from "./notifications/settings.ts";
import { startNotificationWorker } from "./notifications/worker.ts";
import { ensureJobRoles } from "./scheduler/roles.ts";
import { createScheduler, registerJobs } from "./scheduler/scheduler.ts";
import { createServer } from "./server.ts";

export interface StartOptions {
  /** A deployment name (`deployments/<name>.json`), a path to a deployment file, or its contents (tests). */
  readonly deployment: DeploymentSource;
  /** Where plugins are looked for; the workspace's plugins/ by default. */
  readonly pluginsDir?: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly portalDir?: string | undefined;
  readonly seedDemo: boolean;
  readonly secureCookies: boolean;
  /** Where the data lives; ignored when `database` is given. */
  readonly db?: CreateDbOptions;
  /** An open database to use (tests); it is not closed by `close()`. */
  readonly database?: PolkuDb;
  readonly logLevel?: string;
  readonly trustProxy?: boolean | string | number;
  /** Start the notification worker (default true); tests that drive delivery themselves say false. */
  readonly workers?: boolean;
  /** Run the plugins' scheduled jobs (default true); tests that run them themselves say false. */
  readonly jobs?: boolean;
  /** How often this process looks for due jobs (30 seconds by default). */
  readonly jobPollMs?: number;
  /** Where plugins' settings not in the deployment file come from (the process's environment by default). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Opens the database, migrates, seeds the demo on first start, composes the router and listens. */
export async function startPolku(options: StartOptions) {
  // The deployment is checked before anything opens: a broken plugin stops start-up at once.
  const loaded = await loadDeployment(options.deployment, { pluginsDir: options.pluginsDir });
  const settings = readPluginSettings(loaded, options.env ?? process.env);
  for (const plugin of loaded.plugins as readonly ServerPlugin[]) {
    plugin.configure?.(settings.get(plugin.manifest.id) ?? {});
  }
  const deployment = composeDeployment(loaded);
  const polku = options.database ?? (await createDb(options.db));
  // Each set is tracked on its own: enabling a plugin later runs only that plugin's migrations.
  await migrate(polku, deployment.migrationSets);
  await registerGrantScopes(polku.db, deployment.plugins);
  // On PostgreSQL, requests must not be able to step past row-level security: refuse a login role
  // that could (a superuser, the owner, one that can create roles).
  await checkRequestRole(polku);
  // Each plugin's jobs run as its own job role, which reaches only its schema (scheduler/roles.ts).
  await ensureJobRoles(polku, deployment.plugins);
  await registerJobs(polku.db, deployment.jobs);
  // Housekeeping: sessions and login attempts that ended over a day ago are of no further use.
  await pruneSessions(polku.db);
  await pruneLoginAttempts(polku.db);
  const { stepKinds, authority, router, events, notifications, publicRoutes, errorText } = deployment;
  const app = await createServer({
    // Requests get the request connection; only logging in reaches the owner's, through `accounts`.
    services: {
      db: polku.requestDb,
      accounts: createAccounts(polku.db),
      authority,
      stepKinds,
      events,
      notifications,
      errorText,
    },
    router,
    publicRoutes,
    ownerDb: polku.db,
    portalDir: options.portalDir,
    secureCookies: options.secureCookies,
    logLevel: options.logLevel,
    trustProxy: options.trustProxy,
  });
  if (options.seedDemo) {
    const seeded = await seedDemoRegion(polku.db, () => hashPassword(DEMO_PASSWORD));
    if (seeded) app.log.info({ students: seeded.students.length }, "demo region seeded");
    for (const plugin of deployment.plugins) await plugin.seed?.({ db: polku.db });
  }
  const address = await app.listen({ port: options.port, host: options.host });
  app.log.info({ address, database: polku.kind }, "polku is listening");
  const workers =
    options.workers === false
      ? []
      : [
          startNotificationWorker({
            db: polku.db,
            log: app.log,
            templates: notifications,
            settings: settings.get(CORE_SETTINGS) as SettingsValues<typeof coreSettings>,
          }),
        ];
  const scheduler = createScheduler({
    polku,
    jobs: options.jobs === false ? [] : deployment.jobs,
    settings: (id) => settings.get(id) ?? {},
    log: app.log,
  }).start(options.jobPollMs);
  return {
    app,
    deployment,
    db: polku,
    address,
    close: async () => {
      await Promise.all([...workers.map((w) => w.stop()), scheduler.stop()]);
      await app.close();
      if (!options.database) await polku.close();
    },
  };
}
