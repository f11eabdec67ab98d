/**
 * Progress of the qualification units in the participants' HOKS, per cohort: the share of units
 * completed, in progress and not started, and the median of completed units per student. A unit whose
 * competence has been demonstrated but not yet assessed is still in progress: only "completed" counts
 * as done. The figures rest on the students who have units planned, so the floor looks at them.
 */
import { type Floored, percent, withFloor } from "./privacy.ts";

export interface CohortUnitCounts {
  readonly cohortYear: number;
  /** Participants of the cohort, whether or not their HOKS has units yet. */
  readonly participants: number;
  readonly studentsWithUnits: number;
  readonly completed: number;
  readonly inProgress: number;
  readonly notStarted: number;
  /** Median completed units among students with units (the database's percentile_cont). */
  readonly medianCompleted: number | null;
}

export interface ProgressFigures {
  readonly units: number;
  readonly completedPct: number | null;
  readonly inProgressPct: number | null;
  readonly notStartedPct: number | null;
  readonly medianCompleted: number | null;
}

export type ProgressRow = {
  readonly cohortYear: number;
  readonly participants: number;
} & Floored<ProgressFigures>;

export function progressRow(c: CohortUnitCounts): ProgressRow {
  const units = c.completed + c.inProgress + c.notStarted;
  return {
    cohortYear: c.cohortYear,
    participants: c.participants,
    ...withFloor<ProgressFigures>(c.studentsWithUnits, () => ({
      units,
      completedPct: percent(c.completed, units),
      inProgressPct: percent(c.inProgress, units),
      notStartedPct: percent(c.notStarted, units),
      medianCompleted: c.medianCompleted === null ? null : Math.round(c.medianCompleted * 10) / 10,
    })),
  };
}
