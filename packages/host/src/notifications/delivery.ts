/**
 * Delivers the core's notifications (the outbox of migration 0013) by email, at least once and, as far
 * as SMTP allows, exactly once; an inbox-only notification is simply marked delivered.
 *
 * A worker claims due notifications with `FOR UPDATE SKIP LOCKED`, so any number of API processes can
 * run workers on one database, and takes a lease on each. The email is sent outside any transaction
 * (on PGlite an open transaction would stall every request), then the notification is marked sent. A
 * worker killed mid-delivery leaves the lease to expire and another worker takes it again; the SMTP
 * server discards a message whose DATA never completed. The notification id is the Message-ID, so the
 * one remaining window (killed after the server accepted, before the row was marked) yields the same
 * message, which mail systems recognise as a duplicate.
 *
 * Why not a job queue library (pg-boss): a notification is replaceable until it goes out (a later
 * absence the same day joins it, an explained one leaves it, it may be withdrawn), so its delivery state
 * belongs on the row the plugin writes; a queue would keep a second copy of that state, for what is
 * here one claim statement.
 *
 * It runs on the owner connection: it acts for no user, reads the recipients' addresses and languages,
 * and writes the audit entries of what it sent. It is the core's; no plugin code runs here but the
 * templates' pure `render`.
 */
import { type Database, rowsOf } from "@polku/db";
import { asNotificationLocale, type Logger, type NotificationTemplates } from "@polku/trpc";
import { sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { composeEmail } from "./email.ts";

export interface RetryPolicy {
  /** Delay after the first failed attempt; doubled after each further one. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many attempts a notification is marked failed (its source's staff see it). */
  readonly maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 10,
};

/** Exponential backoff with ±20 % jitter, so workers that failed together do not retry together. */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempt - 1), policy.maxDelayMs);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

export interface DeliveryOptions {
  /** The owner connection: the worker acts for no user. */
  readonly db: Database;
  readonly log: Logger;
  readonly templates: NotificationTemplates;
  /** No mail server: email notifications are marked `no_email` and read in the portal only. */
  readonly transport: Transporter | null;
  /** The From address, e.g. `Polku <noreply@example.fi>`. */
  readonly from: string;
  /** The domain of the Message-ID (the idempotency key). */
  readonly messageIdDomain: string;
  /** The portal's public address for the link in the email; null leaves the link out. */
  readonly portalUrl: string | null;
  readonly retry?: RetryPolicy;
  /** How long a claimed notification is left to its worker before another may take it. */
  readonly leaseMs?: number;
  /** Notifications claimed at a time, and sent in parallel (bounded by the transport's connections). */
  readonly batchSize?: number;
  readonly concurrency?: number;
  readonly random?: () => number;
}

export interface DeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
  readonly noEmail: number;
  readonly inboxOnly: number;
}

interface Claimed {
  provider_id: string;
  id: string;
  template: string;
  data: unknown;
  channels: string[];
  attempts: number;
  email: string | null;
  locale: string | null;
}

type Outcome = keyof DeliveryRound;

export function createNotificationDelivery(options: DeliveryOptions) {
  const retry = options.retry ?? defaultRetryPolicy;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 5;
  const { db, log } = options;

  /** Takes due notifications, and those whose worker's lease ran out, for this worker. */
  async function claim(now: Date): Promise<Claimed[]> {
    const at = now.toISOString();
    return rowsOf<Claimed>(
      await db.execute(sql`
        with claimed as (
          update notification n
          set status = 'sending', attempts = n.attempts + 1,
              lease_until = ${at}::timestamptz + ${`${leaseMs} milliseconds`}::interval
          from (
            select provider_id, id from notification
            where (status = 'pending' and next_attempt_at <= ${at}::timestamptz)
               or (status = 'sending' and lease_until < ${at}::timestamptz)
            order by next_attempt_at
            limit ${batchSize}
            for update skip locked
          ) due
          where n.provider_id = due.provider_id and n.id = due.id
          returning n.provider_id, n.id, n.template, n.data, n.channels, n.attempts, n.recipient_email,
                    n.recipient_person_id
        )
        select c.provider_id, c.id, c.template, c.data, c.channels, c.attempts,
               coalesce(c.recipient_email, p.email) as email, p.locale
        from claimed c left join person p on p.id = c.recipient_person_id`),
    );
  }

  async function finish(notification: Claimed, status: "no_email" | "inbox_only" | "failed") {
    await db.execute(sql`
      update notification set status = ${status}, lease_until = null
      where provider_id = ${notification.provider_id}::uuid and id = ${notification.id}::uuid`);
  }

  async function deliver(notification: Claimed, now: Date): Promise<Outcome> {
    if (!notification.channels.includes("email")) {
      await finish(notification, "inbox_only");
      return "inboxOnly";
    }
    if (!notification.email || !options.transport) {
      await finish(notification, "no_email");
      return "noEmail";
    }
    const locale = asNotificationLocale(notification.locale);
    const rendered = options.templates.render(notification.template, notification.data, locale);
    if (!rendered) {
      // Its plugin is no longer deployed, or its data no longer fits the template: nothing to send.
      log.warn(
        { notification: notification.id, template: notification.template },
        "notification has no template",
      );
      await finish(notification, "failed");
      return "failed";
    }
    const email = composeEmail(rendered, locale, options.portalUrl);
    try {
      await options.transport.sendMail({
        from: options.from,
        to: notification.email,
        subject: email.subject,
        text: email.text,
        messageId: `<notification-${notification.id}@${options.messageIdDomain}>`,
        headers: { "X-Polku-Idempotency-Key": notification.id },
      });
    } catch (error) {
      return failed(notification, error, now);
    }
    // Marked sent and audited in one statement: each student's data it told of went out of Polku by
    // email, on behalf of the person whose action recorded it.
    await db.execute(sql`
      with sent as (
        update notification
        set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, lease_until = null, last_error = null
        where provider_id = ${notification.provider_id}::uuid and id = ${notification.id}::uuid
        returning provider_id, on_behalf_of, about_students, template
      )
      insert into audit_log (provider_id, actor_person_id, actor_role, student_id, action, procedure)
      select sent.provider_id, sent.on_behalf_of, 'system', s.id, 'export', sent.template || '.email'
      from sent cross join unnest(sent.about_students) as s(id)
      where sent.on_behalf_of is not null`);
    return "sent";
  }

  async function failed(notification: Claimed, error: unknown, now: Date): Promise<Outcome> {
    const { code, responseCode } = error as { code?: string; responseCode?: number };
    // A 5xx reply is permanent (no such mailbox, refused): retrying would not help.
    const permanent = typeof responseCode === "number" && responseCode >= 500;
    const giveUp = permanent || notification.attempts >= retry.maxAttempts;
    const next = new Date(now.getTime() + retryDelayMs(notification.attempts, retry, options.random));
    // Only codes: an SMTP error's text may echo the address.
    const reason = [code ?? "ERROR", responseCode].filter(Boolean).join(" ");
    await db.execute(sql`
      update notification
      set status = ${giveUp ? "failed" : "pending"}, next_attempt_at = ${next.toISOString()}::timestamptz,
          lease_until = null, last_error = ${reason}
      where provider_id = ${notification.provider_id}::uuid and id = ${notification.id}::uuid`);
    log.warn(
      { notification: notification.id, attempt: notification.attempts, reason, giveUp },
      "notification not delivered",
    );
    return giveUp ? "failed" : "retrying";
  }

  /** One round: claims what is due and delivers it, a few at a time. */
  async function runOnce(now: Date = new Date()): Promise<DeliveryRound> {
    const round: Record<Outcome, number> = { sent: 0, retrying: 0, failed: 0, noEmail: 0, inboxOnly: 0 };
    const claimed = await claim(now);
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const notification = claimed[next++]!;
        try {
          round[await deliver(notification, now)]++;
        } catch (error) {
          // A database error: the notification keeps its lease and is taken again when the lease ends.
          log.error(
            { notification: notification.id, error: (error as Error).name },
            "notification delivery failed",
          );
          round.retrying++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
    if (claimed.length > 0) log.info({ ...round }, "notifications delivered");
    return round;
  }

  return { runOnce, claim };
}

export type NotificationDelivery = ReturnType<typeof createNotificationDelivery>;
