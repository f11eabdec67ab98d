/**
 * A day's attendance as a CSV file from a student information system: the row model and its checks.
 * Turning the file's text into cells is the caller's (a CSV parser at the edge); here each cell is
 * checked and every problem is reported with its line and column, so one pass over a bad file tells
 * everything to fix. A file with any problem imports nothing.
 *
 * Columns (header row, names case-insensitive, in any order; other columns are ignored):
 * - `opiskelija`: the learner OID (1.2.246.562.24.…) or the Polku student id
 * - `pvm` (optional): the day, YYYY-MM-DD or d.m.yyyy; it must be the import's day
 * - `oppitunti` (optional): the lesson; empty for a whole-day mark
 * - `merkintä`: present/absent/excused/late, or läsnä/poissa/luvallinen/myöhässä
 * - `myöhässä_min` (optional): minutes late, for a late mark only
 */
import { Data, Effect } from "effect";
import { isValidLocalDate } from "../dates.ts";
import { learnerOidProblem } from "../identifiers/oid.ts";
import {
  type AttendanceStatus,
  MAX_LESSON_LENGTH,
  minutesLateProblem,
  parseAttendanceStatus,
} from "./status.ts";

/** The most marks one import takes; a larger day is split into several files. */
export const MAX_IMPORT_ROWS = 10_000;

/** The columns, by the name messages use, and the header names each is recognised by. */
export const attendanceColumns = {
  opiskelija: ["opiskelija", "oppija", "oppijanumero", "oid", "oppija_oid", "student", "student_id"],
  pvm: ["pvm", "päivä", "paiva", "päivämäärä", "paivamaara", "date", "day", "datum"],
  oppitunti: ["oppitunti", "tunti", "lesson", "lektion"],
  merkintä: ["merkintä", "merkinta", "tila", "status", "mark"],
  myöhässä_min: ["myöhässä_min", "myohassa_min", "myöhässä_minuuttia", "minutes_late", "late_minutes"],
} as const;

export type AttendanceColumn = keyof typeof attendanceColumns;

/** The file as cells: the header, and each data row with its line number in the file (the header is 1). */
export interface AttendanceTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
}

/** Who a row is about: a learner OID to look up, or a Polku student id. */
export type StudentReference =
  | { readonly kind: "oid"; readonly oid: string }
  | { readonly kind: "id"; readonly id: string };

export interface AttendanceImportRow {
  readonly line: number;
  readonly student: StudentReference;
  readonly day: string;
  readonly lesson: string;
  readonly status: AttendanceStatus;
  readonly minutesLate: number | null;
}

/** One thing to fix, where it is: the line in the file and the column ("" for the line as a whole). */
export interface ImportProblem {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

/**
 * "Line 3, column pvm: …": a problem as one sentence a person can act on.
 * @messages
 */
export const describeImportProblem = (problem: ImportProblem): string =>
  problem.column
    ? `Line ${problem.line}, column ${problem.column}: ${problem.message}`
    : `Line ${problem.line}: ${problem.message}`;

export class InvalidAttendanceImport extends Data.TaggedError("InvalidAttendanceImport")<{
  readonly problems: ReadonlyArray<ImportProblem>;
}> {
  override get message(): string {
    const n = this.problems.length;
    const lines = this.problems.map((p) => `- ${describeImportProblem(p)}`).join("\n");
    return n === 1
      ? `The file has 1 problem, so nothing was saved. Fix it and import the file again:\n${lines}`
      : `The file has ${n} problems, so nothing was saved. Fix them and import the file again:\n${lines}`;
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const finnishDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date as YYYY-MM-DD or the Finnish d.m.yyyy, normalised to YYYY-MM-DD; undefined if not a real date. */
export const parseSchoolDate = (text: string): string | undefined => {
  const trimmed = text.trim();
  const finnish = finnishDate.exec(trimmed);
  const iso = finnish
    ? `${finnish[3]}-${finnish[2]!.padStart(2, "0")}-${finnish[1]!.padStart(2, "0")}`
    : trimmed;
  return isValidLocalDate(iso) ? iso : undefined;
};

/** "2026-03-02" as the Finnish "2.3.2026", for messages. */
const finnishDay = (day: string) =>
  `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.${day.slice(0, 4)}`;

const normaliseHeader = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

const columnOf = (name: string): AttendanceColumn | undefined => {
  const normalised = normaliseHeader(name);
  for (const [column, names] of Object.entries(attendanceColumns)) {
    if ((names as readonly string[]).includes(normalised)) return column as AttendanceColumn;
  }
  return undefined;
};

/**
 * The student a cell names, or what is wrong with it.
 * @messages
 */
export const parseStudentReference = (text: string): StudentReference | string => {
  const value = text.trim();
  if (value === "") {
    return "the student is missing: write the learner OID (1.2.246.562.24.…) or the Polku student id.";
  }
  if (value.startsWith("1.2.246.562.")) {
    const problem = learnerOidProblem(value);
    return problem === undefined ? { kind: "oid", oid: value } : problem.message;
  }
  if (uuidPattern.test(value)) return { kind: "id", id: value.toLowerCase() };
  return `"${value}" is neither a learner OID (1.2.246.562.24.…) nor a Polku student id: copy the student's learner OID from the student information system.`;
};

export interface CheckOptions {
  /** The day being imported, YYYY-MM-DD: a `pvm` column must name it, and an empty `pvm` means it. */
  readonly day: string;
}

/**
 * Checks every row and returns the good ones with every problem found. Header problems stop the
 * check (the rows cannot be read without their columns). Pure: the students are looked up later.
 */
export const checkAttendanceTable = (
  table: AttendanceTable,
  options: CheckOptions,
): { rows: AttendanceImportRow[]; problems: ImportProblem[] } => {
  const problems: ImportProblem[] = [];
  const index = new Map<AttendanceColumn, number>();
  table.header.forEach((name, i) => {
    const column = columnOf(name);
    if (column === undefined) return;
    if (index.has(column)) {
      problems.push({
        line: 1,
        column,
        message: `the header has the column ${column} twice (as "${table.header[index.get(column)!]}" and "${name}"): keep one.`,
      });
    } else index.set(column, i);
  });
  for (const required of ["opiskelija", "merkintä"] as const) {
    if (!index.has(required)) {
      problems.push({
        line: 1,
        column: required,
        message:
          required === "opiskelija"
            ? `the header has no ${required} column: the first row must name the columns, e.g. opiskelija;pvm;oppitunti;merkintä;myöhässä_min.`
            : `the header has no ${required} column: add one with present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).`,
      });
    }
  }
  if (problems.length > 0) return { rows: [], problems };
  if (table.rows.length === 0) {
    return {
      rows: [],
      problems: [
        { line: 2, column: "", message: "the file has no marks: add one line per student under the header." },
      ],
    };
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      problems: [
        {
          line: table.rows[MAX_IMPORT_ROWS]!.line,
          column: "",
          message: `the file has ${table.rows.length} marks; one import takes at most ${MAX_IMPORT_ROWS}. Split the file and import the parts one by one.`,
        },
      ],
    };
  }

  const rows: AttendanceImportRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (column: AttendanceColumn) => {
      const i = index.get(column);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    const before = problems.length;
    const problem = (column: AttendanceColumn, message: string) => problems.push({ line, column, message });

    const student = parseStudentReference(cell("opiskelija"));
    if (typeof student === "string") problem("opiskelija", student);

    let day = options.day;
    const dayText = cell("pvm");
    if (dayText !== "") {
      const parsed = parseSchoolDate(dayText);
      if (parsed === undefined) {
        problem(
          "pvm",
          `"${dayText}" is not a date: write it as YYYY-MM-DD or d.m.yyyy, e.g. ${finnishDay(options.day)}.`,
        );
      } else if (parsed !== options.day) {
        problem(
          "pvm",
          `this line is for ${finnishDay(parsed)} but the import is for ${finnishDay(options.day)}: import each day's marks separately.`,
        );
      } else day = parsed;
    }

    const lesson = cell("oppitunti");
    if (lesson.length > MAX_LESSON_LENGTH) {
      problem(
        "oppitunti",
        `the lesson is longer than ${MAX_LESSON_LENGTH} characters: shorten it, e.g. "3" or "ENG 2".`,
      );
    }

    const statusText = cell("merkintä");
    const status = parseAttendanceStatus(statusText);
    if (status === undefined) {
      problem(
        "merkintä",
        statusText === ""
          ? "the mark is missing: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä)."
          : `"${statusText}" is not a mark: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).`,
      );
    }

    let minutesLate: number | null = null;
    const minutesText = cell("myöhässä_min");
    if (minutesText !== "") {
      if (!/^\d{1,4}$/.test(minutesText)) {
        problem(
          "myöhässä_min",
          `"${minutesText}" is not a number of minutes: write a whole number, e.g. 10.`,
        );
      } else {
        minutesLate = Number(minutesText);
        const wrong = status === undefined ? undefined : minutesLateProblem(status, minutesLate);
        if (wrong !== undefined) problem("myöhässä_min", wrong);
      }
    }

    if (problems.length === before && typeof student !== "string" && status !== undefined) {
      rows.push({ line, student, day, lesson, status, minutesLate });
    }
  }
  return { rows, problems };
};

/**
 * Two lines for the same student, day and lesson: the file contradicts itself (or repeats itself),
 * so the later line is reported, naming the earlier one. Run on rows whose students are resolved.
 */
export const duplicateMarkProblems = (
  rows: ReadonlyArray<{
    readonly line: number;
    readonly studentId: string;
    readonly day: string;
    readonly lesson: string;
  }>,
): ImportProblem[] => {
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const key = `${row.studentId}\u0000${row.day}\u0000${row.lesson}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else {
      problems.push({
        line: row.line,
        column: "opiskelija",
        message: row.lesson
          ? `the same student already has a mark for this lesson (${row.lesson}) on line ${first}: keep one of the two lines.`
          : `the same student already has a mark for this day on line ${first}: keep one of the two lines.`,
      });
    }
  }
  return problems;
};

/** Problems in file order (by line, then column), for one report. */
export const sortImportProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  [...problems].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));

/** The rows when the table has no problems; otherwise every problem, so nothing is imported. */
export const validateAttendanceTable = (
  table: AttendanceTable,
  options: CheckOptions,
): Effect.Effect<AttendanceImportRow[], InvalidAttendanceImport> => {
  const { rows, problems } = checkAttendanceTable(table, options);
  return problems.length === 0
    ? Effect.succeed(rows)
    : Effect.fail(new InvalidAttendanceImport({ problems: sortImportProblems(problems) }));
};
