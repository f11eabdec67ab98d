/**
 * The template is what the import accepts: read with the API's own CSV reader (@polku/trpc/attendance-csv, a test-only
 * dependency of the portal) and checked with the domain's row checks, its one line is a good mark.
 */
import { checkAttendanceTable } from "@polku/domain";
import { readAttendanceCsv } from "@polku/trpc/attendance-csv";
import { excelFormat, toCsv, toXlsx } from "@polku/ui";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_OID, importColumns, importTemplate } from "./import-template.ts";

const day = "2026-12-03";
const expectedRow = {
  line: 2,
  student: { kind: "oid", oid: EXAMPLE_OID },
  day,
  lesson: "1",
  status: "late",
  minutesLate: 10,
};

describe("the attendance import's template", () => {
  it("as CSV is read by the import with no problem", () => {
    const csv = toCsv(importTemplate(day, "Läsnäolot"));
    expect(csv).toBe(
      `\uFEFFopiskelija;pvm;oppitunti;merkintä;myöhässä_min\r\n${EXAMPLE_OID};3.12.2026;1;myöhässä;10\r\n`,
    );
    const table = readAttendanceCsv(csv);
    if ("message" in table) throw new Error(table.message);
    expect(table.header).toEqual([...importColumns]);
    expect(checkAttendanceTable(table, { day })).toEqual({ rows: [expectedRow], problems: [] });
  });

  it("for another day than the import's is refused at the day, so the template must be the page's day", () => {
    const table = readAttendanceCsv(toCsv(importTemplate("2026-12-02", "Läsnäolot")));
    if ("message" in table) throw new Error(table.message);
    expect(checkAttendanceTable(table, { day }).problems.map((p) => p.column)).toEqual(["pvm"]);
  });

  it("as a workbook has the same header, a date cell, and is read by the import once saved as CSV", async () => {
    const blob = await toXlsx([importTemplate(day, "Läsnäolot")]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.getWorksheet("Läsnäolot")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...importColumns]);
    const cells = sheet.getRow(2);
    expect(cells.getCell(2).value).toEqual(new Date(Date.UTC(2026, 11, 3)));
    expect(cells.getCell(2).numFmt).toBe(excelFormat({ kind: "date" }));
    expect(cells.getCell(5).value).toBe(10);
    // Saved as CSV, a spreadsheet writes each cell as its format shows it: the date as d.m.yyyy.
    const shown = importColumns.map((_, i) => {
      const value = cells.getCell(i + 1).value;
      return value instanceof Date
        ? `${value.getUTCDate()}.${value.getUTCMonth() + 1}.${value.getUTCFullYear()}`
        : String(value ?? "");
    });
    const table = readAttendanceCsv(`${importColumns.join(";")}\r\n${shown.join(";")}\r\n`);
    if ("message" in table) throw new Error(table.message);
    expect(checkAttendanceTable(table, { day })).toEqual({ rows: [expectedRow], problems: [] });
  });
});
