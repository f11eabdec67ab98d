import { sql } from "@polku/plugin-sdk/drizzle";
import { minorOn, recipientKeySql } from "./recipients.ts";

/**
 * What a notice (aliased `n`) tells now: each minor ward's lessons marked absent that day, as
 * `[{ studentId, name, lessons }]` ("" is the whole day), wards by name. Shared by the marks' subscriber
 * and the demo seed, so both say the same.
 */
export const noticeLinesSql = sql`coalesce((
  select jsonb_agg(jsonb_build_object('studentId', w.id, 'name', w.name, 'lessons', w.lessons)
                   order by w.last_name, w.first_name)
  from (
    select s.id, s.first_name || ' ' || s.last_name as name, s.last_name, s.first_name,
           array_agg(m.lesson order by m.lesson) as lessons
    from guardian g
    join student s on s.provider_id = g.provider_id and s.id = g.student_id and ${minorOn(sql`n.day`)}
    join attendance_mark m on m.provider_id = s.provider_id and m.student_id = s.id
      and m.day = n.day and m.status = 'absent'
    where g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key
    group by s.id, s.first_name, s.last_name
  ) w), '[]'::jsonb)`;

/** The notice's recipient as its guardian rows give them (a lateral subquery): address and first name. */
export const noticeRecipientSql = sql`(
  select min(g.email) as email, min(g.first_name) as first_name from guardian g
  where g.provider_id = n.provider_id and ${recipientKeySql} = n.recipient_key
)`;
