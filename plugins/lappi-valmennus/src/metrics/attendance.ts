/**
 * Attendance of the programme's participants by month: the share of marks where the student was there
 * (present, or late but there), and the absences split into unexplained and excused, each a share of
 * all marks. The database counts; this shapes the counts and applies the five-student floor.
 *
 * The floor must also hold against subtraction. A month of one group is withheld when the other
 * groups' students that month are under the floor (the whole minus this group would show them), and
 * the year's total adds up only the months shown (the total minus the shown months would otherwise
 * give the withheld month).
 */
import { type Floored, percent, tooFew, withFloor } from "./privacy.ts";

export interface MonthCounts {
  /** "2026-09"; null for the whole year so far. */
  readonly month: string | null;
  /** Distinct students with marks in the month, in the chosen group (or all): what the floor looks at. */
  readonly students: number;
  /** Distinct students of the programme with marks in the month outside the chosen group (0 for all). */
  readonly otherStudents: number;
  readonly present: number;
  readonly late: number;
  readonly absent: number;
  readonly excused: number;
}

export interface AttendanceFigures {
  readonly marks: number;
  readonly attendedPct: number | null;
  readonly unexplainedPct: number | null;
  readonly excusedPct: number | null;
}

export type AttendanceRow = { readonly month: string } & Floored<AttendanceFigures>;

const none = (month: string | null): MonthCounts => ({
  month,
  students: 0,
  otherStudents: 0,
  present: 0,
  late: 0,
  absent: 0,
  excused: 0,
});

const figuresOf = (c: MonthCounts) => () => {
  const marks = c.present + c.late + c.absent + c.excused;
  return {
    marks,
    attendedPct: percent(c.present + c.late, marks),
    unexplainedPct: percent(c.absent, marks),
    excusedPct: percent(c.excused, marks),
  };
};

/** One row per month of the year so far (a month without marks says so), and the total of those shown. */
export function attendanceByMonth(months: readonly string[], counts: readonly MonthCounts[]) {
  const monthly = months.map((month) => counts.find((c) => c.month === month) ?? none(month));
  const rows: AttendanceRow[] = monthly.map((c) => ({
    month: c.month!,
    ...withFloor<AttendanceFigures>(c.students, figuresOf(c), c.otherStudents),
  }));
  const shown = monthly.filter((c) => !tooFew(c.students) && !tooFew(c.otherStudents));
  const sum = (pick: (c: MonthCounts) => number) => shown.reduce((total, c) => total + pick(c), 0);
  const year = counts.find((c) => c.month === null) ?? none(null);
  const total: AttendanceRow = {
    month: "total",
    ...withFloor<AttendanceFigures>(
      year.students,
      figuresOf({
        ...year,
        present: sum((c) => c.present),
        late: sum((c) => c.late),
        absent: sum((c) => c.absent),
        excused: sum((c) => c.excused),
      }),
    ),
  };
  return { months: rows, total, monthsLeftOut: monthly.length - shown.length };
}
