import {
  type CreateDbOptions,
  coreMigrations,
  createDb,
  DEMO_PASSWORD,
  migrate,
  type PolkuDb,
  seedDemoRegion,
} from "@polku/db";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import { composeRouter, corePermissions, hashPassword, makeAuthority, runDomain } from "@polku/trpc";
import { createServer } from "./server.ts";

export interface StartOptions {
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
}

/** The deployment's parts: step kinds, permissions and the router of the core and its plugins. */
export function composeDemoDeployment() {
  const stepKinds = runDomain(makeStepKindRegistry(coreStepKinds));
  const authority = makeAuthority(corePermissions);
  const router = composeRouter({});
  return { stepKinds, authority, router };
}

/** Opens the database, migrates, seeds the demo on first start, composes the router and listens. */
export async function startPolku(options: StartOptions) {
  const polku = options.database ?? (await createDb(options.db));
  await migrate(polku, [coreMigrations]);
  const { stepKinds, authority, router } = composeDemoDeployment();
  const app = await createServer({
    services: { db: polku.db, authority, stepKinds },
    router,
    portalDir: options.portalDir,
    secureCookies: options.secureCookies,
    logLevel: options.logLevel,
  });
  if (options.seedDemo) {
    const seeded = await seedDemoRegion(polku.db, await hashPassword(DEMO_PASSWORD));
    if (seeded) app.log.info({ students: seeded.students.length }, "demo region seeded");
  }
  const address = await app.listen({ port: options.port, host: options.host });
  app.log.info({ address, database: polku.kind }, "polku is listening");
  return {
    app,
    db: polku,
    address,
    close: async () => {
      await app.close();
      if (!options.database) await polku.close();
    },
  };
}
