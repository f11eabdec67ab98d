import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "./statement-csv.ts";
import { DATE_FORMAT, EURO_FORMAT, SHARE_FORMAT, type XlsxColumn, xlsxBlob } from "./statement-xlsx.ts";

interface Line {
  student: string;
  placedOn: string;
  fraction: number;
  euros: number;
  version: number;
}

// The columns as the statement page gives them, with the kinds it uses.
const columns: XlsxColumn<Line>[] = [
  { header: "Opiskelija", kind: "text", value: (l) => l.student },
  { header: "Sijoittui", kind: "date", value: (l) => l.placedOn },
  { header: "Osuus", kind: "share", value: (l) => l.fraction },
  { header: "Euroa", kind: "euro", value: (l) => l.euros },
  { header: "Versio", kind: "integer", value: (l) => l.version },
];
const lines: Line[] = [
  { student: "P-1", placedOn: "2027-03-01", fraction: 0.5, euros: 1234.5, version: 1 },
  { student: 'a;"b"', placedOn: "2027-11-24", fraction: 1 / 3, euros: 3, version: 2 },
];

describe("statement CSV", () => {
  it("writes Finnish CSV: a BOM, semicolons, decimal commas and quoted text", () => {
    const csv = toCsv(
      [
        { header: "Opiskelija", value: (r: { s: string; e: number }) => r.s },
        { header: "Euroa", value: (r) => r.e },
      ],
      [
        { s: "P-1", e: 1234.5 },
        { s: 'a;"b"', e: 3 },
      ],
    );
    expect(csv).toBe('\uFEFFOpiskelija;Euroa\r\nP-1;1234,50\r\n"a;""b""";3\r\n');
  });

  it("writes the page's kinds: dates as 1.3.2027, euros with cents, shares as fractions", () => {
    expect(toCsv(columns, lines)).toBe(
      "\uFEFFOpiskelija;Sijoittui;Osuus;Euroa;Versio\r\n" +
        "P-1;1.3.2027;0,500;1234,50;1\r\n" +
        '"a;""b""";24.11.2027;0,333;3,00;2\r\n',
    );
  });
});

describe("statement XLSX", () => {
  it("stores euros, shares and dates as numbers and dates in the Finnish formats", async () => {
    const blob = await xlsxBlob([{ title: "Tilityksen rivit", columns, rows: lines }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const row = workbook.getWorksheet("Tilityksen rivit")!.getRow(2);
    expect(row.getCell(2).value).toEqual(new Date(Date.UTC(2027, 2, 1)));
    expect(row.getCell(2).numFmt).toBe(DATE_FORMAT);
    expect(row.getCell(3).value).toBe(0.5);
    expect(row.getCell(3).numFmt).toBe(SHARE_FORMAT);
    expect(SHARE_FORMAT).toBe("0.0 %");
    expect(row.getCell(4).value).toBe(1234.5);
    expect(row.getCell(4).numFmt).toBe(EURO_FORMAT);
    expect(row.getCell(5).value).toBe(1);
  });
});
