import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { DEFAULT_SEND_AT, dueAt, minorOn, recipientKeySql } from "./recipients.ts";

/**
 * The demo's history of notices: the core demo seeds attendance straight into the table (no hook
 * runs), so the notices its unexplained absences of minors would have caused are recorded here, as
 * delivered at the day's sending time. Skipped once the demo has any notice.
 */
export async function seedNotices({ db }: PluginSeedContext): Promise<void> {
  const [existing] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from lappi_valmennus.notice`),
  );
  if ((existing?.n ?? 0) > 0) return;
  await db.execute(sql`
    insert into lappi_valmennus.notice
      (provider_id, recipient_key, guardian_person_id, day, status, due_at, next_attempt_at, attempts, sent_at)
    select distinct on (m.provider_id, recipient_key, m.day)
      m.provider_id, ${recipientKeySql} as recipient_key, g.person_id, m.day, 'sent', due.at, due.at, 1, due.at
    from attendance_mark m
    join student s on s.provider_id = m.provider_id and s.id = m.student_id
    join guardian g on g.provider_id = s.provider_id and g.student_id = s.id
    cross join lateral (
      select ${dueAt(sql`m.day`, sql`${DEFAULT_SEND_AT}`)} as at
    ) due
    where m.status = 'absent' and ${minorOn(sql`m.day`)}
      and (g.person_id is not null or g.email is not null) and due.at < now()
    order by m.provider_id, recipient_key, m.day`);
}
