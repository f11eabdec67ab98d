/**
 * The table walk: every table of every schema of a fully migrated deployment (the core's `public`, each
 * plugin's own schema, the migrations' tables), checked against the one rule that keeps row-level
 * security a wall: a table the application role `polku_app` may touch at all (by its own grants or
 * PUBLIC's) has row-level security enabled and at least one policy that applies to `polku_app`. A table
 * with no privilege for `polku_app` or PUBLIC is owner-only, and fine as it is (the migrations' tables,
 * survey answers). A view or materialized view the role may read would run as its owner, past every
 * policy, unless it is a `security_invoker` view. The deployment is every plugin of the workspace (the
 * demo's and any other), so a new plugin's tables are walked without writing anything.
 *
 * The security-definer functions the role may call are walked too: each runs as the owner, so one
 * whose search_path leaves pg_temp implicit (searched first) lets a caller's temporary table stand in
 * for the table it reads (`create temp table student ...` to become a student anywhere), unless the
 * role may not create temporary tables in the database at all.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOf } from "@polku/db";
import { createTestDb, type TestDb, testDatabases } from "@polku/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeDeployment } from "../src/deployment/compose.ts";
import { findRepoRoot, loadDeployment, readDeploymentFile } from "../src/deployment/load.ts";

const APP = "polku_app";

interface Relation {
  schema: string;
  name: string;
  kind: "r" | "p" | "v" | "m" | "f";
  rls: boolean;
  security_invoker: boolean;
  /** Privileges polku_app holds on the table or on any of its columns, its own or PUBLIC's. */
  app_privileges: string[];
  public_privileges: string[];
  /** Policies that apply to polku_app (to it, to a role it is a member of, or to PUBLIC). */
  app_policies: string[];
}

interface DefinerFunction {
  signature: string;
  search_path: string | null;
}

/** A deployment of every plugin in the workspace; the demo's plugins are among them. */
async function everyPlugin() {
  const root = findRepoRoot();
  const ids = readdirSync(join(root, "plugins")).filter((id) =>
    existsSync(join(root, "plugins", id, "package.json")),
  );
  const demo = readDeploymentFile("demo", root).config.plugins;
  expect(ids).toEqual(expect.arrayContaining([...demo]));
  const file = join(mkdtempSync(join(tmpdir(), "polku-walk-")), "every-plugin.json");
  writeFileSync(file, JSON.stringify({ region: "walk", plugins: ids }));
  return composeDeployment(await loadDeployment(file));
}

const privilegeList = (oid: ReturnType<typeof sql>, role: string) => sql`array(
  select p from unnest(array['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
  where has_table_privilege(${role}, ${oid}, p)
     or (p in ('SELECT','INSERT','UPDATE','REFERENCES') and has_any_column_privilege(${role}, ${oid}, p)))`;

/** What is wrong with one table, view or materialized view, or null. */
function problemOf(r: Relation): string | null {
  const name = `${r.schema}.${r.name}`;
  const granted = r.app_privileges.length > 0;
  const grants = `${APP} may ${r.app_privileges.join(", ")}${r.public_privileges.length > 0 ? ` (PUBLIC: ${r.public_privileges.join(", ")})` : ""}`;
  if (!granted) return null;
  if (r.kind === "v") {
    return r.security_invoker
      ? null
      : `${name} is a view ${APP} can use that runs as its owner, past row-level security: ${grants}; make it security_invoker or revoke`;
  }
  if (r.kind === "m") {
    return `${name} is a materialized view (no row-level security possible): ${grants}; revoke, or read it through a definer function`;
  }
  if (!r.rls) {
    return `${name} has no row-level security, yet ${grants}; enable row-level security with a policy for ${APP}, or revoke every grant to ${APP} and PUBLIC (owner-only)`;
  }
  if (r.app_policies.length === 0) {
    return `${name} has row-level security but no policy that applies to ${APP}, yet ${grants}; add a policy for ${APP}, or revoke every grant (owner-only)`;
  }
  return null;
}

describe.each(testDatabases())("the table walk on $kind", ({ kind }) => {
  let t: TestDb;
  let relations: Relation[];
  let schemas: string[];

  beforeAll(async () => {
    const deployment = await everyPlugin();
    t = await createTestDb(kind, deployment.migrationSets);
    relations = rowsOf<Relation>(
      await t.db.execute(sql`
        select n.nspname as schema, c.relname as name, c.relkind as kind, c.relrowsecurity as rls,
               coalesce('security_invoker=true' = any(c.reloptions) or 'security_invoker=on' = any(c.reloptions), false)
                 as security_invoker,
               ${privilegeList(sql`c.oid`, APP)} as app_privileges,
               ${privilegeList(sql`c.oid`, "public")} as public_privileges,
               array(select p.polname::text from pg_policy p
                     where p.polrelid = c.oid
                       and (0::oid = any(p.polroles)
                            or exists (select 1 from unnest(p.polroles) r(oid)
                                       where r.oid <> 0 and pg_has_role(${APP}, r.oid, 'MEMBER')))
                     order by p.polname) as app_policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'f')
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
        order by n.nspname, c.relname`),
    );
    schemas = [...new Set(relations.map((r) => r.schema))];
  }, 120_000);
  afterAll(() => t?.dispose());

  it("walks the core's, every plugin's and the migrations' tables", () => {
    expect(schemas).toEqual(
      expect.arrayContaining(["public", "polku_migrations", "esedu_workshop_handover", "lappi_valmennus"]),
    );
    expect(relations.filter((r) => r.schema === "public").length).toBeGreaterThan(10);
  });

  it("finds row-level security with a policy for polku_app on every table it may touch, and no grant on any other", () => {
    const problems = relations.map(problemOf).filter((p): p is string => p !== null);
    expect(problems, `tables walked: ${relations.length}\n${problems.join("\n")}`).toEqual([]);
  });

  it("keeps the migrations' tables owner-only", () => {
    const migrations = relations.filter((r) => r.schema === "polku_migrations");
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    for (const r of migrations) expect(r.app_privileges, `${r.schema}.${r.name}`).toEqual([]);
  });

  it("pins pg_temp last in the search_path of every security-definer function polku_app may call", async () => {
    const [temp] = rowsOf<{ allowed: boolean }>(
      await t.db.execute(sql`select has_database_privilege(${APP}, current_database(), 'TEMP') as allowed`),
    );
    const functions = rowsOf<DefinerFunction>(
      await t.db.execute(sql`
        select p.oid::regprocedure::text as signature,
               (select substr(s, length('search_path=') + 1) from unnest(p.proconfig) s
                where s like 'search\\_path=%') as search_path
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema')
          and has_function_privilege(${APP}, p.oid, 'EXECUTE')
        order by 1`),
    );
    expect(functions.length).toBeGreaterThan(0);
    if (!temp!.allowed) return;
    const unpinned = functions
      .filter((f) => !/(^|,\s*)"?pg_temp"?\s*$/.test(f.search_path ?? ""))
      .map(
        (f) =>
          `${f.signature} runs as its owner with search_path ${f.search_path ?? "(the caller's)"}: ` +
          `${APP} may create temporary tables, which are searched first; set search_path = ..., pg_temp`,
      );
    expect(unpinned, unpinned.join("\n")).toEqual([]);
  });
});
