import { createHash, randomBytes } from "node:crypto";
import type { Database, SessionActor } from "@polku/db";
import { schema } from "@polku/db";
import type { Role } from "@polku/domain";
import { eq, lt, sql } from "drizzle-orm";

export const SESSION_COOKIE = "polku_session";
export const CSRF_HEADER = "x-polku-csrf";
/** Sessions slide: a use more than 5 minutes after the last extends them by this (as polku_begin_request does). */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** The 5 minutes of polku_begin_request: a use sooner after the last one does not extend the session. */
export const SESSION_SLIDE_MINUTES = 5;
/**
 * However busy, a session ends this long after the login: a workday, then log in again. The database
 * holds every session to it (the CHECK session_absolute_limit, and polku_begin_request).
 */
export const SESSION_ABSOLUTE_HOURS = 12;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** The person behind a request, acting through one membership. */
export interface Actor extends Omit<SessionActor, "role"> {
  readonly role: Role;
  readonly sessionTokenHash: string;
}

/**
 * A new session token and CSRF token, on the owner's connection (no role that serves requests writes
 * sessions: a session is the scope the policies trust). `loggedInAt` carries the login time over when a session is
 * replaced (a role switch), so replacing never extends the absolute lifetime.
 */
export async function createSession(
  db: Database,
  personId: string,
  membershipId: string | null,
  loggedInAt?: Date,
) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const sliding = Date.now() + SESSION_TTL_MS;
  const absolute = (loggedInAt?.getTime() ?? Date.now()) + SESSION_ABSOLUTE_HOURS * 3_600_000;
  await db.insert(schema.session).values({
    tokenHash: sha256(token),
    personId,
    membershipId,
    csrfToken,
    expiresAt: new Date(Math.min(sliding, absolute)),
    ...(loggedInAt ? { createdAt: loggedInAt } : {}),
  });
  return { token, csrfToken };
}

export async function revokeSession(db: Database, tokenHash: string) {
  await db
    .update(schema.session)
    .set({ revokedAt: new Date() })
    .where(eq(schema.session.tokenHash, tokenHash));
}

/** Removes sessions that ended more than a day ago; run from a scheduled job or at start-up. */
export async function pruneSessions(db: Database) {
  await db.delete(schema.session).where(lt(schema.session.expiresAt, sql`now() - interval '1 day'`));
}
