import type { PluginWorker, PluginWorkerContext, SettingsValues } from "@polku/plugin-sdk/server";
import { defineSettings } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import nodemailer from "nodemailer";
import { createNoticeDelivery } from "./delivery.ts";

/** What the deployment tells the notice worker: the deployment file or these environment variables. */
export const noticeSettings = defineSettings({
  smtpUrl: {
    env: "POLKU_SMTP_URL",
    description: "the mail server, e.g. smtp://user:password@mail.example.fi:587",
    schema: Schema.String.check(
      Schema.isPattern(/^smtps?:\/\/[^\s]+$/, { message: "Give an smtp:// or smtps:// address here." }),
    ),
  },
  mailFrom: {
    env: "POLKU_MAIL_FROM",
    description: "the sender of the notices, e.g. Polku <noreply@koulu.fi>",
    schema: Schema.String.check(Schema.isPattern(/@[^>\s]+/, { message: "Give an address with an @ here." })),
    default: "Polku <noreply@polku.invalid>",
  },
  publicUrl: {
    env: "POLKU_PUBLIC_URL",
    description: "the portal's address, for the link in the email",
    schema: Schema.String.check(
      Schema.isPattern(/^https?:\/\/[^\s]+$/, { message: "Give an http:// or https:// address here." }),
    ),
  },
  pollMs: {
    env: "POLKU_NOTICE_POLL_MS",
    description: "how often, in milliseconds, the worker looks for due notices",
    schema: Schema.FiniteFromString.check(Schema.isBetween({ minimum: 50, maximum: 3_600_000 })),
    default: 15_000,
  },
});

/**
 * The API process's notice worker. Without a mail server guardians read their notices in the portal
 * only, and the worker does not run.
 */
export function startNoticeWorker({
  db,
  log,
  settings,
}: PluginWorkerContext<SettingsValues<typeof noticeSettings>>): PluginWorker {
  if (!settings.smtpUrl) {
    log.info({}, "No mail server (POLKU_SMTP_URL): guardians read absence notices in the portal only");
    return { stop: async () => {} };
  }
  const from = settings.mailFrom;
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    pool: true,
    maxConnections: 5,
    // A stalled server must not hold a notice past its lease (5 minutes).
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const delivery = createNoticeDelivery({
    db,
    log,
    transport,
    from,
    messageIdDomain: from.match(/@([^>\s]+)/)?.[1] ?? "polku.invalid",
    portalUrl: settings.publicUrl ?? null,
  });
  return pollEvery(settings.pollMs, () => delivery.runOnce(), {
    onError: (error) => log.error({ error: (error as Error).name }, "absence notice round failed"),
    onStop: () => transport.close(),
  });
}

/** Runs `round` now and then every `intervalMs` after the previous round ends; `stop` awaits the one running. */
export function pollEvery(
  intervalMs: number,
  round: () => Promise<unknown>,
  hooks: { onError: (error: unknown) => void; onStop?: () => void },
): PluginWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = round()
      .then(
        () => undefined,
        (error) => hooks.onError(error),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      hooks.onStop?.();
    },
  };
}
