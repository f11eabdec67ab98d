import { sql } from "@polku/plugin-sdk/drizzle";

/** When a provider's notices go out unless a manager sets another time (Helsinki time). */
export const DEFAULT_SEND_AT = "15:00";

/**
 * Who a guardian row's notices go to, as one key: the person, so a guardian of two wards gets one
 * message; an email for a guardian without an account. Expects the guardian table aliased `g`.
 */
export const recipientKeySql = sql`coalesce(g.person_id::text, 'email:' || lower(g.email))`;
