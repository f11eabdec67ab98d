/**
 * Retention after the first year, the pilot's main measure: the share of a cohort still in education
 * after its first year, compared with the cohorts before the programme. The seed's own caution is the
 * rule here: a student who left for a field that suits them better is a success, not a dropout, so
 * every figure comes in two forms, "still studying" and "still studying or moved to a better-suited
 * field". A student who graduated within the first year is still counted as studying: they did not
 * leave their education (the baselines from before Polku count them so as well).
 */
import { type Floored, percent, tooFew, withFloor } from "./privacy.ts";

export type FirstYearOutcome = "continuing" | "changed_field" | "graduated" | "dropped_out";

/** How a programme cohort's participants stood after the first year (counts from the database). */
export interface CohortOutcomes {
  readonly cohortYear: number;
  readonly continuing: number;
  readonly graduated: number;
  readonly changedField: number;
  readonly droppedOut: number;
  /** Participants whose outcome nobody has recorded: left out of the shares, shown as a count. */
  readonly unrecorded: number;
}

/** Figures a manager entered for a cohort before Polku. */
export interface Baseline {
  readonly cohortYear: number;
  readonly students: number;
  readonly stillStudying: number;
  readonly changedField: number;
  readonly source: string | null;
}

export interface RetentionFigures {
  readonly stillStudying: number;
  readonly changedField: number;
  readonly left: number;
  readonly stillStudyingPct: number | null;
  readonly stillOrChangedPct: number | null;
}

export type RetentionRow = {
  readonly cohortYear: number;
  readonly origin: "programme" | "baseline";
  readonly unrecorded: number;
  readonly source: string | null;
} & Floored<RetentionFigures>;

const figures = (students: number, stillStudying: number, changedField: number) =>
  withFloor<RetentionFigures>(students, () => ({
    stillStudying,
    changedField,
    left: students - stillStudying - changedField,
    stillStudyingPct: percent(stillStudying, students),
    stillOrChangedPct: percent(stillStudying + changedField, students),
  }));

export function programmeRetention(c: CohortOutcomes): RetentionRow {
  const students = c.continuing + c.graduated + c.changedField + c.droppedOut;
  return {
    cohortYear: c.cohortYear,
    origin: "programme",
    unrecorded: c.unrecorded,
    source: null,
    ...figures(students, c.continuing + c.graduated, c.changedField),
  };
}

export function baselineRetention(b: Baseline): RetentionRow {
  return {
    cohortYear: b.cohortYear,
    origin: "baseline",
    unrecorded: 0,
    source: b.source,
    ...figures(b.students, b.stillStudying, b.changedField),
  };
}

/**
 * The earlier cohorts taken together (students pooled, not shares averaged, so a small year weighs
 * less): the figure each programme cohort is compared with. Null without baselines to show.
 */
export function pooledBaseline(entered: readonly Baseline[]) {
  // Only the years shown: a withheld small year would be the pooled figure minus the shown ones.
  const baselines = entered.filter((b) => !tooFew(b.students));
  if (baselines.length === 0) return null;
  const sum = (pick: (b: Baseline) => number) => baselines.reduce((total, b) => total + pick(b), 0);
  return {
    fromYear: Math.min(...baselines.map((b) => b.cohortYear)),
    toYear: Math.max(...baselines.map((b) => b.cohortYear)),
    ...figures(
      sum((b) => b.students),
      sum((b) => b.stillStudying),
      sum((b) => b.changedField),
    ),
  };
}

/** Every cohort, oldest first; a year with both a baseline and programme figures lists the baseline first. */
export function retentionTable(outcomes: readonly CohortOutcomes[], baselines: readonly Baseline[]) {
  const rows = [...baselines.map(baselineRetention), ...outcomes.map(programmeRetention)];
  return rows.sort(
    (a, b) => a.cohortYear - b.cohortYear || (a.origin === b.origin ? 0 : a.origin === "baseline" ? -1 : 1),
  );
}
