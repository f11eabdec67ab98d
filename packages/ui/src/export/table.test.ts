import { describe, expect, it } from "vitest";
import { calendarDay, csvCell, type ExportColumn, excelFormat, exportFileName, toCsv } from "./table.ts";

interface Row {
  name: string;
  born: string | null;
  hours: number;
  euros: number;
  share: number | null;
}

const columns: ExportColumn<Row>[] = [
  { header: "Nimi", kind: "text", value: (r) => r.name },
  { header: "Syntynyt", kind: "date", value: (r) => r.born },
  { header: "Tunnit", kind: "number", decimals: 1, value: (r) => r.hours },
  { header: "Euroa", kind: "money", value: (r) => r.euros },
  { header: "Osuus", kind: "percent", value: (r) => r.share },
];

describe("CSV for Finnish Excel", () => {
  it("writes a BOM, semicolons, decimal commas, d.M.yyyy dates, CRLF and quoted text", () => {
    const csv = toCsv({
      columns,
      rows: [
        { name: "Mäkinen, Aino", born: "2008-03-05", hours: 12.25, euros: 1234.5, share: 0.125 },
        { name: 'Sanna "Sanni" Öhman', born: null, hours: 3, euros: 3, share: null },
        { name: "rivi\nkaksi;kolme", born: "2026-11-24", hours: -0.5, euros: 0, share: 1 },
      ],
    });
    expect(csv).toBe(
      "\uFEFFNimi;Syntynyt;Tunnit;Euroa;Osuus\r\n" +
        "Mäkinen, Aino;5.3.2008;12,3;1234,50;0,125\r\n" +
        '"Sanna ""Sanni"" Öhman";;3,0;3,00;\r\n' +
        '"rivi\nkaksi;kolme";24.11.2026;-0,5;0,00;1,000\r\n',
    );
  });

  it("keeps a cell that looks like a formula as text", () => {
    const text = { kind: "text" } as const;
    expect(csvCell(text, '=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell(text, "+358 40 123")).toBe("'+358 40 123");
    expect(csvCell(text, "@a")).toBe("'@a");
    expect(csvCell(text, "Aino-Liisa")).toBe("Aino-Liisa");
  });

  it("writes numbers without fixed decimals as the funding statement did: whole bare, others to cents", () => {
    const number = { kind: "number" } as const;
    expect(csvCell(number, 3)).toBe("3");
    expect(csvCell(number, 1234.5)).toBe("1234,50");
    expect(csvCell(number, 2 / 3)).toBe("0,67");
    expect(csvCell(number, Number.NaN)).toBe("");
    expect(csvCell({ kind: "percent", decimals: 0 }, 0.5)).toBe("0,50");
  });

  it("writes an instant's day in Helsinki, not in UTC", () => {
    // 22.30 UTC on 31 December is already New Year's Day in Helsinki (UTC+2).
    expect(csvCell({ kind: "date" }, "2026-12-31T22:30:00Z")).toBe("1.1.2027");
    expect(csvCell({ kind: "date" }, new Date("2026-06-15T12:00:00Z"))).toBe("15.6.2026");
    expect(calendarDay("not a date")).toBeUndefined();
  });
});

describe("formats and names", () => {
  it("gives Excel format codes that show Finnish euros, percentages and dates", () => {
    expect(excelFormat({ kind: "money" })).toBe("#,##0.00 [$€-40B]");
    expect(excelFormat({ kind: "percent" })).toBe("0.0 %");
    expect(excelFormat({ kind: "percent", decimals: 0 })).toBe("0 %");
    expect(excelFormat({ kind: "date" })).toBe("d.m.yyyy");
    expect(excelFormat({ kind: "number", decimals: 2 })).toBe("#,##0.00");
    expect(excelFormat({ kind: "number" })).toBeUndefined();
    expect(excelFormat({ kind: "text" })).toBeUndefined();
  });

  it("makes a file name of letters, digits and dashes", () => {
    expect(exportFileName("Opiskelijat 3.12.2026", "csv")).toBe("Opiskelijat-3.12.2026.csv");
    expect(exportFileName("Työaika / 2026: tiimi", "xlsx")).toBe("Työaika-2026-tiimi.xlsx");
    expect(exportFileName("///", "csv")).toBe("polku.csv");
  });
});
