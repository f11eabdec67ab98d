import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@polku/db";
import { schema } from "@polku/db";
import type { Role } from "@polku/domain";
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";

export const SESSION_COOKIE = "polku_session";
export const CSRF_HEADER = "x-polku-csrf";
/** Sessions slide: each use within this window extends them. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const TOUCH_AFTER_MS = 5 * 60 * 1000;
/** However busy, a session ends this long after the login: a workday, then log in again. */
export const SESSION_ABSOLUTE_HOURS = 12;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** The person behind a request, acting through one membership. */
export interface Actor {
  readonly personId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly locale: string;
  readonly membershipId: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  /** The education provider whose rows this actor works on; null for partners, students and guardians. */
  readonly providerId: string | null;
  readonly sessionTokenHash: string;
  readonly csrfToken: string;
}

const staffRoles: ReadonlySet<string> = new Set(["tutor", "teacher", "welfare", "manager"]);

/** Provider staff act on their provider's rows; everyone else only through grants or as themselves. */
export function providerScopeOf(
  role: string,
  organisation: { id: string; kind: string; parentId: string | null },
) {
  if (!staffRoles.has(role)) return null;
  if (organisation.kind === "provider") return organisation.id;
  if (organisation.kind === "institution") return organisation.parentId;
  return null;
}

/**
 * A new session token and CSRF token. `loggedInAt` carries the login time over when a session is
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
  await db.insert(schema.session).values({
    tokenHash: sha256(token),
    personId,
    membershipId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ...(loggedInAt ? { createdAt: loggedInAt } : {}),
  });
  return { token, csrfToken };
}

/** Looks up a live session by its cookie token; null when missing, expired or revoked. */
export async function resolveSession(db: Database, token: string | undefined): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = sha256(token);
  const { session, person, membership, organisation } = schema;
  const [row] = await db
    .select({
      personId: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      locale: person.locale,
      membershipId: membership.id,
      role: membership.role,
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      organisationParent: organisation.parentId,
      csrfToken: session.csrfToken,
      lastSeenAt: session.lastSeenAt,
    })
    .from(session)
    .innerJoin(person, eq(person.id, session.personId))
    .innerJoin(membership, and(eq(membership.id, session.membershipId), eq(membership.personId, person.id)))
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(
      and(
        eq(session.tokenHash, tokenHash),
        isNull(session.revokedAt),
        gt(session.expiresAt, sql`now()`),
        gt(session.createdAt, sql`now() - make_interval(hours => ${SESSION_ABSOLUTE_HOURS})`),
        eq(person.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(session)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_TTL_MS) })
      .where(eq(session.tokenHash, tokenHash));
  }
  return {
    personId: row.personId,
    firstName: row.firstName,
    lastName: row.lastName,
    locale: row.locale,
    membershipId: row.membershipId,
    role: row.role as Role,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    providerId: providerScopeOf(row.role, {
      id: row.organisationId,
      kind: row.organisationKind,
      parentId: row.organisationParent,
    }),
    sessionTokenHash: tokenHash,
    csrfToken: row.csrfToken,
  };
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
