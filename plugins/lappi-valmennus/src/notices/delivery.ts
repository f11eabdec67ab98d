/**
 * Delivers recorded absence notices by email, at least once and, as far as SMTP allows, exactly once.
 *
 * The notice row is the outbox (see the schema): a worker claims due notices with `FOR UPDATE SKIP
 * LOCKED`, so any number of API processes can run workers on one database, and takes a lease on each.
 * The email is sent outside any transaction (on PGlite an open transaction would stall every request),
 * then the notice is marked sent. A worker killed mid-delivery leaves the lease to expire and another
 * worker takes the notice again; the SMTP server discards a message whose DATA never completed. The
 * notice id is the Message-ID, so the one remaining window (killed after the server accepted, before
 * the row was marked) yields the same message, which mail systems recognise as a duplicate.
 *
 * Why not a job queue library (pg-boss): the notice is mutable until it goes out (absences join it,
 * excused ones leave it, it may be cancelled), so its delivery state belongs on the row itself; a
 * queue would keep a second copy of that state and need grants on its schema for the app role, for
 * what is here one claim statement.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import type { Logger } from "@polku/plugin-sdk/server";
import type { Transporter } from "nodemailer";
import { composeNotice } from "./message.ts";
import { minorOn, recipientKeySql } from "./recipients.ts";

/** How the audit log names the email's disclosure of a ward's absences. */
export const AUDIT_PROCEDURE = "lappi-valmennus.notices.email";

export interface RetryPolicy {
  /** Delay after the first failed attempt; doubled after each further one. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** After this many attempts a notice is marked failed (staff see it in the portal). */
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
  readonly transport: Transporter;
  /** The From address, e.g. `Polku <noreply@example.fi>`. */
  readonly from: string;
  /** The domain of the Message-ID (the idempotency key). */
  readonly messageIdDomain: string;
  /** The portal's public address for the link in the email; null leaves the link out. */
  readonly portalUrl: string | null;
  readonly retry?: RetryPolicy;
  /** How long a claimed notice is left to its worker before another may take it. */
  readonly leaseMs?: number;
  /** Notices claimed at a time, and sent in parallel (bounded by the transport's connections). */
  readonly batchSize?: number;
  readonly concurrency?: number;
  readonly random?: () => number;
}

export interface DeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly noEmail: number;
}

interface Claimed {
  provider_id: string;
  id: string;
  recipient_key: string;
  day: string;
  attempts: number;
}

interface ContentRow {
  guardian_first_name: string;
  email: string | null;
  provider_name: string;
  student_id: string;
  student_name: string;
  lesson: string | null;
}

interface Content {
  email: string | null;
  guardianFirstName: string | null;
  providerName: string;
  lines: { studentId: string; name: string; lessons: string[] }[];
}

type Outcome = keyof DeliveryRound;

export function createNoticeDelivery(options: DeliveryOptions) {
  const retry = options.retry ?? defaultRetryPolicy;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 5;
  const { db, log } = options;

  /** Takes due notices, and notices whose worker's lease ran out, for this worker. */
  async function claim(now: Date): Promise<Claimed[]> {
    const at = now.toISOString();
    return rowsOf<Claimed>(
      await db.execute(sql`
        update lappi_valmennus.notice n
        set status = 'sending', attempts = n.attempts + 1,
            lease_until = ${at}::timestamptz + ${`${leaseMs} milliseconds`}::interval
        from (
          select provider_id, id from lappi_valmennus.notice
          where (status = 'pending' and next_attempt_at <= ${at}::timestamptz)
             or (status = 'sending' and lease_until < ${at}::timestamptz)
          order by next_attempt_at
          limit ${batchSize}
          for update skip locked
        ) due
        where n.provider_id = due.provider_id and n.id = due.id
        returning n.provider_id, n.id, n.recipient_key, n.day::text as day, n.attempts`),
    );
  }

  /**
   * The day's unexplained absences of each claimed notice's minor wards, read when the notices go out:
   * one query for the whole batch (the join on the recipient key is then one hash join, not a scan of
   * the provider's guardians per notice).
   */
  async function contentsOf(claimed: readonly Claimed[]) {
    const ids = JSON.stringify(claimed.map((n) => n.id));
    const rows = rowsOf<ContentRow & { notice_id: string }>(
      await db.execute(sql`
        select n.id as notice_id, g.first_name as guardian_first_name, coalesce(g.email, p.email) as email,
               o.name as provider_name, s.id as student_id,
               s.first_name || ' ' || s.last_name as student_name, m.lesson
        from lappi_valmennus.notice n
        join guardian g on g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key
        join student s on s.provider_id = g.provider_id and s.id = g.student_id
          and ${minorOn(sql`n.day`)}
        join organisation o on o.id = g.provider_id
        left join person p on p.id = g.person_id
        left join attendance_mark m on m.provider_id = s.provider_id and m.student_id = s.id
          and m.day = n.day and m.status = 'absent'
        where n.id in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)
        order by n.id, s.last_name, s.first_name, m.lesson`),
    );
    const contents = new Map<string, Content>();
    for (const row of rows) {
      const content = contents.get(row.notice_id) ?? {
        email: null,
        guardianFirstName: row.guardian_first_name,
        providerName: row.provider_name,
        lines: [],
      };
      content.email ??= row.email;
      if (row.lesson !== null) {
        let line = content.lines.find((l) => l.studentId === row.student_id);
        if (!line) {
          line = { studentId: row.student_id, name: row.student_name, lessons: [] };
          content.lines.push(line);
        }
        line.lessons.push(row.lesson);
      }
      contents.set(row.notice_id, content);
    }
    return contents;
  }

  async function finish(notice: Claimed, status: "cancelled" | "no_email") {
    await db.execute(sql`
      update lappi_valmennus.notice set status = ${status}, lease_until = null
      where provider_id = ${notice.provider_id}::uuid and id = ${notice.id}::uuid`);
  }

  async function deliver(notice: Claimed, content: Content | undefined, now: Date): Promise<Outcome> {
    // Every absence was explained (or corrected) before the notice went out: nothing to tell.
    if (!content || content.lines.length === 0) {
      await finish(notice, "cancelled");
      return "cancelled";
    }
    // The guardian reads it in the portal only.
    if (!content.email) {
      await finish(notice, "no_email");
      return "noEmail";
    }
    const message = composeNotice({ day: notice.day, portalUrl: options.portalUrl, ...content });
    try {
      await options.transport.sendMail({
        from: options.from,
        to: content.email,
        subject: message.subject,
        text: message.text,
        messageId: `<notice-${notice.id}@${options.messageIdDomain}>`,
        headers: { "X-Polku-Idempotency-Key": notice.id },
      });
    } catch (error) {
      return failed(notice, error, now);
    }
    // Marked sent and audited in one statement: each ward's absences went out of Polku by email, on
    // behalf of the staff member whose mark recorded the notice.
    const students = JSON.stringify(content.lines.map((l) => l.studentId));
    await db.execute(sql`
      with sent as (
        update lappi_valmennus.notice
        set status = 'sent', sent_at = ${now.toISOString()}::timestamptz, lease_until = null, last_error = null,
            sent_lines = ${JSON.stringify(content.lines)}::jsonb
        where provider_id = ${notice.provider_id}::uuid and id = ${notice.id}::uuid
        returning provider_id, recorded_by
      )
      insert into audit_log (provider_id, actor_person_id, actor_role, student_id, action, procedure)
      select sent.provider_id, sent.recorded_by, 'system', s.id::uuid, 'export', ${AUDIT_PROCEDURE}
      from sent cross join jsonb_array_elements_text(${students}::jsonb) as s(id)
      where sent.recorded_by is not null`);
    return "sent";
  }

  async function failed(notice: Claimed, error: unknown, now: Date): Promise<Outcome> {
    const { code, responseCode } = error as { code?: string; responseCode?: number };
    // A 5xx reply is permanent (no such mailbox, refused): retrying would not help.
    const permanent = typeof responseCode === "number" && responseCode >= 500;
    const giveUp = permanent || notice.attempts >= retry.maxAttempts;
    const next = new Date(now.getTime() + retryDelayMs(notice.attempts, retry, options.random));
    // Only codes: an SMTP error's text may echo the address.
    const reason = [code ?? "ERROR", responseCode].filter(Boolean).join(" ");
    await db.execute(sql`
      update lappi_valmennus.notice
      set status = ${giveUp ? "failed" : "pending"}, next_attempt_at = ${next.toISOString()}::timestamptz,
          lease_until = null, last_error = ${reason}
      where provider_id = ${notice.provider_id}::uuid and id = ${notice.id}::uuid`);
    log.warn({ notice: notice.id, attempt: notice.attempts, reason, giveUp }, "absence notice not delivered");
    return giveUp ? "failed" : "retrying";
  }

  /** One round: claims what is due and delivers it, a few at a time. */
  async function runOnce(now: Date = new Date()): Promise<DeliveryRound> {
    const round: Record<Outcome, number> = { sent: 0, retrying: 0, failed: 0, cancelled: 0, noEmail: 0 };
    const claimed = await claim(now);
    const contents = claimed.length > 0 ? await contentsOf(claimed) : new Map<string, Content>();
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const notice = claimed[next++]!;
        try {
          round[await deliver(notice, contents.get(notice.id), now)]++;
        } catch (error) {
          // A database error: the notice keeps its lease and is taken again when the lease ends.
          log.error({ notice: notice.id, error: (error as Error).name }, "absence notice delivery failed");
          round.retrying++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
    if (claimed.length > 0) log.info({ ...round }, "absence notices delivered");
    return round;
  }

  return { runOnce, claim };
}

export type NoticeDelivery = ReturnType<typeof createNoticeDelivery>;
