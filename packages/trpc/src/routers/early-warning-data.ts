import { type Database, rowsOf, schema } from "@polku/db";
import {
  addDaysToLocalDate,
  defaultEarlyWarningConfig,
  EarlyWarningConfig,
  type EarlyWarningFlag,
  evaluateEarlyWarnings,
  type HandlingState,
  handlingStateOf,
  newSignals,
  signalsOf,
  type Urgency,
  urgencyOf,
} from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { eq, type SQL, sql } from "drizzle-orm";
import { Schema } from "effect";

/** Provider staff only: thresholds and flags belong to the actor's own provider. */
export function actingProvider(actor: { providerId: string | null } | null): string {
  if (!actor?.providerId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an education provider's staff can do this." });
  }
  return actor.providerId;
}

/** The provider's thresholds, or the domain's defaults when none are saved (or the saved ones no longer decode). */
export async function loadConfig(
  tx: Database,
  providerId: string,
): Promise<{ config: EarlyWarningConfig; saved: boolean; updatedAt: Date | null }> {
  const [row] = await tx
    .select({ config: schema.earlyWarningConfig.config, updatedAt: schema.earlyWarningConfig.updatedAt })
    .from(schema.earlyWarningConfig)
    .where(eq(schema.earlyWarningConfig.providerId, providerId));
  if (!row) return { config: defaultEarlyWarningConfig, saved: false, updatedAt: null };
  const decoded = Schema.decodeUnknownOption(EarlyWarningConfig)(row.config);
  return decoded._tag === "Some"
    ? { config: decoded.value, saved: true, updatedAt: row.updatedAt }
    : { config: defaultEarlyWarningConfig, saved: false, updatedAt: null };
}

/** Study rights that have ended: their students raise no warnings. */
const ENDED_STUDY_RIGHTS = ["valmistunut", "eronnut", "katsotaaneronneeksi", "peruutettu", "mitatoity"];

/** The latest time the student's warning was marked handled or opened again. */
export interface LatestHandling {
  readonly action: "handled" | "reopened";
  readonly note: string | null;
  readonly at: string;
  readonly byName: string | null;
  /** The signals seen then; the state compares them with today's. */
  readonly signals: readonly string[];
}

export interface StudentFlags {
  readonly studentId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly expectedGraduation: string | null;
  readonly flags: EarlyWarningFlag[];
  /** The keys of the signals behind the flags (see the domain's signalsOf). */
  readonly signals: readonly string[];
  readonly state: HandlingState;
  /** Signals since the warning was last marked handled (0 when it never was, or is handled). */
  readonly newSinceHandled: number;
  readonly latest: LatestHandling | null;
  readonly urgency: Urgency;
}

interface Row {
  id: string;
  first_name: string;
  last_name: string;
  started_on: string;
  absent_days: string | null;
  last_progress_on: string | null;
  missed_days: string | null;
  expected_graduation: string | null;
  handling_action: "handled" | "reopened" | null;
  handling_note: string | null;
  handling_at: string | null;
  handling_signals: string[] | string | null;
  handling_first: string | null;
  handling_last: string | null;
}

const days = (joined: string | null): string[] => (joined ? joined.split(",") : []);

/**
 * The record the rules look at, for every student `which` selects of one provider, in one query:
 * distinct days with an `absent` mark within the absence window, the last day a qualification unit
 * moved beyond not started (or the day the student was added), and the days of coaching sessions
 * within the coaching window the student was marked as missing. Dates are Helsinki days. Row-level
 * security applies to every table read.
 */
export async function evaluateStudents(
  tx: Database,
  providerId: string,
  which: SQL,
  config: EarlyWarningConfig,
  today: string,
  /** Which of them, in name order: a bounded page. */
  page: { readonly limit: number; readonly offset: number },
): Promise<StudentFlags[]> {
  const absenceFrom = addDaysToLocalDate(today, -(config.unexplainedAbsences.windowDays - 1));
  const coachingFrom = addDaysToLocalDate(today, -(config.missedCoaching.windowDays - 1));
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      with scope as (
        select s.id, s.first_name, s.last_name,
               ((s.created_at at time zone 'Europe/Helsinki')::date)::text as started_on,
               s.expected_graduation::text as expected_graduation
        from student s
        where s.provider_id = ${providerId}::uuid and (${which})
          and s.study_right_state not in (${sql.join(
            ENDED_STUDY_RIGHTS.map((r) => sql`${r}`),
            sql`, `,
          )})
        order by s.last_name, s.first_name, s.id
        limit ${page.limit} offset ${page.offset}
      ),
      absences as (
        select m.student_id, string_agg(distinct m.day::text, ',') as days
        from attendance_mark m join scope on scope.id = m.student_id
        where m.provider_id = ${providerId}::uuid and m.status = 'absent'
          and m.day between ${absenceFrom}::date and ${today}::date
        group by m.student_id
      ),
      progress as (
        select u.student_id, max(u.changed_on)::text as last_on
        from unit_progress u join scope on scope.id = u.student_id
        where u.provider_id = ${providerId}::uuid and u.status <> 'not_started'
        group by u.student_id
      ),
      missed as (
        select p.student_id,
               string_agg(((cs.starts_at at time zone 'Europe/Helsinki')::date)::text, ',') as days
        from coaching_participant p
        join scope on scope.id = p.student_id
        join coaching_session cs on cs.provider_id = p.provider_id and cs.id = p.session_id
        where p.provider_id = ${providerId}::uuid and p.attended = false
          and (cs.starts_at at time zone 'Europe/Helsinki')::date between ${coachingFrom}::date and ${today}::date
        group by p.student_id
      ),
      handling as (
        select distinct on (h.student_id) h.student_id, h.action, h.note, h.signals,
               to_json(h.created_at) #>> '{}' as created_at,
               pe.first_name as by_first, pe.last_name as by_last
        from early_warning_handling h
        join scope on scope.id = h.student_id
        left join person pe on pe.id = h.created_by
        where h.provider_id = ${providerId}::uuid
        order by h.student_id, h.created_at desc, h.id desc
      )
      select scope.id, scope.first_name, scope.last_name, scope.started_on, scope.expected_graduation,
             absences.days as absent_days, progress.last_on as last_progress_on, missed.days as missed_days,
             handling.action as handling_action, handling.note as handling_note,
             handling.created_at as handling_at, handling.signals as handling_signals,
             handling.by_first as handling_first, handling.by_last as handling_last
      from scope
      left join absences on absences.student_id = scope.id
      left join progress on progress.student_id = scope.id
      left join missed on missed.student_id = scope.id
      left join handling on handling.student_id = scope.id
      order by scope.last_name, scope.first_name, scope.id`),
  );
  return rows.map((r) => {
    const record = {
      today,
      unexplainedAbsenceDays: days(r.absent_days),
      lastProgressOn: r.last_progress_on,
      studiesStartedOn: r.started_on,
      // One entry per missed session: two missed on one day are two sessions.
      missedCoachingDays: days(r.missed_days),
    };
    const flags = evaluateEarlyWarnings(record, config);
    const signals = signalsOf(record, config, flags);
    const latest = latestOf(r);
    const { state, returned } = handlingStateOf(signals, latest);
    return {
      studentId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      expectedGraduation: r.expected_graduation,
      flags,
      signals,
      state,
      newSinceHandled: returned && latest ? newSignals(signals, latest.signals).length : 0,
      latest,
      urgency: urgencyOf({ today, flags, expectedGraduation: r.expected_graduation, returned }),
    };
  });
}

/** The latest handling row, as the API gives it (postgres.js and PGlite differ on jsonb and timestamps). */
function latestOf(r: Row): LatestHandling | null {
  if (!r.handling_action || !r.handling_at) return null;
  const signals =
    typeof r.handling_signals === "string" ? JSON.parse(r.handling_signals) : r.handling_signals;
  return {
    action: r.handling_action,
    note: r.handling_note,
    at: new Date(r.handling_at).toISOString(),
    byName: r.handling_first ? `${r.handling_first} ${r.handling_last}` : null,
    signals: Array.isArray(signals) ? signals.map(String) : [],
  };
}
