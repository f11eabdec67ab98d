import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { noticeLinesSql, noticeRecipientSql } from "./content.ts";
import { absenceNotice } from "./message.ts";
import { DEFAULT_SEND_AT, dueAt, minorOn, recipientKeySql } from "./recipients.ts";

/**
 * The demo's history of notices: the core demo seeds attendance straight into the table (no event is
 * emitted), so the notices its unexplained absences of minors would have caused are recorded here, with
 * the core notifications that delivered them at the day's sending time (in the guardians' inboxes; the
 * demo has no mail server). Skipped once the demo has any notice.
 */
export async function seedNotices({ db }: PluginSeedContext): Promise<void> {
  const [existing] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from lappi_valmennus.notice`),
  );
  if ((existing?.n ?? 0) > 0) return;
  await db.execute(sql`
    insert into lappi_valmennus.notice (provider_id, recipient_key, guardian_person_id, day)
    select distinct on (m.provider_id, recipient_key, m.day)
      m.provider_id, ${recipientKeySql} as recipient_key, g.person_id, m.day
    from attendance_mark m
    join student s on s.provider_id = m.provider_id and s.id = m.student_id
    join guardian g on g.provider_id = s.provider_id and g.student_id = s.id
    where m.status = 'absent' and ${minorOn(sql`m.day`)}
      and (g.person_id is not null or g.email is not null)
      and ${dueAt(sql`m.day`, sql`${DEFAULT_SEND_AT}`)} < now()
    order by m.provider_id, recipient_key, m.day`);
  await db.execute(sql`
    insert into notification (provider_id, source, key, recipient_person_id, recipient_email, template,
                              data, channels, status, deliver_at, next_attempt_at, attempts, sent_at,
                              about_students)
    select n.provider_id, 'lappi-valmennus', 'notice:' || n.id, n.guardian_person_id, who.email,
           ${absenceNotice.name},
           jsonb_build_object('day', n.day::text, 'guardianFirstName', who.first_name,
                              'providerName', o.name, 'lines', c.lines),
           case when n.guardian_person_id is null then '{email}'::text[] else '{email,inbox}'::text[] end,
           'sent', due.at, due.at, 1, due.at,
           array(select (l ->> 'studentId')::uuid from jsonb_array_elements(c.lines) l)
    from lappi_valmennus.notice n
    join organisation o on o.id = n.provider_id
    cross join lateral ${noticeRecipientSql} who
    cross join lateral (select ${noticeLinesSql} as lines) c
    cross join lateral (select ${dueAt(sql`n.day`, sql`${DEFAULT_SEND_AT}`)} as at) due
    on conflict (provider_id, source, key) do nothing`);
}
