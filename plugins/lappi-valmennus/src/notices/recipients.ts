import { type SQL, sql } from "@polku/plugin-sdk/drizzle";

/** When a provider's notices go out unless a manager sets another time (Helsinki time). */
export const DEFAULT_SEND_AT = "15:00";

/**
 * Who a guardian row's notices go to, as one key: the person, so a guardian of two wards gets one
 * message; an email for a guardian without an account. Expects the guardian table aliased `g`.
 */
export const recipientKeySql = sql`coalesce(g.person_id::text, 'email:' || lower(g.email))`;

/**
 * Was the student (aliased `s`) a minor on `day`? The same rule as the core's guardian access: under
 * 18 on that day. Notices are only ever about a minor's absences.
 */
export const minorOn = (day: SQL) => sql`s.birth_date > ${day} - interval '18 years'`;

/** When a day's notices go out: the sending time ("HH:MM", Helsinki) on that day, as an instant. */
export const dueAt = (day: SQL, sendAt: SQL) =>
  sql`((${day} + ${sendAt}::time) at time zone 'Europe/Helsinki')`;

/** The notice's idempotency key in the core's notifications: the notice is delivered once, as itself. */
export const noticeKey = (noticeId: string) => `notice:${noticeId}`;

/** The core notification of a notice (aliased `n`), to join for its delivery state. */
export const noticeNotificationSql = sql`notification nt on nt.source = 'lappi-valmennus' and nt.key = 'notice:' || n.id::text`;
