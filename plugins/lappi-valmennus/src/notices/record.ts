import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { coreEvents, on } from "@polku/plugin-sdk/server";
import { noticeLinesSql, noticeRecipientSql } from "./content.ts";
import { absenceNotice, type NoticeLine } from "./message.ts";
import { DEFAULT_SEND_AT, dueAt, minorOn, noticeKey, recipientKeySql } from "./recipients.ts";

interface AffectedNotice {
  id: string;
  provider_id: string;
  guardian_person_id: string | null;
  email: string | null;
  guardian_first_name: string | null;
  provider_name: string;
  day: string;
  due_at: string | Date;
  lines: NoticeLine[];
}

/**
 * Keeps the guardians' absence notices in step with the marks, in the transaction that saved them (the
 * core emits `core.marksSaved` there): a notice exists exactly when the mark that caused it does.
 *
 * - A minor marked absent without an explanation: each guardian's notice of that day is recorded, one
 *   per guardian and day whatever the number of lessons or wards.
 * - Every notice the changed marks touch is then recorded again with the core's notifications, listing
 *   the day's unexplained absences as they are now: a later absence joins it, one explained (or
 *   corrected) leaves it, and one left with nothing to tell is withdrawn. Once it has gone out it is
 *   not sent again (the core keeps what was sent).
 *
 * It runs as the staff member who marked (row-level security applies): their provider owns the students,
 * the guardians and the notices. Guardians with neither an account nor an email are skipped: there is
 * no one to tell.
 */
export const recordAbsenceNotices = on(
  coreEvents.marksSaved,
  async ({ tx, notifications }, { providerId, savedBy, marks }) => {
    const touched = new Map<string, { student_id: string; day: string; absent: boolean }>();
    for (const mark of marks) {
      const key = `${mark.studentId}/${mark.day}`;
      const absent = mark.status === "absent" || touched.get(key)?.absent === true;
      touched.set(key, { student_id: mark.studentId, day: mark.day, absent });
    }
    const rows = JSON.stringify([...touched.values()]);
    // A minor on the day of the absence (the same rule as the core's guardian access).
    await tx.execute(sql`
      insert into lappi_valmennus.notice (provider_id, recipient_key, guardian_person_id, day, recorded_by)
      select distinct on (recipient_key, a.day)
        s.provider_id, ${recipientKeySql} as recipient_key, g.person_id, a.day, ${savedBy}::uuid
      from jsonb_to_recordset(${rows}::jsonb) as a(student_id uuid, day date, absent boolean)
      join student s on s.provider_id = ${providerId}::uuid and s.id = a.student_id
      join guardian g on g.provider_id = s.provider_id and g.student_id = s.id
      -- A minor on the day of the absence and still today: a guardian's access ends when the ward turns 18.
      where a.absent and ${minorOn(sql`a.day`)} and ${minorOn(sql`(now() at time zone 'Europe/Helsinki')::date`)}
        and (g.person_id is not null or g.email is not null)
      order by recipient_key, a.day
      on conflict (provider_id, recipient_key, day) do nothing`);

    const affected = rowsOf<AffectedNotice>(
      await tx.execute(sql`
        with notices as (
          select distinct n.provider_id, n.id, n.recipient_key, n.guardian_person_id, n.day
          from jsonb_to_recordset(${rows}::jsonb) as a(student_id uuid, day date, absent boolean)
          join guardian g on g.provider_id = ${providerId}::uuid and g.student_id = a.student_id
          join lappi_valmennus.notice n on n.provider_id = g.provider_id
            and n.recipient_key = ${recipientKeySql} and n.day = a.day
        )
        select n.id, n.provider_id, n.guardian_person_id, n.day::text as day, o.name as provider_name,
               ${dueAt(sql`n.day`, sql`coalesce(ns.send_at, ${DEFAULT_SEND_AT})`)} as due_at,
               who.email, who.first_name as guardian_first_name,
               ${noticeLinesSql} as lines
        from notices n
        join organisation o on o.id = n.provider_id
        left join lappi_valmennus.notice_settings ns on ns.provider_id = n.provider_id
        cross join lateral ${noticeRecipientSql} who`),
    );
    for (const notice of affected) {
      const key = noticeKey(notice.id);
      if (notice.lines.length === 0) {
        await notifications.cancel(notice.provider_id, key);
        continue;
      }
      await notifications.notify({
        providerId: notice.provider_id,
        key,
        to: { personId: notice.guardian_person_id, email: notice.email },
        template: absenceNotice,
        data: {
          day: notice.day,
          guardianFirstName: notice.guardian_first_name,
          providerName: notice.provider_name,
          lines: notice.lines,
        },
        channels: notice.guardian_person_id ? ["email", "inbox"] : ["email"],
        deliverAt: new Date(notice.due_at),
        aboutStudents: notice.lines.map((l) => l.studentId),
      });
    }
  },
);
