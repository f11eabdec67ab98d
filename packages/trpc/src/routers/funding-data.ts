/**
 * Reads of share agreements and of the funding facts they are priced on. Row-level security already
 * narrows every read to the agreements the acting organisation negotiates for or is party to; this file
 * only shapes what it returns.
 */
import {
  type Database,
  type GraduateSource,
  loadGraduatePaths,
  loadReadableGraduates,
  schema,
} from "@polku/db";
import type { ContributorRole, GraduatePath, ShareAgreement } from "@polku/domain/funding";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../auth/sessions.ts";
import { notFound } from "../errors.ts";

const { fundingAgreement, fundingAgreementVersion, fundingAcceptance, fundingAgreementParty, organisation } =
  schema;

/** The provider an actor negotiates for: its provider as staff, or the provider it is a member of. */
export const providerOfActor = (actor: Actor): string | null =>
  actor.providerId ?? (actor.organisationKind === "provider" ? actor.organisationId : null);

export type VersionStatus = "proposed" | "accepted";

export interface VersionView {
  readonly version: number;
  readonly terms: ShareAgreement;
  readonly effectiveFrom: string;
  readonly note: string | null;
  readonly proposedAt: string;
  readonly status: VersionStatus;
  /** Every organisation whose acceptance the version needs (the provider first), and whether it has. */
  readonly acceptances: ReadonlyArray<{
    readonly organisationId: string;
    readonly name: string;
    readonly accepted: boolean;
    readonly acceptedAt: string | null;
  }>;
}

export interface AgreementView {
  readonly id: string;
  readonly providerId: string;
  readonly providerName: string;
  readonly title: string;
  readonly createdAt: string;
  readonly versions: ReadonlyArray<VersionView>;
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** The agreements the actor may see (all of them, or one), each with every version, oldest first. */
export async function loadAgreements(tx: Database, agreementId?: string): Promise<AgreementView[]> {
  const agreements = await tx
    .select({
      id: fundingAgreement.id,
      providerId: fundingAgreement.providerId,
      providerName: organisation.name,
      title: fundingAgreement.title,
      createdAt: fundingAgreement.createdAt,
    })
    .from(fundingAgreement)
    .innerJoin(organisation, eq(organisation.id, fundingAgreement.providerId))
    .where(agreementId ? eq(fundingAgreement.id, agreementId) : undefined)
    .orderBy(asc(fundingAgreement.createdAt), asc(fundingAgreement.id))
    .limit(200);
  if (agreements.length === 0) return [];
  const ids = agreements.map((a) => a.id);
  const [versions, parties, acceptances] = await Promise.all([
    tx
      .select()
      .from(fundingAgreementVersion)
      .where(inArray(fundingAgreementVersion.agreementId, ids))
      .orderBy(asc(fundingAgreementVersion.version)),
    tx
      .select({
        agreementId: fundingAgreementParty.agreementId,
        version: fundingAgreementParty.version,
        organisationId: fundingAgreementParty.organisationId,
        name: organisation.name,
      })
      .from(fundingAgreementParty)
      .innerJoin(organisation, eq(organisation.id, fundingAgreementParty.organisationId))
      .where(inArray(fundingAgreementParty.agreementId, ids))
      .orderBy(asc(organisation.name)),
    tx.select().from(fundingAcceptance).where(inArray(fundingAcceptance.agreementId, ids)),
  ]);
  return agreements.map((a) => ({
    ...a,
    createdAt: iso(a.createdAt),
    versions: versions
      .filter((v) => v.agreementId === a.id)
      .map((v): VersionView => {
        const needed = [
          { organisationId: a.providerId, name: a.providerName },
          ...parties.filter((p) => p.agreementId === a.id && p.version === v.version),
        ];
        const list = needed.map((n) => {
          const done = acceptances.find(
            (x) => x.agreementId === a.id && x.version === v.version && x.organisationId === n.organisationId,
          );
          return {
            organisationId: n.organisationId,
            name: n.name,
            accepted: done !== undefined,
            acceptedAt: done ? iso(done.acceptedAt) : null,
          };
        });
        return {
          version: v.version,
          terms: v.terms as unknown as ShareAgreement,
          effectiveFrom: v.effectiveFrom,
          note: v.note,
          proposedAt: iso(v.proposedAt),
          status: list.every((x) => x.accepted) ? "accepted" : "proposed",
          acceptances: list,
        };
      }),
  }));
}

export async function loadAgreement(tx: Database, agreementId: string): Promise<AgreementView> {
  const [found] = await loadAgreements(tx, agreementId);
  if (!found) throw notFound("The agreement");
  return found;
}

/** The versions every party accepted: the ones statements and scenarios price with. */
export const acceptedTerms = (a: AgreementView): ShareAgreement[] =>
  a.versions.filter((v) => v.status === "accepted").map((v) => v.terms);

/** Whose graduates an agreement is priced on, and the roles its terms give the parties. */
const sourceOf = (agreement: AgreementView): GraduateSource => {
  const roles = new Map<string, ContributorRole>();
  for (const v of agreement.versions) for (const p of v.terms.parties) roles.set(p.partyId, p.role);
  return {
    providerId: agreement.providerId,
    providerName: agreement.providerName,
    agreementId: agreement.id,
    roles,
  };
};

/**
 * The agreement's graduates as the domain's paths, under pseudonyms (see @polku/db's
 * loadGraduatePaths and polku.funding_graduates, which also writes each graduate's audit entry).
 */
export const graduatePaths = (tx: Database, agreement: AgreementView): Promise<GraduatePath[]> =>
  loadGraduatePaths(tx, sourceOf(agreement));

/**
 * The agreement's graduates, and the names of those the actor may read (polku.funding_ref_of): the paths
 * are the pseudonymous ones, so the figures are the same whoever asks; `names` maps a graduate's
 * reference to the name, and `read` is every student whose name was read (the caller audits them).
 */
export async function graduatesWithNames(
  tx: Database,
  agreement: AgreementView,
): Promise<{ paths: GraduatePath[]; names: Map<string, string>; read: string[] }> {
  const paths = await graduatePaths(tx, agreement);
  const inCohort = new Set(paths.map((p) => p.graduate.studentId));
  // Only graduates on the statement: a readable student the agreement's figures do not hold is not read.
  const readable = (await loadReadableGraduates(tx, sourceOf(agreement))).filter((g) => inCohort.has(g.ref));
  return {
    paths,
    names: new Map(readable.map((g) => [g.ref, g.name])),
    read: readable.map((g) => g.studentId),
  };
}

/** Organisations by id, for checking the parties a proposal names. */
export const organisationsById = async (tx: Database, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : tx
        .select({ id: organisation.id, kind: organisation.kind, name: organisation.name })
        .from(organisation)
        .where(and(inArray(organisation.id, [...ids])));
