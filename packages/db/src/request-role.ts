import { sql } from "drizzle-orm";
import { ConfigurationError, type PolkuDb, rowsOf } from "./client.ts";

interface RoleFacts {
  login: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  rolcreaterole: boolean;
  is_app: boolean;
  owns: boolean;
}

/**
 * Refuses a request connection that could step past row-level security: its login role must be a
 * member of polku_app and must not be a superuser, bypass RLS, create roles (CREATEROLE can grant
 * itself any other role), or own or be able to become the owner of any table. On PGlite there is one
 * connection and nothing to check.
 */
export async function checkRequestRole(polku: PolkuDb): Promise<void> {
  if (polku.kind === "pglite") return;
  const [facts] = rowsOf<RoleFacts>(
    await polku.requestDb.execute(sql`
      select r.rolname as login, r.rolsuper, r.rolbypassrls, r.rolcreaterole,
        pg_has_role(session_user, 'polku_app', 'MEMBER') as is_app,
        exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
                  and c.relkind in ('r', 'p', 'v', 'm')
                  and pg_has_role(session_user, c.relowner, 'MEMBER')) as owns
      from pg_roles r where r.rolname = session_user`),
  );
  if (!facts) throw new ConfigurationError("The request connection's login role was not found.");
  const problems = [
    facts.rolsuper && "is a superuser",
    facts.rolbypassrls && "has BYPASSRLS",
    facts.rolcreaterole && "has CREATEROLE",
    facts.owns && "owns (or can become the owner of) tables",
    !facts.is_app && "is not a member of polku_app",
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new ConfigurationError(
      `The request connection (POLKU_APP_DATABASE_URL) logs in as ${facts.login}, which ${problems.join(", ")}. ` +
        "Requests need a login role that is only a member of polku_app: see the README's PostgreSQL section.",
    );
  }
}
