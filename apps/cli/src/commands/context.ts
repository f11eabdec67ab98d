/**
 * What the funding commands share: reading the agreement files before the cohort (a bad agreement
 * stops the run before the cohort is read), and naming parties the way people know them.
 */
import type { ContributorRole, ShareAgreement } from "@polku/domain/funding";
import { type Lang, words } from "../i18n.ts";
import { type AgreementFile, readAgreement } from "../inputs/agreement.ts";
import { type Cohort, readCohort } from "../inputs/cohort.ts";

export interface Loaded {
  readonly agreements: ReadonlyArray<AgreementFile>;
  readonly cohort: Cohort;
}

export const load = (agreementFiles: ReadonlyArray<string>, cohortFile: string, lang: Lang): Loaded => {
  const agreements = agreementFiles.map((f) => readAgreement(f, lang));
  return { agreements, cohort: readCohort(cohortFile, lang) };
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
