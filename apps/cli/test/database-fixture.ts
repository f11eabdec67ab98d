/**
 * The database side of the `--database` tests: a migrated, demo-seeded database (a PGlite folder as
 * `pnpm start` keeps it, or a new PostgreSQL database), and the cohort CSV the owner exports of it
 * straight from the tables (not through the loader the CLI uses), under the pseudonymous references
 * polku.funding_graduates gives, for the CLI's two sources to be compared.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  coreMigrations,
  createDb,
  type Database,
  migrate,
  type PolkuDb,
  rowsOf,
  seedDemoRegion,
} from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { sql } from "drizzle-orm";

export interface Seeded {
  /** What --database is given. */
  readonly arg: string;
  /** Runs `work` on the owner's connection (on PGlite, opening the folder while no CLI has it). */
  readonly asOwner: <T>(work: (db: Database) => Promise<T>) => Promise<T>;
  readonly dispose: () => Promise<void>;
}

export async function seeded(kind: "pglite" | "postgres"): Promise<Seeded> {
  if (kind === "postgres") {
    const t: TestDb = await createTestDb("postgres");
    await seedDemoRegion(t.db, async () => "!");
    return { arg: t.url!, asOwner: (work) => work(t.db), dispose: () => t.dispose() };
  }
  // A folder as `pnpm start` keeps it (.polku-data/pglite): PGlite has one process, so the test
  // closes it before each CLI run opens it.
  const data = join(mkdtempSync(join(tmpdir(), "polku-cli-db-")), ".polku-data");
  const openOwner = () => createDb({ url: "", dataDir: join(data, "pglite") });
  const first: PolkuDb = await openOwner();
  await migrate(first, [coreMigrations]);
  await seedDemoRegion(first.db, async () => "!");
  await first.close();
  return {
    arg: data,
    asOwner: async (work) => {
      const p = await openOwner();
      try {
        return await work(p.db);
      } finally {
        await p.close();
      }
    },
    dispose: async () => {},
  };
}

const roleWord: Record<string, string> = {
  workshop: "työpaja",
  company: "yritys",
  partner: "kumppani",
  higher_education: "kumppani",
  mentor: "mentori",
};

export interface Graduate {
  readonly id: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly graduated: string;
  readonly employed_before: boolean | null;
}

/** The cohort CSV (`kohortti.csv` in `out`) of the provider's graduates, as the owner reads the tables. */
export async function exportCohortCsv(
  o: Database,
  {
    providerId,
    providerName,
    agreementFile,
    graduates,
    out,
  }: {
    providerId: string;
    providerName: string;
    agreementFile: string;
    graduates: readonly Graduate[];
    out: string;
  },
): Promise<string> {
  const [{ secret }] = rowsOf<{ secret: string }>(
    await o.execute(sql`select secret from funding_secret where provider_id = ${providerId}::uuid`),
  ) as [{ secret: string }];
  const ref = (id: string) =>
    `S-${createHash("sha256")
      .update(secret + id)
      .digest("hex")
      .slice(0, 24)}`;
  const parties = new Map(
    (
      JSON.parse(readFileSync(agreementFile, "utf8")) as Array<{
        parties: Array<{ partyId: string; role: string }>;
      }>
    )
      .flatMap((v) => v.parties)
      .map((p) => [p.partyId, p.role]),
  );
  const partyWord: Record<string, string> = { ...roleWord, provider: "oppilaitos" };
  const steps = rowsOf<{
    student_id: string;
    kind: string;
    status: string;
    org: string;
    org_kind: string;
    org_name: string;
    parent_id: string | null;
    starts_on: string;
    ends_on: string | null;
    hours: number | null;
  }>(
    await o.execute(sql`select st.student_id::text as student_id, st.kind, st.status,
          coalesce(st.organisation_id, st.provider_id)::text as org, org.kind as org_kind, org.name as org_name,
          org.parent_id::text as parent_id, st.starts_on::text as starts_on, st.ends_on::text as ends_on,
          case when jsonb_typeof(st.details -> 'hours') = 'number' then (st.details ->> 'hours')::float end as hours
        from pathway_step st join organisation org on org.id = coalesce(st.organisation_id, st.provider_id)
        where st.provider_id = ${providerId}::uuid and st.status <> 'cancelled' and st.starts_on is not null
        order by st.starts_on, st.id`),
  );
  const outcomes = rowsOf<{
    student_id: string;
    kind: string;
    occurred_on: string;
    months: number | null;
  }>(
    await o.execute(sql`select student_id::text as student_id, kind, occurred_on::text as occurred_on,
          employment_months as months from outcome where provider_id = ${providerId}::uuid
        order by occurred_on, id`),
  );
  const status: Record<string, string> = {
    done: "tehty",
    in_progress: "kesken",
    planned: "suunniteltu",
  };
  const outcome: Record<string, string> = {
    employed: "työssä",
    entrepreneur: "yrittäjä",
    higher_education: "korkeakoulu",
    wage_subsidised_work: "palkkatuki",
    vocational_studies: "ammatilliset_opinnot",
    other: "muu",
    not_placed: "ei_sijoittunut",
  };
  const ids = new Set(graduates.map((g) => g.id));
  const lines = ["opiskelija;tietue;laji;pvm;loppuu;tila;tekijä;rooli;nimi;tunnit;kuukaudet;työssä_ennen"];
  // In the function's order (by reference, then steps and outcomes by day): the scenarios draw their
  // random numbers graduate by graduate.
  const byRef = [...graduates].sort((a, b) => (ref(a.id) < ref(b.id) ? -1 : 1));
  for (const g of byRef)
    lines.push(
      `${ref(g.id)};valmistuminen;;${g.graduated};;;${providerId};oppilaitos;${providerName};;;${g.employed_before ? "kyllä" : "ei"}`,
    );
  for (const s of steps.filter((x) => ids.has(x.student_id))) {
    const own = s.org === providerId || s.parent_id === providerId;
    const role = own ? "oppilaitos" : (partyWord[parties.get(s.org) ?? s.org_kind] ?? "kumppani");
    lines.push(
      [
        ref(s.student_id),
        "vaihe",
        s.kind,
        s.starts_on,
        s.ends_on ?? "",
        status[s.status],
        own ? providerId : s.org,
        role,
        own ? providerName : s.org_name,
        s.hours === null ? "" : String(s.hours).replace(".", ","),
        "",
        "",
      ].join(";"),
    );
  }
  for (const x of outcomes.filter((y) => ids.has(y.student_id)))
    lines.push(`${ref(x.student_id)};tulos;${outcome[x.kind]};${x.occurred_on};;;;;;;${x.months ?? ""};`);
  const file = join(out, "kohortti.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
