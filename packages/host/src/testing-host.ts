/**
 * The host as `@polku/plugin-sdk/testing` starts it: the SDK finds this module at run time from the
 * package whose tests run (the SDK cannot depend on the host, which depends on the SDK; see the top of
 * packages/plugin-sdk/src/testing.ts). Typed with the SDK's `TestingHost`, so the two cannot drift.
 */
import { createDb } from "@polku/db";
import type { TestingHost } from "@polku/plugin-sdk/testing";
import nodemailer from "nodemailer";
import { composeDeployment } from "./deployment/compose.ts";
import { loadDeployment } from "./deployment/load.ts";
import { createNotificationDelivery } from "./notifications/delivery.ts";
import { startPolku } from "./start.ts";

const quiet = { info() {}, warn() {}, error() {} };

export const testingHost: TestingHost = {
  async start(options) {
    const running = await startPolku({
      deployment: options.deployment,
      pluginsDir: options.pluginsDir,
      port: 0,
      host: "127.0.0.1",
      seedDemo: true,
      secureCookies: options.secureCookies,
      trustProxy: options.trustProxy,
      portalDir: options.portalDir,
      workers: options.workers,
      jobs: options.jobs,
      env: options.env,
      database: options.database,
      logLevel: "warn",
    });
    return {
      address: running.address,
      deployment: running.deployment,
      // The worker's own code, on the owner's connection as the worker runs it.
      delivery: ({ smtpUrl, retry, random }) =>
        createNotificationDelivery({
          db: options.database.db,
          log: quiet,
          templates: running.deployment.notifications,
          transport: smtpUrl ? nodemailer.createTransport({ url: smtpUrl }) : null,
          from: "Polku <noreply@polku.invalid>",
          messageIdDomain: "polku.invalid",
          portalUrl: "https://polku.invalid",
          retry,
          random,
        }),
      close: () => running.close(),
    };
  },

  async migrationSets(deployment, pluginsDir) {
    return composeDeployment(await loadDeployment(deployment, { pluginsDir })).migrationSets;
  },

  async deliverOnce({ deployment, pluginsDir, databaseUrl, smtpUrl, now }) {
    const { notifications } = composeDeployment(await loadDeployment(deployment, { pluginsDir }));
    const polku = await createDb({ url: databaseUrl, poolSize: 2 });
    try {
      return await createNotificationDelivery({
        db: polku.db,
        log: quiet,
        templates: notifications,
        transport: nodemailer.createTransport({ url: smtpUrl }),
        from: "Polku <noreply@polku.invalid>",
        messageIdDomain: "polku.invalid",
        portalUrl: null,
      }).runOnce(now);
    } finally {
      await polku.close();
    }
  },
};
