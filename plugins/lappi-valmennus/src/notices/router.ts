import { localDateIn } from "@polku/domain";
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, eq, isNull, sql } from "@polku/plugin-sdk/drizzle";
import {
  type AuditEntry,
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  procedure,
  router,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { notice, noticeReply, noticeSettings } from "../db/schema.ts";
import { DEFAULT_SEND_AT, minorOn, noticeNotificationSql, recipientKeySql } from "./recipients.ts";

/** How far back a guardian's notice list reaches. */
const GUARDIAN_DAYS = 60;
export const MAX_REPLY_LENGTH = 2000;
/**
 * Hard caps in SQL: the notices of one read (a guardian's 60 days, or a provider's one day: one notice
 * per guardian of a minor absent that day), and the replies to them (a guardian's few words each).
 */
const MAX_NOTICES = 500;
const MAX_REPLIES = 5000;

const ReplyInput = Schema.Struct({
  noticeId: Id,
  body: MultiLineText(MAX_REPLY_LENGTH, {
    tooLong: `A reply is at most ${MAX_REPLY_LENGTH} characters.`,
  }).check(Schema.isMinLength(1, { message: "Write a reply." })),
});

const SendAt = Schema.String.check(
  Schema.isPattern(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Give the time as HH:MM, e.g. 15:00." }),
);

interface NoticeRow {
  provider_id: string;
  id: string;
  day: string;
  status: string;
  due_at: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  acknowledged_at: string | null;
  guardian_name: string | null;
}

interface LineRow {
  notice_id: string;
  student_id: string;
  name: string;
  lesson: string;
  status: "absent" | "excused";
}

/** A notice as the portal shows it: the day's absences now (explained ones too), delivery and replies. */
export interface NoticeView {
  readonly id: string;
  readonly day: string;
  readonly status: string;
  readonly dueAt: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly guardianName: string | null;
  readonly students: { studentId: string; name: string; lessons: { lesson: string; status: string }[] }[];
  readonly replies: { id: string; body: string; createdAt: string }[];
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Reads notices with their lines and replies, as the caller (row-level security decides what they
 * see: a guardian their own notices and minor wards, staff their provider's). Audits one read per
 * student whose absences are shown.
 */
async function readNotices(
  tx: Database,
  audit: (entries: { providerId: string; studentId: string; action: "read" }[]) => Promise<void>,
  where: ReturnType<typeof sql>,
): Promise<NoticeView[]> {
  const notices = rowsOf<NoticeRow>(
    await tx.execute(sql`
      select n.provider_id, n.id, n.day::text as day, coalesce(nt.status, 'pending') as status,
             nt.deliver_at as due_at, coalesce(nt.attempts, 0) as attempts, nt.last_error, nt.sent_at,
             n.acknowledged_at,
             (select min(g.first_name || ' ' || g.last_name) from guardian g
              where g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key) as guardian_name
      from lappi_valmennus.notice n
      left join ${noticeNotificationSql}
      where ${where}
      order by n.day desc, guardian_name, n.id
      limit ${MAX_NOTICES}`),
  );
  if (notices.length === 0) return [];
  const ids = JSON.stringify(notices.map((n) => n.id));
  const lines = rowsOf<LineRow>(
    await tx.execute(sql`
      select n.id as notice_id, s.id as student_id, s.first_name || ' ' || s.last_name as name, m.lesson, m.status
      from lappi_valmennus.notice n
      join guardian g on g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key
      join student s on s.provider_id = g.provider_id and s.id = g.student_id
        and ${minorOn(sql`n.day`)}
      join attendance_mark m on m.provider_id = s.provider_id and m.student_id = s.id and m.day = n.day
        and m.status in ('absent', 'excused')
      where n.id in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)
      order by s.last_name, s.first_name, m.lesson`),
  );
  const replies = await tx
    .select({
      id: noticeReply.id,
      noticeId: noticeReply.noticeId,
      body: noticeReply.body,
      createdAt: noticeReply.createdAt,
    })
    .from(noticeReply)
    .where(sql`${noticeReply.noticeId} in (select jsonb_array_elements_text(${ids}::jsonb)::uuid)`)
    .orderBy(noticeReply.createdAt, noticeReply.id)
    .limit(MAX_REPLIES);

  const providerOf = new Map(notices.map((n) => [n.id, n.provider_id]));
  const audited = new Map<string, { providerId: string; studentId: string; action: "read" }>();
  for (const line of lines) {
    const providerId = providerOf.get(line.notice_id)!;
    audited.set(`${providerId}/${line.student_id}`, {
      providerId,
      studentId: line.student_id,
      action: "read",
    });
  }
  await audit([...audited.values()]);

  return notices.map((n) => {
    const students = new Map<string, NoticeView["students"][number]>();
    for (const line of lines.filter((l) => l.notice_id === n.id)) {
      const entry = students.get(line.student_id) ?? {
        studentId: line.student_id,
        name: line.name,
        lessons: [],
      };
      entry.lessons.push({ lesson: line.lesson, status: line.status });
      students.set(line.student_id, entry);
    }
    return {
      id: n.id,
      day: n.day,
      status: n.status,
      dueAt: iso(n.due_at),
      attempts: n.attempts,
      lastError: n.last_error,
      sentAt: iso(n.sent_at),
      acknowledgedAt: iso(n.acknowledged_at),
      guardianName: n.guardian_name,
      students: [...students.values()],
      replies: replies
        .filter((r) => r.noticeId === n.id)
        .map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt.toISOString() })),
    };
  });
}

const notFoundNotice = () => new TRPCError({ code: "NOT_FOUND", message: "No such notice." });

/**
 * The wards a guardian's answer to a notice is about, for its audit entries: the minor wards with an
 * absence that day (those the notice lists), else every minor ward the notice went to the guardian
 * for. Read as the caller, so only wards they may see.
 */
async function wardsOf(tx: Database, providerId: string, noticeId: string): Promise<string[]> {
  const rows = rowsOf<{ student_id: string; listed: boolean }>(
    await tx.execute(sql`
      select distinct s.id as student_id, exists (
               select 1 from attendance_mark m where m.provider_id = s.provider_id and m.student_id = s.id
                 and m.day = n.day and m.status in ('absent', 'excused')) as listed
      from lappi_valmennus.notice n
      join guardian g on g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key
      join student s on s.provider_id = g.provider_id and s.id = g.student_id and ${minorOn(sql`n.day`)}
      where n.provider_id = ${providerId}::uuid and n.id = ${noticeId}::uuid`),
  );
  const listed = rows.filter((r) => r.listed);
  return (listed.length > 0 ? listed : rows).map((r) => r.student_id);
}

/** Audits a guardian's change to a notice in each ward's trail (the provider's, if none is visible). */
async function auditAnswer(
  ctx: { tx: Database; audit: (entries: readonly AuditEntry[]) => Promise<void> },
  providerId: string,
  noticeId: string,
  action: "create" | "update",
) {
  const wards = await wardsOf(ctx.tx, providerId, noticeId);
  await ctx.audit(
    wards.length > 0
      ? wards.map((studentId) => ({ providerId, studentId, action }))
      : [{ providerId, studentId: null, action }],
  );
}

export const noticesRouter = router({
  /** A guardian's own notices of the last 60 days, newest first. */
  mine: procedure.meta({ permission: "valmennus.notice.read" }).query(async ({ ctx }) => {
    const since = localDateIn(new Date(), "Europe/Helsinki");
    return readNotices(
      ctx.tx,
      ctx.audit,
      sql`n.guardian_person_id = ${ctx.actor!.personId}::uuid
          and n.day > ${since}::date - ${GUARDIAN_DAYS}::integer and nt.status is distinct from 'cancelled'`,
    );
  }),

  /** Staff: the provider's notices of one day, with delivery state, acknowledgements and replies. */
  forDay: procedure
    .meta({ permission: "valmennus.notice.read" })
    .input(input(Schema.Struct({ day: LocalDateInput })))
    .query(async ({ ctx, input: { day } }) => {
      const providerId = ctx.actor!.providerId;
      if (!providerId)
        throw new TRPCError({ code: "FORBIDDEN", message: "Only a provider's staff list notices by day." });
      return readNotices(
        ctx.tx,
        ctx.audit,
        sql`n.provider_id = ${providerId}::uuid and n.day = ${day}::date`,
      );
    }),

  /**
   * The guardian says they have seen the notice, in the wards' audit trails; acknowledging again
   * changes nothing (and writes no entry).
   */
  acknowledge: procedure
    .meta({ permission: "valmennus.notice.respond" })
    .input(input(Schema.Struct({ noticeId: Id })))
    .mutation(async ({ ctx, input: { noticeId } }) => {
      const personId = ctx.actor!.personId;
      const [found] = await ctx.tx
        .select({ providerId: notice.providerId, acknowledgedAt: notice.acknowledgedAt })
        .from(notice)
        .where(and(eq(notice.id, noticeId), eq(notice.guardianPersonId, personId)));
      if (!found) throw notFoundNotice();
      if (found.acknowledgedAt) return { acknowledgedAt: found.acknowledgedAt.toISOString() };
      const [updated] = await ctx.tx
        .update(notice)
        .set({ acknowledgedAt: new Date(), acknowledgedBy: personId })
        .where(and(eq(notice.id, noticeId), isNull(notice.acknowledgedAt)))
        .returning({ acknowledgedAt: notice.acknowledgedAt });
      if (!updated?.acknowledgedAt) {
        // Acknowledged at the same moment by another request (a second tab, a double click): that
        // acknowledgement stands, and this one changed nothing, so nothing is audited.
        const [current] = await ctx.tx
          .select({ acknowledgedAt: notice.acknowledgedAt })
          .from(notice)
          .where(eq(notice.id, noticeId));
        return { acknowledgedAt: (current?.acknowledgedAt ?? new Date()).toISOString() };
      }
      await auditAnswer(ctx, found.providerId, noticeId, "update");
      return { acknowledgedAt: updated.acknowledgedAt.toISOString() };
    }),

  /**
   * The guardian answers the notice, e.g. with the reason for the absence; staff read it with the
   * notice. The reply is in the wards' audit trails.
   */
  reply: procedure
    .meta({ permission: "valmennus.notice.respond" })
    .input(input(ReplyInput))
    .mutation(async ({ ctx, input: { noticeId, body } }) => {
      const personId = ctx.actor!.personId;
      const [found] = await ctx.tx
        .select({ providerId: notice.providerId })
        .from(notice)
        .where(and(eq(notice.id, noticeId), eq(notice.guardianPersonId, personId)));
      if (!found) throw notFoundNotice();
      const [created] = await ctx.tx
        .insert(noticeReply)
        .values({ providerId: found.providerId, noticeId, authorPersonId: personId, body: body.trim() })
        .returning({ id: noticeReply.id });
      await auditAnswer(ctx, found.providerId, noticeId, "create");
      return { id: created!.id };
    }),

  /** When the day's notices go out (Helsinki time). */
  settings: procedure.meta({ permission: "valmennus.notice.configure" }).query(async ({ ctx }) => {
    const providerId = ctx.actor!.providerId;
    if (!providerId)
      throw new TRPCError({ code: "FORBIDDEN", message: "Only a provider's managers set this." });
    const [row] = await ctx.tx.select().from(noticeSettings).where(eq(noticeSettings.providerId, providerId));
    return { sendAt: row?.sendAt ?? DEFAULT_SEND_AT };
  }),

  setSendTime: procedure
    .meta({ permission: "valmennus.notice.configure" })
    .input(input(Schema.Struct({ sendAt: SendAt })))
    .mutation(async ({ ctx, input: { sendAt } }) => {
      const providerId = ctx.actor!.providerId;
      if (!providerId)
        throw new TRPCError({ code: "FORBIDDEN", message: "Only a provider's managers set this." });
      await ctx.tx
        .insert(noticeSettings)
        .values({ providerId, sendAt })
        .onConflictDoUpdate({ target: noticeSettings.providerId, set: { sendAt } });
      return { sendAt };
    }),
});
