/**
 * Reads of share agreements and of the funding facts they are priced on. Row-level security already
 * narrows every read to the agreements the acting organisation negotiates for or is party to; this file
 * only shapes what it returns.
 */
import { type Database, rowsOf, schema } from "@polku/db";
import type { OutcomeKind } from "@polku/domain";
import type {
  ContributionStep,
  Contributor,
  ContributorRole,
  GraduatePath,
  ShareAgreement,
} from "@polku/domain/funding";
import { outcomeKinds, stepStatuses } from "@polku/domain/vocabulary";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
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

interface GraduateRow {
  student_ref: string;
  graduated_on: string | Date;
  employed_before_training: boolean | null;
  steps: Array<{
    kind: string;
    status: string;
    organisationId: string;
    organisationKind: string | null;
    organisationName: string | null;
    parentId: string | null;
    startsOn: string | null;
    endsOn: string | null;
    hours: number | null;
  }>;
  outcomes: Array<{ kind: string; date: string; employmentMonths: number | null }>;
}

const roleOfKind: Record<string, ContributorRole> = {
  workshop: "workshop",
  company: "company",
  partner: "partner",
  higher_education: "partner",
};
const knownOutcomes: ReadonlySet<string> = new Set(outcomeKinds);
const knownStatuses: ReadonlySet<string> = new Set(stepStatuses);
const dateOf = (d: string | Date) =>
  d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

/**
 * The agreement's graduates as the domain's paths, under pseudonyms (see polku.funding_graduates,
 * which also writes each graduate's audit entry). A step of the provider or one of its institutions is
 * the provider's; another organisation contributes in the role the agreement gives it, or by its kind.
 */
export async function graduatePaths(tx: Database, agreement: AgreementView): Promise<GraduatePath[]> {
  const rows = rowsOf<GraduateRow>(
    await tx.execute(
      sql`select * from polku.funding_graduates(${agreement.providerId}::uuid, ${agreement.id}::uuid)`,
    ),
  );
  const roles = new Map<string, ContributorRole>();
  for (const v of agreement.versions) for (const p of v.terms.parties) roles.set(p.partyId, p.role);
  const provider: Contributor = { id: agreement.providerId, role: "provider", name: agreement.providerName };
  const contributorOf = (s: GraduateRow["steps"][number]): Contributor => {
    if (s.organisationId === agreement.providerId || s.parentId === agreement.providerId) return provider;
    const role = roles.get(s.organisationId) ?? roleOfKind[s.organisationKind ?? ""] ?? "partner";
    return { id: s.organisationId, role, ...(s.organisationName ? { name: s.organisationName } : {}) };
  };
  return rows.map((r) => ({
    provider,
    graduate: {
      studentId: r.student_ref,
      providerId: agreement.providerId,
      graduatedOn: dateOf(r.graduated_on),
      // Not recorded (null) counts as not employed: the graduate stays in the placement population.
      employedBeforeTraining: r.employed_before_training === true,
      outcomes: r.outcomes
        .filter((o) => knownOutcomes.has(o.kind))
        .map((o) => ({
          kind: o.kind as OutcomeKind,
          date: dateOf(o.date),
          ...(o.employmentMonths !== null ? { employmentMonths: o.employmentMonths } : {}),
        })),
    },
    steps: r.steps
      .filter((s) => knownStatuses.has(s.status) && s.startsOn !== null)
      .map(
        (s): ContributionStep => ({
          kind: s.kind,
          status: s.status as ContributionStep["status"],
          contributor: contributorOf(s),
          startsOn: dateOf(s.startsOn!),
          ...(s.endsOn ? { endsOn: dateOf(s.endsOn) } : {}),
          ...(typeof s.hours === "number" ? { hours: s.hours } : {}),
        }),
      ),
  }));
}

/** Organisations by id, for checking the parties a proposal names. */
export const organisationsById = async (tx: Database, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : tx
        .select({ id: organisation.id, kind: organisation.kind, name: organisation.name })
        .from(organisation)
        .where(and(inArray(organisation.id, [...ids])));
