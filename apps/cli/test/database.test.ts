/**
 * `--database`: the real CLI as a child process on a migrated, demo-seeded database (a PGlite folder,
 * and PostgreSQL when DATABASE_URL is set). Its statement and scenarios must equal the same commands
 * run on a cohort CSV exported here, by the owner, straight from the tables (not through the loader the
 * CLI uses), with the pseudonymous references polku.funding_graduates gives. Each graduate read leaves
 * the negotiator's audit entry, the CLI's session ends revoked, and no name or internal id is printed.
 * Bad URLs and folders, an unreachable server, an unknown provider, a provider without an agreement and
 * an empty cohort are refused with exit 6 and a sentence in the CLI's language.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOf } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCohortCsv, type Graduate, type Seeded, seeded } from "./database-fixture.ts";
import { polku, rowOf } from "./run.ts";

// The demo's graduates graduated this year or last (demoGraduationYear): placed in the autumn after,
// they pay from the funding year two years after their statistics year.
const year = String(new Date().getFullYear() + (new Date().getMonth() >= 7 ? 3 : 2));

describe.each(testDatabases())("polku funding --database on $kind", ({ kind }) => {
  let db: Seeded;
  let providerId: string;
  let providerOid: string | null;
  let providerName: string;
  let agreementFile: string;
  let exported: string;
  let graduates: Graduate[];
  const out = mkdtempSync(join(tmpdir(), "polku-cli-dbout-"));
  const fromDb = () => ["--database", db.arg, "--provider", providerOid ?? providerId, "--as", "rahoitus"];
  let statement: Awaited<ReturnType<typeof polku>>;
  /** `funding statement` from a database, as `--as` of `--provider`, in `lang`. */
  const statementFrom = (o: {
    agreement: string;
    database: string;
    provider: string;
    as?: string;
    lang?: string;
  }) =>
    polku([
      "funding",
      "statement",
      "-a",
      o.agreement,
      "--database",
      o.database,
      "--provider",
      o.provider,
      "--as",
      o.as ?? "rahoitus",
      "-y",
      year,
      "--lang",
      o.lang ?? "fi",
    ]);

  beforeAll(async () => {
    db = await seeded(kind);
    await db.asOwner(async (o) => {
      // The demo's one agreement (its first provider's, with the workshop, a company and the partner).
      let agreementId: string;
      [{ id: providerId, oid: providerOid, agreement: agreementId }] = rowsOf<{
        id: string;
        oid: string | null;
        agreement: string;
      }>(
        await o.execute(sql`select a.provider_id::text as id, org.oid, a.id::text as agreement
          from funding_agreement a join organisation org on org.id = a.provider_id`),
      ) as [{ id: string; oid: string | null; agreement: string }];
      [{ name: providerName }] = rowsOf<{ name: string }>(
        await o.execute(sql`select name from organisation where id = ${providerId}::uuid`),
      ) as [{ name: string }];
      // The terms every party accepted (version 1), as the portal's statement prices them.
      const [v1] = rowsOf<{ terms: unknown }>(
        await o.execute(sql`select terms from funding_agreement_version
          where agreement_id = ${agreementId}::uuid and version = 1`),
      );
      agreementFile = join(out, "sopimus.json");
      writeFileSync(agreementFile, JSON.stringify([v1!.terms], null, 2));
      graduates = rowsOf(
        await o.execute(sql`select id::text as id, first_name, last_name, expected_graduation::text as graduated,
            employed_before_training as employed_before from student
          where provider_id = ${providerId}::uuid and study_right_state = 'valmistunut'
            and expected_graduation is not null`),
      );
    });
    statement = await polku([
      "funding",
      "statement",
      "-a",
      agreementFile,
      ...fromDb(),
      "-y",
      year,
      "--csv",
      join(out, "db.csv"),
    ]);
    // The cohort CSV of the same data, under the references the definer function gives (its secret
    // exists once it has run).
    exported = await db.asOwner((o) =>
      exportCohortCsv(o, { providerId, providerName, agreementFile, graduates, out }),
    );
  }, 120_000);
  afterAll(() => db?.dispose());

  it("prints the statement the exported cohort gives, line for line", async () => {
    expect(statement.stderr).toBe(`Kirjoitettu: ${join(out, "db.csv")}\n`);
    expect(statement.code).toBe(0);
    const fromCsv = await polku([
      "funding",
      "statement",
      "-a",
      agreementFile,
      "-c",
      exported,
      "-y",
      year,
      "--pseudonym-key",
      providerId,
      "--csv",
      join(out, "csv.csv"),
    ]);
    expect(fromCsv.code).toBe(0);
    const dbLines = readFileSync(join(out, "db.csv"), "utf8");
    // Lines with euros on them: the comparison is not of two empty statements.
    expect(dbLines.split("\n").filter((l) => /;[1-9]\d*,\d\d/.test(l)).length).toBeGreaterThan(5);
    expect(dbLines).toBe(readFileSync(join(out, "csv.csv"), "utf8"));
    for (const party of ["Nuorten työpaja Verstas", "Savon Rakennuspalvelu Oy", "Mikkelin nuorisopalvelut"])
      expect(rowOf(statement.stdout, "Yhteenveto", party)).toEqual(
        rowOf(fromCsv.stdout, "Yhteenveto", party),
      );
  });

  it("prints pseudonyms only: no graduate's name or id", () => {
    expect(graduates.length).toBeGreaterThan(5);
    for (const g of graduates) {
      expect(statement.stdout).not.toContain(g.id);
      expect(statement.stdout).not.toContain(`${g.first_name} ${g.last_name}`);
    }
    expect(statement.stdout).toMatch(/P-[0-9a-f]+|S-[0-9a-f]{24}|[0-9a-f]{12}/);
  });

  it("audits each graduate read as the negotiator's, and revokes its session", async () => {
    const [audit] = await db.asOwner(async (o) =>
      rowsOf<{ n: number; students: number; role: string; live: number }>(
        await o.execute(sql`select count(*)::int as n, count(distinct a.student_id)::int as students,
            min(a.actor_role) as role,
            (select count(*)::int from session where token_hash like 'cli-%' and revoked_at is null) as live
          from audit_log a join person p on p.id = a.actor_person_id
          where a.procedure = 'funding.cli.statement' and p.username = 'rahoitus' and a.action = 'read'`),
      ),
    );
    expect(audit).toEqual({
      n: graduates.length,
      students: graduates.length,
      role: "funding_negotiator",
      live: 0,
    });
  });

  it("runs the same scenarios as the exported cohort", async () => {
    const args = ["-y", year, "-n", "300", "--seed", "7", "--no-sensitivity", "-q"];
    const a = await polku(["funding", "simulate", "-a", agreementFile, ...fromDb(), ...args]);
    const b = await polku(["funding", "simulate", "-a", agreementFile, "-c", exported, ...args]);
    expect(a.stderr).toBe("");
    const table = (s: string) => s.slice(0, s.indexOf("Oletukset"));
    expect(rowOf(a.stdout, "Jakaumat", "Nuorten työpaja Verstas")[2]).not.toBe("0,00 €");
    expect(table(a.stdout)).toBe(table(b.stdout));
  });

  it("refuses a bad URL, a missing folder and an unreachable server (exit 6)", async () => {
    const run = (database: string, lang = "fi") =>
      statementFrom({ agreement: agreementFile, database, provider: providerId, lang });
    const bad = await run("mysql://root@localhost/polku");
    expect([bad.code, bad.stderr]).toEqual([6, expect.stringContaining("ei ole PostgreSQL-osoite")]);
    const folder = await run(join(out, "no-such-folder"), "en");
    expect([folder.code, folder.stderr]).toEqual([6, expect.stringContaining("is not a PGlite database")]);
    const down = await run("postgres://postgres@127.0.0.1:1/polku", "sv");
    expect(down.code).toBe(6);
    expect(down.stderr).toContain(
      "Det går inte att ansluta till databasen postgres://postgres@127.0.0.1:1/polku",
    );
    expect(down.stderr).toContain("ECONNREFUSED");
  }, 60_000);

  it("refuses an unknown provider or person, and both sources or none (exit 2)", async () => {
    const base = ["funding", "statement", "-a", agreementFile, "-y", year];
    const provider = await statementFrom({
      agreement: agreementFile,
      database: db.arg,
      provider: "1.2.246.562.10.00000000000",
    });
    expect([provider.code, provider.stderr]).toEqual([
      6,
      expect.stringContaining("ei ole tällä tunnuksella"),
    ]);
    const tutor = await statementFrom({
      agreement: agreementFile,
      database: db.arg,
      provider: providerId,
      as: "omaohjaaja",
    });
    expect([tutor.code, tutor.stderr]).toEqual([6, expect.stringContaining("ei neuvottele")]);
    const both = await polku([...base, "-c", exported, "--database", db.arg]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("ei molempia")]);
    const none = await polku(base);
    expect(none.code).toBe(2);
    const noAs = await polku([...base, "--database", db.arg, "--provider", providerId]);
    expect([noAs.code, noAs.stderr]).toEqual([2, expect.stringContaining("--as")]);
  }, 60_000);

  it("says when the provider has no agreement, and when its cohort is empty", async () => {
    // The other provider: no agreement and no graduates. The negotiator is given a role there.
    const other = await db.asOwner(async (o) => {
      const [row] = rowsOf<{ id: string; person: string }>(
        await o.execute(sql`select org.id::text as id, p.id::text as person from organisation org, person p
          where org.kind = 'provider' and org.id <> ${providerId}::uuid and p.username = 'rahoitus' limit 1`),
      );
      await o.execute(sql`insert into membership (person_id, organisation_id, role)
        values (${row!.person}::uuid, ${row!.id}::uuid, 'funding_negotiator')`);
      return row!;
    });
    const terms = JSON.parse(readFileSync(agreementFile, "utf8")) as Array<Record<string, unknown>>;
    const otherFile = join(out, "toinen.json");
    writeFileSync(otherFile, JSON.stringify(terms.map((t) => ({ ...t, providerId: other.id }))));
    const run = () =>
      statementFrom({ agreement: otherFile, database: db.arg, provider: other.id, lang: "en" });
    const none = await run();
    expect([none.code, none.stderr]).toEqual([
      6,
      expect.stringContaining("has no share agreement in the database"),
    ]);
    await db.asOwner((o) =>
      o.execute(sql`insert into funding_agreement (provider_id, title, created_by)
        values (${other.id}::uuid, 'Tyhjä', ${other.person}::uuid)`),
    );
    const empty = await run();
    expect([empty.code, empty.stderr]).toEqual([6, expect.stringContaining("cohort is empty")]);
    const wrong = await statementFrom({ agreement: agreementFile, database: db.arg, provider: other.id });
    expect([wrong.code, wrong.stderr]).toEqual([
      6,
      expect.stringContaining("anna saman järjestäjän sopimus"),
    ]);
  }, 60_000);
});
