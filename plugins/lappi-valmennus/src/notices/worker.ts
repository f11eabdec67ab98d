import type { PluginWorker, PluginWorkerContext } from "@polku/plugin-sdk/server";
import nodemailer from "nodemailer";
import { createNoticeDelivery } from "./delivery.ts";

/**
 * The API process's notice worker, configured from the environment:
 * - `POLKU_SMTP_URL`: the mail server, e.g. `smtp://user:pass@mail.example.fi:587`; without it guardians
 *   read their notices in the portal only, and the worker does not run;
 * - `POLKU_MAIL_FROM` (default `Polku <noreply@polku.invalid>`), `POLKU_PUBLIC_URL` (the portal's address
 *   for the link in the email), `POLKU_NOTICE_POLL_MS` (default 15 000).
 */
export function startNoticeWorker({ db, log }: PluginWorkerContext): PluginWorker {
  const smtpUrl = process.env.POLKU_SMTP_URL;
  if (!smtpUrl) {
    log.info({}, "POLKU_SMTP_URL is not set: guardians read absence notices in the portal only");
    return { stop: async () => {} };
  }
  const from = process.env.POLKU_MAIL_FROM ?? "Polku <noreply@polku.invalid>";
  const transport = nodemailer.createTransport({
    url: smtpUrl,
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
    portalUrl: process.env.POLKU_PUBLIC_URL ?? null,
  });
  return pollEvery(Number(process.env.POLKU_NOTICE_POLL_MS ?? 15_000), () => delivery.runOnce(), {
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
