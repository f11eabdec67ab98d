/**
 * What the funding commands share: reading the agreement files before the cohort (a bad agreement
 * stops the run before the cohort is read), and naming parties the way people know them.
 */
import type { ContributorRole, ShareAgreement } from "@polku/domain/funding";
import { usageError } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";
import { type AgreementFile, readAgreement } from "../inputs/agreement.ts";
import { type Cohort, readCohort } from "../inputs/cohort.ts";
import type { DatabaseSource } from "../inputs/database.ts";
import { databaseMessages } from "../inputs/databaseMessages.ts";

export interface Loaded {
  readonly agreements: ReadonlyArray<AgreementFile>;
  readonly cohort: Cohort;
  /** Whether the cohort came from the database (its student ids are pseudonymous references). */
  readonly fromDatabase: boolean;
}

/** Where the cohort comes from: `--cohort <csv>`, or `--database` with `--provider` and `--as`. */
export interface CohortOptions {
  readonly cohort?: string;
  readonly database?: string;
  readonly provider?: string;
  readonly as?: string;
}

/** The one source the options name, or a usage error saying what is missing or doubled. */
export const cohortSource = (
  o: CohortOptions,
  lang: Lang,
): { readonly csv: string } | { readonly database: DatabaseSource } => {
  const m = databaseMessages(lang);
  if (o.cohort !== undefined && o.database !== undefined) throw usageError(m.sourceBoth);
  if (o.cohort !== undefined) return { csv: o.cohort };
  if (o.database === undefined) throw usageError(m.sourceMissing);
  if (o.provider === undefined) throw usageError(m.databaseNeeds("--provider"));
  if (o.as === undefined) throw usageError(m.databaseNeeds("--as"));
  return { database: { database: o.database, provider: o.provider, as: o.as } };
};

export const load = async (
  agreementFiles: ReadonlyArray<string>,
  o: CohortOptions,
  command: string,
  lang: Lang,
): Promise<Loaded> => {
  const source = cohortSource(o, lang);
  const agreements = agreementFiles.map((f) => readAgreement(f, lang));
  if ("csv" in source) return { agreements, cohort: readCohort(source.csv, lang), fromDatabase: false };
  // Loaded only when asked for: the CSV commands start without the database drivers.
  const { readDatabaseCohort } = await import("../inputs/database.ts");
  const cohort = await readDatabaseCohort(
    source.database,
    agreements.map((a) => a.versions),
    command,
    lang,
  );
  return { agreements, cohort, fromDatabase: true };
};

export interface PartyInfo {
  readonly label: string;
  readonly role: ContributorRole;
}

/** `agreementId/partyId` or a provider id -> its name and role. */
export const partyInfo = (
  versions: ReadonlyArray<ShareAgreement>,
  cohort: Cohort,
  key: string,
): PartyInfo => {
  const partyId = key.includes("/") ? key.slice(key.indexOf("/") + 1) : key;
  const terms = [...versions]
    .reverse()
    .flatMap((v) => v.parties)
    .find((p) => p.partyId === partyId);
  const contributor = cohort.contributors.get(partyId);
  const name = terms?.name ?? contributor?.name;
  return {
    label: name === undefined ? partyId : `${name} (${partyId})`,
    role: terms?.role ?? contributor?.role ?? "provider",
  };
};

export const roleWord = (lang: Lang, role: ContributorRole, remainder: boolean): string =>
  remainder ? `${words(lang).roles[role]}, ${words(lang).remainder}` : words(lang).roles[role];
