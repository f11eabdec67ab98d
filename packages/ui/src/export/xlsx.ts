/**
 * A table as an XLSX workbook: real numbers and dates in the cells, with number formats that Finnish
 * Excel shows as 1 234,50 €, 12,5 % and 24.11.2026, a bold header row that stays in view, and a sheet
 * per table. exceljs is large, so it is loaded only when a workbook is asked for: the first page's
 * bundle does not carry it.
 */
import { calendarDay, type ExportSheet, type ExportValue, excelFormat } from "./table.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel refuses \ / ? * [ ] : in a sheet's name, a name longer than 31 characters, and the same name twice. */
function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const base =
      title
        .replace(/[\\/?*[\]:]/g, " ")
        .trim()
        .slice(0, 31) || `${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - `${n}`.length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A cell's value as the workbook stores it: a date as midnight UTC of its day (Excel's dates have no zone). */
function cellValue(kind: string, value: ExportValue): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (kind === "date") {
    const day = calendarDay(value);
    return day ? new Date(Date.UTC(day.year, day.month - 1, day.day)) : String(value);
  }
  return value instanceof Date ? value.toISOString() : value;
}

/** The workbook's bytes. */
export async function toXlsxBytes(sheets: readonly ExportSheet<unknown>[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Polku";
  const names = sheetNames(sheets.map((s) => s.title));
  sheets.forEach((s, i) => {
    const sheet = workbook.addWorksheet(names[i]!, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = s.columns.map((c) => {
      const numFmt = excelFormat(c);
      return {
        header: c.header,
        width: c.width ?? (c.kind === "text" ? 28 : 14),
        ...(numFmt ? { style: { numFmt } } : {}),
      };
    });
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows) sheet.addRow(s.columns.map((c) => cellValue(c.kind, c.value(row))));
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The workbook as a file to download. */
export async function toXlsx(sheets: readonly ExportSheet<unknown>[]): Promise<Blob> {
  return new Blob([await toXlsxBytes(sheets)], { type: XLSX_TYPE });
}
