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

export interface NamedGraduates {
  /** The paths, each under the student's own id (not a pseudonym). */
  readonly paths: GraduatePath[];
  /** Student id -> "First Last". */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The source's graduates the acting person may read under row-level security, with their ids and
 * names: all of them for the provider's managers, only those it holds a grant for for a partner. It
 * chooses the steps and outcomes as polku.funding_graduates does (a graduated study right with its day,
 * steps not cancelled, every outcome, in the same order; see migration 0020). Unlike the function it
 * writes no audit entry: the caller audits each student it returns.
 */
export async function loadNamedGraduatePaths(tx: Database, source: GraduateSource): Promise<NamedGraduates> {
  const rows = rowsOf<GraduateRow & { first_name: string; last_name: string }>(
    await tx.execute(sql`
      select s.id::text as student_ref, s.expected_graduation as graduated_on, s.first_name, s.last_name,
        (select coalesce(jsonb_agg(jsonb_build_object(
                  'kind', st.kind, 'status', st.status,
                  'organisationId', coalesce(st.organisation_id, st.provider_id),
                  'organisationKind', org.kind, 'organisationName', org.name, 'parentId', org.parent_id,
                  'startsOn', st.starts_on, 'endsOn', st.ends_on,
                  'hours', case when jsonb_typeof(st.details -> 'hours') = 'number' then st.details -> 'hours' end)
                order by st.starts_on, st.id), '[]'::jsonb)
           from pathway_step st left join organisation org on org.id = coalesce(st.organisation_id, st.provider_id)
          where st.provider_id = s.provider_id and st.student_id = s.id and st.status <> 'cancelled') as steps,
        (select coalesce(jsonb_agg(jsonb_build_object('kind', o.kind, 'date', o.occurred_on,
                  'employmentMonths', o.employment_months) order by o.occurred_on, o.id), '[]'::jsonb)
           from outcome o where o.provider_id = s.provider_id and o.student_id = s.id) as outcomes
      from student s
      where s.provider_id = ${source.providerId}::uuid and s.study_right_state = 'valmistunut'
        and s.expected_graduation is not null
      order by s.id`),
  );
  return {
    paths: graduatePathsOf(rows, source),
    names: new Map(rows.map((r) => [r.student_ref, `${r.first_name} ${r.last_name}`])),
  };
}

/** A path's facts without whose it is: the graduation day, every step and every outcome. */
const factsOf = (p: GraduatePath) =>
  JSON.stringify([p.graduate.graduatedOn, p.graduate.employedBeforeTraining, p.graduate.outcomes, p.steps]);

/**
 * Which pseudonymous graduate each readable one is: reference -> name. The references are keyed by the
 * provider's secret, which no one who serves requests can read, so a graduate is told by its facts: a
 * readable graduate whose facts are those of exactly one pseudonymous graduate, and of no other readable
 * one, is that graduate. Where two graduates' facts are the same, neither is named: their lines stay
 * pseudonymous rather than risk putting a name on someone else's line (their figures are the same
 * either way). A readable graduate the pseudonymous read does not hold (e.g. a granted student the
 * partner took no part in) is named on no line.
 */
export function namesOfGraduates(
  pseudonymous: readonly GraduatePath[],
  readable: NamedGraduates,
): Map<string, string> {
  const refs = new Map<string, string[]>();
  for (const p of pseudonymous) {
    const key = factsOf(p);
    refs.set(key, [...(refs.get(key) ?? []), p.graduate.studentId]);
  }
  const ids = new Map<string, string[]>();
  for (const p of readable.paths) {
    const key = factsOf(p);
    ids.set(key, [...(ids.get(key) ?? []), p.graduate.studentId]);
  }
  const names = new Map<string, string>();
  for (const [key, [id, ...others]] of ids) {
    const found = refs.get(key);
    if (others.length > 0 || found?.length !== 1) continue;
    const name = readable.names.get(id!);
    if (name !== undefined) names.set(found[0]!, name);
  }
  return names;
}
