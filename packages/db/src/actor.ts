import { sql } from "drizzle-orm";
import { type Database, rowsOf, UNNAMED } from "./client.ts";
import { prebuiltSql } from "./prebuilt.ts";

/**
 * Role that every request runs as; it is not a superuser and not a table owner, so RLS applies. The
 * policies take the actor from the transaction's session (app.session, set by polku_begin_request):
 * no setting a request could write itself says who it is.
 */
export const appRole = "polku_app";

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
 * A request's first statement: the role, and the session found by its token hash (its values are
 * placeholders; see prebuilt.ts). Unnamed (not a prepared statement the connection keeps): it carries
 * the person's token hash, and polku_begin_request refuses a connection where SQL prepared statements
 * of its own. Schema-qualified, so a search_path a request set does not reach it.
 */
const beginRequest =
  prebuiltSql(sql`${sql.raw(UNNAMED)} select pg_catalog.set_config('role', ${appRole}, true) as role_set,
  (select pg_catalog.row_to_json(r) from public.polku_begin_request(${sql.placeholder("tokenHash")},
    ${sql.placeholder("procedure")}, ${sql.placeholder("ip")}) r) as actor`);

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
      await beginRequest(tx as unknown as Database, {
        tokenHash: request.tokenHash,
        procedure: request.procedure,
        ip: request.ip ?? "",
      }),
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
