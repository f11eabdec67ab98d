import { Effect, Result } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ibm137CheckDigit } from "../identifiers/checkDigits.ts";
import {
  type AttendanceTable,
  checkAttendanceTable,
  describeImportProblem,
  duplicateMarkProblems,
  InvalidAttendanceImport,
  MAX_IMPORT_ROWS,
  parseSchoolDate,
  validateAttendanceTable,
} from "./csv.ts";

const day = "2026-03-02";
const oid = (ten: string) => `1.2.246.562.24.${ten}${ibm137CheckDigit(ten)}`;
const aino = oid("1234567890");
const table = (header: string[], ...rows: string[][]): AttendanceTable => ({
  header,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});
const header = ["opiskelija", "pvm", "oppitunti", "merkintä", "myöhässä_min"];

const run = (t: AttendanceTable) => Effect.runSync(Effect.result(validateAttendanceTable(t, { day })));

describe("dates in an import", () => {
  it.each([
    ["2026-03-02", "2026-03-02"],
    ["2.3.2026", "2026-03-02"],
    ["02.03.2026", "2026-03-02"],
    [" 29.2.2024 ", "2024-02-29"],
    ["29.2.2026", undefined],
    ["2026-3-2", undefined],
    ["2.3.26", undefined],
  ] as const)("%j is %s", (text, expected) => {
    expect(parseSchoolDate(text)).toBe(expected);
  });
});

describe("checking a day's attendance file", () => {
  it("reads good rows, with Finnish words and dates, and normalises them", () => {
    const result = run(
      table(
        header,
        [aino, "2.3.2026", "", "Läsnä", ""],
        [aino, "2026-03-02", "3", "myöhässä", "15"],
        ["0B6D4F5E-2C1A-4B7E-9F3A-1D2C3B4A5F60", "", "1", "poissa", ""],
      ),
    );
    expect(Result.isSuccess(result)).toBe(true);
    const rows = Result.getOrThrow(result);
    expect(rows).toEqual([
      { line: 2, student: { kind: "oid", oid: aino }, day, lesson: "", status: "present", minutesLate: null },
      { line: 3, student: { kind: "oid", oid: aino }, day, lesson: "3", status: "late", minutesLate: 15 },
      {
        line: 4,
        student: { kind: "id", id: "0b6d4f5e-2c1a-4b7e-9f3a-1d2c3b4a5f60" },
        day,
        lesson: "1",
        status: "absent",
        minutesLate: null,
      },
    ]);
  });

  it("recognises column names in any case and order, ignores other columns, and needs no pvm column", () => {
    const result = run(table(["Nimi", "Merkintä", "OPISKELIJA"], ["Aino", "luvallinen", aino]));
    expect(Result.getOrThrow(result)).toMatchObject([{ status: "excused", day, lesson: "" }]);
  });

  it("names every bad row's line and column, and imports nothing", () => {
    const result = run(
      table(
        header,
        [aino, "2.3.2026", "", "läsnä", ""],
        ["1.2.246.562.24.12345678901", "31.2.2026", "", "sairas", ""],
        ["Aino Virtanen", "3.3.2026", "", "poissa", "5"],
        [aino, "", "x".repeat(41), "myöhässä", "abc"],
      ),
    );
    if (!Result.isFailure(result)) throw new Error("expected the file to be refused");
    const error = result.failure;
    expect(error).toBeInstanceOf(InvalidAttendanceImport);
    expect(error.problems.map((p) => [p.line, p.column])).toEqual([
      [3, "merkintä"],
      [3, "opiskelija"],
      [3, "pvm"],
      [4, "myöhässä_min"],
      [4, "opiskelija"],
      [4, "pvm"],
      [5, "myöhässä_min"],
      [5, "oppitunti"],
    ]);
    expect(error.message).toContain("nothing was saved");
    expect(error.message).toContain('Line 3, column merkintä: "sairas" is not a mark');
    expect(error.message).toContain("Line 3, column opiskelija:");
    expect(error.message).toContain("check digit does not match");
    expect(error.message).toContain(
      "Line 4, column pvm: this line is for 3.3.2026 but the import is for 2.3.2026",
    );
    expect(error.message).toContain(
      'Line 4, column myöhässä_min: minutes late are given but the mark is "absent"',
    );
  });

  it("reports a header without the needed columns on line 1, once per column", () => {
    const { problems } = checkAttendanceTable(table(["nimi", "pvm"], ["Aino", day]), { day });
    expect(problems.map(describeImportProblem)).toEqual([
      expect.stringMatching(/^Line 1, column opiskelija: the header has no opiskelija column/),
      expect.stringMatching(/^Line 1, column merkintä: the header has no merkintä column/),
    ]);
  });

  it("refuses a column given twice, an empty file and a file over the limit", () => {
    expect(checkAttendanceTable(table(["opiskelija", "merkintä", "status"]), { day }).problems).toEqual([
      expect.objectContaining({ line: 1, column: "merkintä", message: expect.stringMatching(/twice/) }),
    ]);
    expect(checkAttendanceTable(table(["opiskelija", "merkintä"]), { day }).problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/no marks/) }),
    ]);
    const many = table(
      ["opiskelija", "merkintä"],
      ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => [aino, "läsnä"]),
    );
    expect(checkAttendanceTable(many, { day }).problems).toEqual([
      expect.objectContaining({
        line: MAX_IMPORT_ROWS + 2,
        message: expect.stringMatching(/Split the file/),
      }),
    ]);
  });

  it("finds two lines for the same student, day and lesson", () => {
    const problems = duplicateMarkProblems([
      { line: 2, studentId: "a", day, lesson: "" },
      { line: 3, studentId: "a", day, lesson: "1" },
      { line: 4, studentId: "b", day, lesson: "" },
      { line: 5, studentId: "a", day, lesson: "" },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 5, column: "opiskelija", message: expect.stringMatching(/on line 2/) }),
    ]);
  });
});

// Property tests: the row checks over generated files.
const tenDigits = fc.stringMatching(/^[1-9]\d{9}$/);
const statusWord = fc.constantFrom(
  ["present", "present"],
  ["läsnä", "present"],
  ["POISSA", "absent"],
  ["absent", "absent"],
  ["Luvallinen", "excused"],
  ["excused", "excused"],
  ["myöhässä", "late"],
  ["late", "late"],
);
const goodRow = fc.record({
  ten: tenDigits,
  finnishDate: fc.boolean(),
  lesson: fc.oneof(
    fc.constant(""),
    fc.stringMatching(/^[A-Za-z0-9 ]{1,10}$/).map((s) => s.trim()),
  ),
  status: statusWord,
  minutes: fc.integer({ min: 1, max: 600 }),
});
type GoodRow = typeof goodRow extends fc.Arbitrary<infer T> ? T : never;
const cellsOf = (r: GoodRow) => [
  oid(r.ten),
  r.finnishDate ? "2.3.2026" : day,
  r.lesson,
  r.status[0]!,
  r.status[1] === "late" ? String(r.minutes) : "",
];

describe("properties of the row checks", () => {
  it("accepts every well-formed row and reads it back exactly", () => {
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const result = checkAttendanceTable(table(header, ...rows.map(cellsOf)), { day });
        expect(result.problems).toEqual([]);
        expect(result.rows).toEqual(
          rows.map((r, i) => ({
            line: i + 2,
            student: { kind: "oid", oid: oid(r.ten) },
            day,
            lesson: r.lesson,
            status: r.status[1],
            minutesLate: r.status[1] === "late" ? r.minutes : null,
          })),
        );
      }),
    );
  });

  it("reports exactly the broken lines, and returns the good ones only when the file is all good", () => {
    const breakage = fc.constantFrom<[number, string]>(
      [0, "1.2.246.562.24.00000000000"],
      [0, ""],
      [1, "31.2.2026"],
      [1, "1.3.2026"],
      [3, "sairas"],
      [3, ""],
      [4, "-1"],
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(goodRow, fc.option(breakage, { nil: undefined })), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const cells = rows.map(([r, broken]) => {
            const c = cellsOf(r);
            if (broken) c[broken[0]] = broken[1];
            return c;
          });
          const t = table(header, ...cells);
          const { problems } = checkAttendanceTable(t, { day });
          const brokenLines = rows.flatMap(([, broken], i) => (broken ? [i + 2] : []));
          expect([...new Set(problems.map((p) => p.line))].sort((a, b) => a - b)).toEqual(brokenLines);
          expect(problems.every((p) => header.includes(p.column))).toBe(true);
          const result = Effect.runSync(Effect.result(validateAttendanceTable(t, { day })));
          expect(Result.isSuccess(result)).toBe(brokenLines.length === 0);
        },
      ),
    );
  });

  it("never throws on arbitrary cells: every row is either read or reported", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const { rows: good, problems } = checkAttendanceTable(table(header, ...rows), { day });
          const reported = new Set(problems.map((p) => p.line));
          for (const row of good) expect(reported.has(row.line)).toBe(false);
          expect(good.length + reported.size).toBe(rows.length);
        },
      ),
    );
  });
});
