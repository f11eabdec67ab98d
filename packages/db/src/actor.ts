import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "./client.ts";

/** Role that every request runs as; it is not a superuser and not a table owner, so RLS applies. */
export const appRole = "polku_app";

/** Who is acting, as the row-level security policies see it. */
export interface ActorScope {
  /** Set for staff of an education provider: rows of this provider are theirs. */
  readonly providerId: string | null;
  /** The organisation acted for: grants to it open students of other providers. */
  readonly organisationId: string | null;
  /** The person acting: a student sees themself, a guardian their minor ward. */
  readonly personId: string | null;
  /** The role acted in: welfare content is readable only by the welfare role. */
  readonly role?: string | null;
  /** The procedure acting: every audit entry of the transaction must name it. */
  readonly procedure?: string | null;
  /** The client's address: every audit entry of the transaction must carry it. */
  readonly ip?: string | null;
}

export const anonymousScope: ActorScope = {
  providerId: null,
  organisationId: null,
  personId: null,
  role: null,
};

/**
 * Runs `work` in one transaction as the application role with the actor's scope set locally, so
 * the settings end with the transaction and never leak to the next user of a pooled connection.
 */
export function inScope<T>(db: Database, scope: ActorScope, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${appRole}, true),
      set_config('app.provider_id', ${scope.providerId ?? ""}, true),
      set_config('app.organisation_id', ${scope.organisationId ?? ""}, true),
      set_config('app.person_id', ${scope.personId ?? ""}, true),
      set_config('app.role', ${scope.role ?? ""}, true),
      set_config('app.procedure', ${scope.procedure ?? ""}, true),
      set_config('app.ip', ${scope.ip ?? ""}, true)`);
    return work(tx as unknown as Database);
  });
}

/** The acting person of a request, as `polku_begin_request` found them from the session cookie. */
export interface SessionActor {
  readonly personId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly locale: string;
  readonly membershipId: string;
  readonly role: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: string;
  readonly providerId: string | null;
  readonly csrfToken: string;
  readonly loggedInAt: Date;
}

export interface RequestScope {
  /** SHA-256 of the session cookie's token, or null without one. */
  readonly tokenHash: string | null;
  readonly procedure: string;
  readonly ip: string | null;
  readonly sessionTtlSeconds: number;
  readonly sessionAbsoluteHours: number;
}

interface BeginRow {
  role_set: string;
  actor: {
    person_id: string;
    first_name: string;
    last_name: string;
    locale: string;
    membership_id: string;
    role: string;
    organisation_id: string;
    organisation_name: string;
    organisation_kind: string;
    provider_id: string | null;
    csrf_token: string;
    logged_in_at: string;
  } | null;
}

/**
 * A request's transaction: one statement (after BEGIN) resolves the session, sets the role and the
 * actor's scope, so the session lookup costs no round trip of its own. `work` gets the actor, or null
 * for a request without a live session (which then runs with an anonymous scope).
 */
export function inRequest<T>(
  db: Database,
  request: RequestScope,
  work: (tx: Database, actor: SessionActor | null) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const [row] = rowsOf<BeginRow>(
      await tx.execute(sql`select set_config('role', ${appRole}, true) as role_set,
        (select row_to_json(r) from polku_begin_request(${request.tokenHash}, ${request.procedure},
          ${request.ip ?? ""}, ${request.sessionTtlSeconds}::int, ${request.sessionAbsoluteHours}::int) r) as actor`),
    );
    if (row?.role_set !== appRole) throw new Error("The request's role could not be set.");
    const a = row.actor;
    const actor: SessionActor | null = a
      ? {
          personId: a.person_id,
          firstName: a.first_name,
          lastName: a.last_name,
          locale: a.locale,
          membershipId: a.membership_id,
          role: a.role,
          organisationId: a.organisation_id,
          organisationName: a.organisation_name,
          organisationKind: a.organisation_kind,
          providerId: a.provider_id,
          csrfToken: a.csrf_token,
          loggedInAt: new Date(a.logged_in_at),
        }
      : null;
    return work(tx as unknown as Database, actor);
  });
}
