/**
 * The metrics' SQL: every figure is aggregated in the database, per month or per cohort, so no
 * student's row leaves it. Row-level security applies (the queries run in the request's transaction
 * as the application role); the provider is also named in each query, the application's own wall.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { type SQL, sql } from "@polku/plugin-sdk/drizzle";
import type { MonthCounts } from "./attendance.ts";
import type { CohortUnitCounts } from "./progress.ts";
import type { Baseline, CohortOutcomes } from "./retention.ts";

/**
 * Marks of the programme's participants between two days, by month and for the whole span: of the
 * chosen group (or all), and how many students outside that group had marks (for complementary
 * suppression).
 */
export async function attendanceCounts(
  tx: Database,
  providerId: string,
  from: string,
  to: string,
  groupId: string | null,
): Promise<MonthCounts[]> {
  const inScope: SQL = groupId ? sql`p.group_id is not distinct from ${groupId}::uuid` : sql`true`;
  return rowsOf<MonthCounts>(
    await tx.execute(sql`
      select month,
             count(distinct student_id) filter (where in_scope)::int as students,
             count(distinct student_id) filter (where not in_scope)::int as "otherStudents",
             count(*) filter (where in_scope and status = 'present')::int as present,
             count(*) filter (where in_scope and status = 'late')::int as late,
             count(*) filter (where in_scope and status = 'absent')::int as absent,
             count(*) filter (where in_scope and status = 'excused')::int as excused
      from (
        select to_char(m.day, 'YYYY-MM') as month, m.student_id, m.status, (${inScope}) as in_scope
        from attendance_mark m
        join lappi_valmennus.participant p on p.provider_id = m.provider_id and p.student_id = m.student_id
        where m.provider_id = ${providerId}::uuid and m.day between ${from}::date and ${to}::date
      ) marks
      group by rollup (month)`),
  );
}

/**
 * The teaching groups the programme's participants are in: the choices of the attendance view. A
 * provider's groups are naturally bounded: a hard cap in SQL. (The other reads here are aggregates per
 * month or cohort year, and the baselines one row per cohort year 2000–2100: bounded by their keys.)
 */
export async function participantGroups(tx: Database, providerId: string) {
  return rowsOf<{ id: string; name: string }>(
    await tx.execute(sql`
      select g.id, g.name from teaching_group g
      where g.provider_id = ${providerId}::uuid and exists (
        select 1 from lappi_valmennus.participant p where p.provider_id = g.provider_id and p.group_id = g.id)
      order by g.name, g.id
      limit 2000`),
  );
}

interface UnitRow {
  cohortYear: number;
  participants: number;
  studentsWithUnits: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  medianCompleted: number | string | null;
}

/** Per cohort: the units of the participants' HOKS by status, and the median completed per student. */
export async function unitCounts(tx: Database, providerId: string): Promise<CohortUnitCounts[]> {
  const rows = rowsOf<UnitRow>(
    await tx.execute(sql`
      with per_student as (
        select p.cohort_year, p.student_id, count(u.id) as units,
               count(u.id) filter (where u.status = 'completed') as completed,
               count(u.id) filter (where u.status in ('in_progress', 'demonstrated')) as in_progress,
               count(u.id) filter (where u.status = 'not_started') as not_started
        from lappi_valmennus.participant p
        left join unit_progress u on u.provider_id = p.provider_id and u.student_id = p.student_id
        where p.provider_id = ${providerId}::uuid
        group by p.cohort_year, p.student_id
      )
      select cohort_year as "cohortYear", count(*)::int as participants,
             count(*) filter (where units > 0)::int as "studentsWithUnits",
             coalesce(sum(completed), 0)::int as completed,
             coalesce(sum(in_progress), 0)::int as "inProgress",
             coalesce(sum(not_started), 0)::int as "notStarted",
             percentile_cont(0.5) within group (order by completed) filter (where units > 0) as "medianCompleted"
      from per_student
      group by cohort_year
      order by cohort_year`),
  );
  return rows.map((r) => ({
    ...r,
    medianCompleted: r.medianCompleted === null ? null : Number(r.medianCompleted),
  }));
}

/** Where each cohort that began before `beforeYear` stood after its first year. */
export async function cohortOutcomes(
  tx: Database,
  providerId: string,
  beforeYear: number,
): Promise<CohortOutcomes[]> {
  return rowsOf<CohortOutcomes>(
    await tx.execute(sql`
      select cohort_year as "cohortYear",
             count(*) filter (where first_year_outcome = 'continuing')::int as continuing,
             count(*) filter (where first_year_outcome = 'graduated')::int as graduated,
             count(*) filter (where first_year_outcome = 'changed_field')::int as "changedField",
             count(*) filter (where first_year_outcome = 'dropped_out')::int as "droppedOut",
             count(*) filter (where first_year_outcome is null)::int as unrecorded
      from lappi_valmennus.participant
      where provider_id = ${providerId}::uuid and cohort_year < ${beforeYear}
      group by cohort_year
      order by cohort_year`),
  );
}

export async function baselines(tx: Database, providerId: string): Promise<Baseline[]> {
  return rowsOf<Baseline>(
    await tx.execute(sql`
      select cohort_year as "cohortYear", students, still_studying as "stillStudying",
             changed_field as "changedField", source
      from lappi_valmennus.cohort_baseline
      where provider_id = ${providerId}::uuid
      order by cohort_year`),
  );
}
