import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";

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
      set_config('app.role', ${scope.role ?? ""}, true)`);
    return work(tx as unknown as Database);
  });
}
