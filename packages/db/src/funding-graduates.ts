/**
 * The graduates a share agreement is priced on, as the domain's paths: one loader for every reader of
 * them (the API's `funding.*` procedures and the `polku funding --database` command line), so that a
 * statement in the portal and one printed by the CLI rest on the same facts. The rows come from
 * `polku.funding_graduates` (migration 0020): pseudonymous (a reference keyed by the provider's secret,
 * never a name, an identity code or an internal id), narrowed to what the acting person's organisation
 * may see, and audited per graduate in the caller's transaction. The caller must therefore be inside a
 * transaction whose scope is a live session (a request, or the CLI's own session; see apps/cli).
 */
import type { OutcomeKind } from "@polku/domain";
import type { ContributionStep, Contributor, ContributorRole, GraduatePath } from "@polku/domain/funding";
import { outcomeKinds, stepStatuses } from "@polku/domain/vocabulary";
import { sql } from "drizzle-orm";
import { type Database, rowsOf } from "./client.ts";

export interface GraduateRow {
  student_ref: string;
  graduated_on: string | Date;
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

/** Whose graduates, through which agreement, and the roles its terms give the parties. */
export interface GraduateSource {
  readonly providerId: string;
  readonly providerName: string;
  /** An agreement of the provider recorded in the database: the function answers only for one. */
  readonly agreementId: string;
  /** Party id -> role, from the agreement's terms; other organisations contribute by their kind. */
  readonly roles: ReadonlyMap<string, ContributorRole>;
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
 * The rows as paths. A step of the provider or one of its institutions is the provider's; another
 * organisation contributes in the role the agreement gives it, or by its kind.
 */
export function graduatePathsOf(rows: readonly GraduateRow[], source: GraduateSource): GraduatePath[] {
  const provider: Contributor = { id: source.providerId, role: "provider", name: source.providerName };
  const contributorOf = (s: GraduateRow["steps"][number]): Contributor => {
    if (s.organisationId === source.providerId || s.parentId === source.providerId) return provider;
    const role = source.roles.get(s.organisationId) ?? roleOfKind[s.organisationKind ?? ""] ?? "partner";
    return { id: s.organisationId, role, ...(s.organisationName ? { name: s.organisationName } : {}) };
  };
  return rows.map((r) => ({
    provider,
    graduate: {
      studentId: r.student_ref,
      providerId: source.providerId,
      graduatedOn: dateOf(r.graduated_on),
      // Not recorded in Polku yet: every graduate counts in the placement population.
      employedBeforeTraining: false,
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

/** Reads (and audits) the source's graduates through `polku.funding_graduates`, as paths. */
export async function loadGraduatePaths(tx: Database, source: GraduateSource): Promise<GraduatePath[]> {
  const rows = rowsOf<GraduateRow>(
    await tx.execute(
      sql`select * from polku.funding_graduates(${source.providerId}::uuid, ${source.agreementId}::uuid)`,
    ),
  );
  return graduatePathsOf(rows, source);
}
