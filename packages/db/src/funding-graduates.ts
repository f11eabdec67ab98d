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

/** Reads (and audits) the source's graduates through `polku.funding_graduates`, as paths. */
export async function loadGraduatePaths(tx: Database, source: GraduateSource): Promise<GraduatePath[]> {
  const rows = rowsOf<GraduateRow>(
    await tx.execute(
      sql`select * from polku.funding_graduates(${source.providerId}::uuid, ${source.agreementId}::uuid)`,
    ),
  );
  return graduatePathsOf(rows, source);
}

export interface ReadableGraduate {
  readonly studentId: string;
  /** The reference polku.funding_graduates gives the student. */
  readonly ref: string;
  readonly name: string;
}

/**
 * The source's graduates the acting person may read under row-level security and whose pathway it may
 * read (polku.funding_ref_of: the provider's staff, a partner with a handover grant), with the reference
 * polku.funding_graduates gives each and the name. It writes no audit entry: the caller audits each
 * student it returns.
 */
export async function loadReadableGraduates(
  tx: Database,
  source: GraduateSource,
): Promise<ReadableGraduate[]> {
  const rows = rowsOf<{ id: string; ref: string; first_name: string; last_name: string }>(
    await tx.execute(sql`
      select g.id, g.ref, s.first_name, s.last_name
      from (select s.provider_id, s.id, polku.funding_ref_of(s.provider_id, s.id) as ref from student s
            where s.provider_id = ${source.providerId}::uuid and s.study_right_state = 'valmistunut'
              and s.expected_graduation is not null) g
      join student s on s.provider_id = g.provider_id and s.id = g.id
      where g.ref is not null
      order by g.id`),
  );
  return rows.map((r) => ({ studentId: r.id, ref: r.ref, name: `${r.first_name} ${r.last_name}` }));
}
