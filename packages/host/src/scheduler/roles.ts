/**
 * The job roles: one NOLOGIN role per plugin with jobs, `polku_job_<schema>`, that reaches only that
 * plugin's schema. Made and brought up to date by the host at every start, on the owner's connection,
 * after the migrations: the rule is in one place, and a plugin's tables (new ones too) get it without a
 * line of SQL in the plugin.
 *
 * On each table of the plugin's schema that has row-level security, the role gets the privileges the
 * application role has there (so a job may change what a request may, e.g. only a handover's status,
 * never whose it is) and one policy, `polku_job`, that opens every row while the transaction runs a live
 * job of this plugin (`polku.current_job()`). Tables without row-level security are owner-only and stay
 * so (a survey's answers). It may call the plugin's own functions and the core's two job functions; it
 * gets nothing of the core's tables.
 *
 * The request login role is granted membership in the role (never the reverse), so it can
 * `SET LOCAL ROLE` to it; a `RESET ROLE` then returns to the login role, which holds nothing itself. A
 * request's SQL could switch to the role too, but without a live job token it sees no row.
 */
import { ConfigurationError, type PolkuDb, rowsOf } from "@polku/db";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { sql } from "drizzle-orm";
import { DeploymentError } from "../deployment/load.ts";
import { errorCode } from "./error-code.ts";

/** The plugin's schema, as the generator names it: its id with underscores. */
export const schemaOf = (plugin: ServerPlugin) => plugin.manifest.id.replaceAll("-", "_");
export const jobRoleOf = (plugin: ServerPlugin) => `polku_job_${schemaOf(plugin)}`;

const APP_ROLE = "polku_app";
const PLAIN = /^[a-z][a-z0-9_]{0,62}$/;

interface TablePrivilege {
  name: string;
  kind: string;
  privilege: string;
  whole: boolean;
  columns: string[];
}

/** Makes (or updates) the job role of every plugin that has jobs. */
export async function ensureJobRoles(polku: PolkuDb, plugins: readonly ServerPlugin[]): Promise<void> {
  const withJobs = plugins.filter((p) => (p.jobs ?? []).length > 0);
  if (withJobs.length === 0) return;
  const login =
    polku.kind === "postgres"
      ? rowsOf<{ login: string }>(await polku.requestDb.execute(sql`select session_user as login`))[0]!.login
      : null;
  for (const plugin of withJobs) {
    const role = jobRoleOf(plugin);
    const schema = schemaOf(plugin);
    if (!PLAIN.test(role)) {
      throw new DeploymentError({
        reason: `Plugin "${plugin.manifest.id}" has jobs, but its job role name ${role} is too long for PostgreSQL (63 characters).`,
      });
    }
    await createRole(polku, role);
    // Two processes starting at once would grant and revoke over each other: one at a time.
    await polku.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('polku.job-roles'))`);
      const [found] = rowsOf<{ exists: boolean }>(
        await tx.execute(sql`select exists (select 1 from pg_namespace where nspname = ${schema}) as exists`),
      );
      if (!found?.exists) {
        throw new DeploymentError({
          reason: `Plugin "${plugin.manifest.id}" has jobs but no schema ${schema}: a job runs on its plugin's own tables.`,
        });
      }
      for (const statement of await grantsOf(tx, plugin, role, schema)) await tx.execute(sql.raw(statement));
      // Granted once: membership is server-wide, and other databases' starts may be granting it too.
      if (login && login !== role) {
        const [member] = rowsOf<{ is: boolean }>(
          await tx.execute(sql`select pg_has_role(${login}, ${role}, 'MEMBER') as is`),
        );
        if (!member?.is) await tx.execute(sql.raw(`grant ${role} to ${quoteIdent(login)}`));
      }
    });
  }
}

/** Roles are server-wide: another database's start may be making the same one. */
async function createRole(polku: PolkuDb, role: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await polku.db.execute(
        sql.raw(`do $$ begin
          if not exists (select 1 from pg_roles where rolname = '${role}') then
            create role ${role} nologin noinherit nosuperuser nocreaterole nocreatedb nobypassrls;
          end if;
        end $$`),
      );
      return;
    } catch (error) {
      if (errorCode(error) === "42501") {
        throw new ConfigurationError(
          `The owner (DATABASE_URL) may not create the job role ${role}: give it CREATEROLE, or create the ` +
            `role as an administrator (CREATE ROLE ${role} NOLOGIN NOINHERIT; GRANT ${role} TO <the owner> WITH ADMIN OPTION).`,
        );
      }
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

async function grantsOf(tx: PolkuDb["db"], plugin: ServerPlugin, role: string, schema: string) {
  const rows = rowsOf<TablePrivilege>(
    await tx.execute(sql`
      select c.relname as name, c.relkind as kind, p.privilege,
             case when c.relkind = 'S' then has_sequence_privilege(${APP_ROLE}, c.oid, p.privilege)
                  else has_table_privilege(${APP_ROLE}, c.oid, p.privilege) end as whole,
             array(select a.attname::text from pg_attribute a
                   where c.relkind <> 'S' and p.privilege <> 'DELETE'
                     and a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                     and has_column_privilege(${APP_ROLE}, c.oid, a.attnum, p.privilege)
                   order by a.attnum) as columns
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      cross join lateral unnest(case when c.relkind = 'S' then array['USAGE']
                                     else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) p(privilege)
      where n.nspname = ${schema} and (c.relkind = 'S' or (c.relkind in ('r', 'p') and c.relrowsecurity))
      order by c.relname, p.privilege`),
  );
  const id = plugin.manifest.id.replaceAll("'", "");
  const statements = [
    `grant usage on schema ${schema}, polku to ${role}`,
    `grant execute on function polku.current_job(), polku.complete_job(timestamptz) to ${role}`,
    `grant execute on all functions in schema ${schema} to ${role}`,
  ];
  const tables = [...new Set(rows.map((r) => `${r.kind}:${r.name}`))];
  for (const key of tables) {
    const [kind, name] = key.split(":") as [string, string];
    const target = `${kind === "S" ? "sequence " : ""}${schema}.${quoteIdent(name)}`;
    // What the application role lost since the last start, the job role loses too.
    statements.push(`revoke all on ${target} from ${role}`);
    for (const r of rows.filter((row) => row.name === name)) {
      if (r.whole) statements.push(`grant ${r.privilege} on ${target} to ${role}`);
      else if (r.columns.length > 0) {
        statements.push(
          `grant ${r.privilege} (${r.columns.map(quoteIdent).join(", ")}) on ${target} to ${role}`,
        );
      }
    }
    // Made once: creating a policy locks the table against the requests other processes serve.
    if (kind !== "S") {
      statements.push(`do $$ begin
        if not exists (select 1 from pg_policy where polrelid = '${target}'::regclass and polname = 'polku_job') then
          create policy polku_job on ${target} for all to ${role}
            using (polku.current_job() = '${id}') with check (polku.current_job() = '${id}');
        end if;
      end $$`);
    }
  }
  return statements;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
