import type { Database } from "@polku/db";
import type { SettingsValues } from "@polku/plugin-sdk/settings";
import type { Logger, NotificationTemplates } from "@polku/trpc";
import nodemailer from "nodemailer";
import { pollEvery, type Worker } from "../poll-every.ts";
import { createNotificationDelivery } from "./delivery.ts";
import type { coreSettings } from "./settings.ts";

/**
 * The API process's notification worker. Without a mail server it still runs: inbox notifications are
 * marked delivered and email ones `no_email` (their recipients read them in the portal).
 */
export function startNotificationWorker(options: {
  readonly db: Database;
  readonly log: Logger;
  readonly templates: NotificationTemplates;
  readonly settings: SettingsValues<typeof coreSettings>;
}): Worker {
  const { settings, log } = options;
  if (!settings.smtpUrl)
    log.info({}, "No mail server (POLKU_SMTP_URL): notifications reach the portal inbox only");
  const transport = settings.smtpUrl
    ? nodemailer.createTransport({
        url: settings.smtpUrl,
        pool: true,
        maxConnections: 5,
        // A stalled server must not hold a notification past its lease (5 minutes).
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : null;
  const delivery = createNotificationDelivery({
    db: options.db,
    log,
    templates: options.templates,
    transport,
    from: settings.mailFrom,
    messageIdDomain: settings.mailFrom.match(/@([^>\s]+)/)?.[1] ?? "polku.invalid",
    portalUrl: settings.publicUrl ?? null,
  });
  return pollEvery(settings.notificationPollMs, () => delivery.runOnce(), {
    onError: (error) => log.error({ error: (error as Error).name }, "notification round failed"),
    onStop: () => transport?.close(),
  });
}
