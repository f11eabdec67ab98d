import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportColumn, ExportSheet } from "./table.ts";
import { toXlsx, XLSX_TYPE } from "./xlsx.ts";

interface Row {
  name: string;
  born: string | null;
  hours: number;
  euros: number;
  share: number;
}

const columns: ExportColumn<Row>[] = [
  { header: "Nimi", kind: "text", value: (r) => r.name },
  { header: "Syntynyt", kind: "date", value: (r) => r.born },
  { header: "Tunnit", kind: "number", decimals: 1, value: (r) => r.hours },
  { header: "Euroa", kind: "money", value: (r) => r.euros },
  { header: "Osuus", kind: "percent", value: (r) => r.share },
];

async function readBack(sheets: readonly ExportSheet<unknown>[]) {
  const blob = await toXlsx(sheets);
  expect(blob.type).toBe(XLSX_TYPE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

describe("XLSX", () => {
  it("stores numbers and dates as numbers and dates, with Finnish formats", async () => {
    const workbook = await readBack([
      {
        title: "Opiskelijat",
        columns,
        rows: [
          { name: "Mäkinen, Aino", born: "2008-03-05", hours: 12.25, euros: 1234.5, share: 0.125 },
          { name: "=1+1", born: null, hours: 0, euros: 3, share: 1 },
        ],
      } satisfies ExportSheet<Row>,
    ]);
    const sheet = workbook.getWorksheet("Opiskelijat")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Nimi", "Syntynyt", "Tunnit", "Euroa", "Osuus"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe("Mäkinen, Aino");
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2008, 2, 5)));
    expect(first.getCell(2).numFmt).toBe("d.m.yyyy");
    expect(first.getCell(3).value).toBe(12.25);
    expect(first.getCell(3).numFmt).toBe("#,##0.0");
    expect(first.getCell(4).value).toBe(1234.5);
    expect(first.getCell(4).numFmt).toBe("#,##0.00 [$€-40B]");
    expect(first.getCell(5).value).toBe(0.125);
    expect(first.getCell(5).numFmt).toBe("0.0 %");

    const second = sheet.getRow(3);
    // A string that looks like a formula stays a string: a workbook cell is a formula only if made one.
    expect(second.getCell(1).value).toBe("=1+1");
    expect(second.getCell(2).value).toBeNull();
    expect(second.getCell(3).value).toBe(0);
    expect(sheet.rowCount).toBe(3);
  });

  it("has a sheet per table, with names Excel accepts", async () => {
    const one = (title: string): ExportSheet<Row> => ({ title, columns, rows: [] });
    const workbook = await readBack([
      one("Läsnäolo: 1A / syksy"),
      one("Läsnäolo: 1A / syksy"),
      one("Hyvin pitkä taulukon nimi, joka ei mahdu Exceliin"),
    ]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Läsnäolo  1A   syksy",
      "Läsnäolo  1A   syksy 2",
      "Hyvin pitkä taulukon nimi, joka",
    ]);
  });
});
