/**
 * Attendance marks: the four statuses, what counts as an unexplained absence, and the school day an
 * instant belongs to. A mark is for a whole day (lesson "") or for one lesson of the day.
 */
import { Schema } from "effect";
import { localDateIn } from "../dates.ts";
import { attendanceStatuses } from "../vocabulary.ts";

export { attendanceStatuses };

export const AttendanceStatus = Schema.Literals(attendanceStatuses);
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** The zone school days are reckoned in: a mark at 00:30 Finnish time belongs to that Finnish date. */
export const SCHOOL_TIME_ZONE = "Europe/Helsinki";

/** Longest lateness a mark may record: a school day. */
export const MAX_MINUTES_LATE = 600;

/** Longest lesson label ("3", "ENG 2", "klo 8.15–9.45"). */
export const MAX_LESSON_LENGTH = 40;

/**
 * How a status is written in an import: the API's English names, the Finnish words of student
 * information systems (with and without diacritics), and Swedish ones. Compared case-insensitively.
 */
export const attendanceStatusAliases: Readonly<Record<string, AttendanceStatus>> = {
  present: "present",
  absent: "absent",
  excused: "excused",
  late: "late",
  läsnä: "present",
  lasna: "present",
  poissa: "absent",
  luvaton: "absent",
  luvallinen: "excused",
  myöhässä: "late",
  myohassa: "late",
  närvarande: "present",
  frånvarande: "absent",
  "frånvarande med lov": "excused",
  försenad: "late",
};

/** The status a cell names, or undefined. */
export const parseAttendanceStatus = (text: string): AttendanceStatus | undefined =>
  attendanceStatusAliases[text.trim().toLowerCase().replace(/\s+/g, " ")];

/** The school day (a `YYYY-MM-DD` date in Europe/Helsinki) of an instant. */
export const schoolDayOf = (instant: Date): string => localDateIn(instant, SCHOOL_TIME_ZONE);

/**
 * An unexplained absence (selvittämätön poissaolo): absent, with no excuse recorded. An excused absence
 * is not one, nor is being late. These are what a guardian of a minor is told of on the same day.
 */
export const isUnexplainedAbsence = (mark: { readonly status: string }): boolean => mark.status === "absent";

/** How many of the marks are unexplained absences. */
export const countUnexplainedAbsences = (marks: ReadonlyArray<{ readonly status: string }>): number =>
  marks.reduce((n, m) => (isUnexplainedAbsence(m) ? n + 1 : n), 0);

/**
 * What is wrong with one mark's minutes late, or undefined: minutes belong only to a "late" mark, and
 * are a whole number from 1 to a school day's length.
 */
export const minutesLateProblem = (
  status: AttendanceStatus,
  minutesLate: number | null | undefined,
): string | undefined => {
  if (minutesLate === null || minutesLate === undefined) return undefined;
  if (status !== "late") {
    return `minutes late are given but the mark is "${status}": mark the student late, or leave the minutes out.`;
  }
  if (!Number.isInteger(minutesLate) || minutesLate < 1 || minutesLate > MAX_MINUTES_LATE) {
    return `minutes late must be a whole number from 1 to ${MAX_MINUTES_LATE}.`;
  }
  return undefined;
};

/** Marks are for today or earlier: what has not happened cannot be marked. Undefined when the day is fine. */
export const markDayProblem = (day: string, today: string): string | undefined =>
  day > today
    ? `${day} is in the future: attendance can be marked for today (${today}) or earlier.`
    : undefined;
