import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { coreEvents, on } from "@polku/plugin-sdk/server";
import { DEFAULT_SEND_AT, dueAt, minorOn, recipientKeySql } from "./recipients.ts";

/**
 * Records the day's notice for each guardian of a minor marked absent without an explanation, in the
 * transaction that saved the mark (the core emits `core.marksSaved` there): the notice exists exactly when the
 * mark does. One notice per guardian and day, whatever the number of lessons or wards: a later absence
 * the same day joins the notice already recorded, which lists the day's absences when it is sent.
 *
 * It runs as the teacher who marked (row-level security applies): the teacher's provider owns the
 * students, the guardians and the notice. Guardians with neither an account nor an email are skipped:
 * there is no one to tell.
 */
export const recordAbsenceNotices = on(
  coreEvents.marksSaved,
  async ({ tx }, { providerId, savedBy, marks }) => {
    const absences = new Map<string, { student_id: string; day: string }>();
    for (const mark of marks) {
      if (mark.status === "absent")
        absences.set(`${mark.studentId}/${mark.day}`, { student_id: mark.studentId, day: mark.day });
    }
    if (absences.size === 0) return;
    const rows = JSON.stringify([...absences.values()]);
    // A minor on the day of the absence (the same rule as the core's guardian access); due at the
    // provider's sending time of that day in Helsinki, or at once for a day whose time has passed.
    rowsOf(
      await tx.execute(sql`
      insert into lappi_valmennus.notice
        (provider_id, recipient_key, guardian_person_id, day, due_at, next_attempt_at, recorded_by)
      select distinct on (recipient_key, a.day)
        s.provider_id, ${recipientKeySql} as recipient_key, g.person_id, a.day, due.at, due.at,
        ${savedBy}::uuid
      from jsonb_to_recordset(${rows}::jsonb) as a(student_id uuid, day date)
      join student s on s.provider_id = ${providerId}::uuid and s.id = a.student_id
      join guardian g on g.provider_id = s.provider_id and g.student_id = s.id
      left join lappi_valmennus.notice_settings ns on ns.provider_id = s.provider_id
      cross join lateral (
        select ${dueAt(sql`a.day`, sql`coalesce(ns.send_at, ${DEFAULT_SEND_AT})`)} as at
      ) due
      where ${minorOn(sql`a.day`)}
        and (g.person_id is not null or g.email is not null)
      order by recipient_key, a.day
      on conflict (provider_id, recipient_key, day) do nothing
      returning id`),
    );
  },
);
