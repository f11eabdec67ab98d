/**
 * The cohort from Polku's database (`--database`, `--provider`, `--as`) instead of a CSV: the same
 * graduates, steps and outcomes the portal's statements are priced on, read with the API's own loader
 * (@polku/db's loadGraduatePaths over `polku.funding_graduates`).
 *
 * Which role, and how the read is audited. The CLI is an operator's tool: `--database` is the owner's
 * connection (the PostgreSQL URL migrations use, or the PGlite data folder `pnpm start` keeps), because
 * opening a session is the owner's work, as logging in is. It opens a short-lived session for the
 * membership of the person `--as` names, who must negotiate for the provider (a funding negotiator,
 * manager or region admin there), and reads in one transaction that has switched to the application
 * role `polku_app` with that session as its scope, exactly as a request of that person would: row-level
 * security and the definer function decide what is returned, and the function writes one audit entry per
 * graduate read, with that person, role and organisation as the actor and `funding.cli.<command>` as the
 * procedure (no address): under the funding area, where the student's audit trail groups the portal's
 * funding reads, yet told apart from them. The session is revoked when the read ends. Nothing the CLI prints identifies a
 * student: the function returns pseudonymous references only (no names, no identity codes, no internal
 * ids), and statements key them again per party, so the CLI's lines carry the same pseudonyms as the
 * portal's statement. Partners read their statements in the portal, narrowed to their own graduates.
 */
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { appRole, createDb, type Database, loadGraduatePaths, type PolkuDb, rowsOf } from "@polku/db";
import type { Contributor, ContributorRole, ShareAgreement } from "@polku/domain/funding";
import { sql } from "drizzle-orm";
import { CliError, ExitCode } from "../errors.ts";
import type { Lang } from "../i18n.ts";
import type { Cohort } from "./cohort.ts";
import { databaseMessages } from "./databaseMessages.ts";

export interface DatabaseSource {
  /** A postgres:// URL of the owner, or a PGlite data folder (`.polku-data` or its `pglite`). */
  readonly database: string;
  /** The provider's organisation id (uuid) or OID. */
  readonly provider: string;
  /** The username of the person the read is made and audited as. */
  readonly as: string;
}

/** The roles that negotiate for a provider: the ones polku.funding_graduates gives every graduate. */
const negotiatingRoles = ["funding_negotiator", "manager", "region_admin"] as const;

const fail = (lines: string[]) => new CliError(ExitCode.database, lines);

/** Opens the database `--database` names, or says why it cannot be opened. */
async function open(value: string, lang: Lang): Promise<{ polku: PolkuDb; where: string }> {
  const m = databaseMessages(lang);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw fail([m.badUrl(value)]);
    }
    if ((url.protocol !== "postgres:" && url.protocol !== "postgresql:") || url.pathname.length <= 1)
      throw fail([m.badUrl(value)]);
    // Named without its password: the message may end up in a terminal log.
    const where = `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ""}${url.host}${url.pathname}`;
    // Only the owner's connection is used (see above); createDb wants a request URL too, so it gets
    // the same one, which is never queried.
    return {
      polku: await opened(createDb({ url: value, requestUrl: value, poolSize: 1 }), where, lang),
      where,
    };
  }
  const given = resolve(value);
  // `.polku-data` (what pnpm start keeps) holds the cluster in `pglite/`; either may be given.
  const dir = existsSync(join(given, "PG_VERSION")) ? given : join(given, "pglite");
  if (!existsSync(join(dir, "PG_VERSION")) || !statSync(dir).isDirectory()) throw fail([m.noFolder(value)]);
  return { polku: await opened(createDb({ url: "", dataDir: dir }), dir, lang), where: dir };
}

/** A database that fails to open (a locked or broken PGlite folder) cannot be reached either. */
const opened = async (p: Promise<PolkuDb>, where: string, lang: Lang): Promise<PolkuDb> => {
  try {
    return await p;
  } catch (e) {
    throw fail([databaseMessages(lang).unreachable(where, reason(e))]);
  }
};

const reason = (e: unknown): string => {
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  const message = err.cause?.message ?? err.message ?? String(e);
  return code ? `${code}: ${message}` : message;
};

interface Membership {
  id: string;
  person_id: string;
  role: string;
}

/**
 * Reads the provider's graduates as `--as` would in the portal, under pseudonyms, auditing each read.
 * `agreements` are the files being priced: their parties' roles say how each contributor counts, and
 * their id chooses the database's agreement the read goes through (see `gateAgreement`).
 */
export async function readDatabaseCohort(
  source: DatabaseSource,
  agreements: ReadonlyArray<ReadonlyArray<ShareAgreement>>,
  command: string,
  lang: Lang,
): Promise<Cohort> {
  const m = databaseMessages(lang);
  const { polku, where } = await open(source.database, lang);
  try {
    const db = polku.db;
    try {
      const [ok] = rowsOf<{ ok: boolean }>(
        await db.execute(sql`select to_regprocedure('polku.funding_graduates(uuid,uuid)') is not null as ok`),
      );
      if (!ok?.ok) throw fail([m.notPolku(where)]);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw fail([m.unreachable(where, reason(e))]);
    }
    const [provider] = rowsOf<{ id: string; name: string }>(
      await db.execute(sql`select id, name from organisation where kind = 'provider'
        and (id::text = ${source.provider.toLowerCase()} or oid = ${source.provider}) limit 1`),
    );
    if (!provider) throw fail([m.unknownProvider(source.provider)]);
    const other = agreements.flat().find((v) => v.providerId !== provider.id);
    if (other) throw fail([m.otherProvider(other.id, other.providerId, provider.name)]);
    const [person] = rowsOf<{ id: string }>(
      await db.execute(sql`select id from person where username = ${source.as} and not disabled`),
    );
    if (!person) throw fail([m.unknownPerson(source.as)]);
    // The membership that negotiates for the provider: at the provider itself, or (a manager) at one of
    // its institutions, as polku.funding_provider_side counts them. A negotiator's membership first.
    const [membership] = rowsOf<Membership>(
      await db.execute(sql`select mb.id, mb.person_id, mb.role from membership mb
        join organisation o on o.id = mb.organisation_id
        where mb.person_id = ${person.id}::uuid
          and mb.role in (${sql.join(
            negotiatingRoles.map((r) => sql`${r}`),
            sql`, `,
          )})
          and (o.id = ${provider.id}::uuid or (mb.role = 'manager' and o.parent_id = ${provider.id}::uuid))
        order by case mb.role when 'funding_negotiator' then 0 when 'manager' then 1 else 2 end, mb.id
        limit 1`),
    );
    if (!membership) throw fail([m.notNegotiator(source.as, provider.name)]);

    const roles = new Map<string, ContributorRole>();
    for (const versions of agreements)
      for (const v of versions) for (const p of v.parties) roles.set(p.partyId, p.role);
    const wanted = agreements.flatMap((vs) => vs.map((v) => v.id));
    const paths = await asPerson(db, membership, `funding.cli.${command}`, async (tx) => {
      const agreementId = await gateAgreement(tx, provider.id, wanted);
      if (agreementId === null) throw fail([m.noAgreement(provider.name)]);
      return loadGraduatePaths(tx, {
        providerId: provider.id,
        providerName: provider.name,
        agreementId,
        roles,
      });
    });
    if (paths.length === 0) throw fail([m.empty(provider.name)]);
    const contributors = new Map<string, Contributor>();
    for (const p of paths) {
      contributors.set(p.provider.id, p.provider);
      for (const s of p.steps)
        if (!contributors.has(s.contributor.id)) contributors.set(s.contributor.id, s.contributor);
    }
    return { file: `${where} (${provider.name})`, paths, contributors };
  } finally {
    await polku.close();
  }
}

/**
 * The agreement the read goes through. polku.funding_graduates answers only for an agreement of the
 * provider recorded in the database; for those who negotiate for the provider it then returns every
 * graduate, whatever the agreement (the agreement only narrows a partner's read). So the file's own
 * agreement when the database holds it, else the provider's first one: a draft or a counter-proposal
 * that is not in the database yet is priced on the same graduates. Under row-level security, as the person.
 */
async function gateAgreement(
  tx: Database,
  providerId: string,
  wanted: readonly string[],
): Promise<string | null> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select id::text as id from funding_agreement where provider_id = ${providerId}::uuid
      order by created_at, id`),
  );
  return rows.find((r) => wanted.includes(r.id))?.id ?? rows[0]?.id ?? null;
}

/**
 * Runs `work` as the person of the membership: a session opened for it on the owner's connection (its
 * role, organisation and provider come from the membership, through the session's trigger), and one
 * transaction as polku_app with that session as the scope, so the policies and the audit entries see
 * the person as they would see them in a request. The token is random and never leaves this function;
 * the session lasts at most five minutes and is revoked when the work ends.
 */
async function asPerson<T>(
  db: Database,
  membership: Membership,
  procedure: string,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  const tokenHash = `cli-${randomBytes(24).toString("hex")}`;
  await db.execute(sql`insert into session (token_hash, person_id, membership_id, csrf_token, expires_at)
    values (${tokenHash}, ${membership.person_id}::uuid, ${membership.id}::uuid, ${randomBytes(16).toString("hex")},
      now() + interval '5 minutes')`);
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.session', ${tokenHash}, true),
        set_config('app.procedure', ${procedure}, true), set_config('app.ip', '', true),
        set_config('role', ${appRole}, true)`);
      return work(tx as unknown as Database);
    });
  } finally {
    await db.execute(sql`update session set revoked_at = now() where token_hash = ${tokenHash}`);
  }
}
