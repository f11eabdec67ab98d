/**
 * A statement as an XLSX workbook (exceljs, loaded only when asked for: it is large): the lines with
 * euros in the Finnish euro format, shares as percentages and dates as dates, and a sheet of the
 * assumptions the figures rest on.
 */
import type { CsvColumn } from "./statement-csv.ts";

export const EURO_FORMAT = "#,##0.00 [$€-40B]";
export const SHARE_FORMAT = "0.0 %";
export const DATE_FORMAT = "d.m.yyyy";

export interface XlsxColumn<T> extends CsvColumn<T> {
  readonly kind: "text" | "euro" | "share" | "date" | "integer";
}

export async function xlsxBlob<T>(
  sheets: ReadonlyArray<{ title: string; columns: readonly XlsxColumn<T>[]; rows: readonly T[] }>,
): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "polku";
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31));
    sheet.columns = s.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.kind === "text" ? 28 : 16,
      ...(c.kind === "euro"
        ? { style: { numFmt: EURO_FORMAT } }
        : c.kind === "share"
          ? { style: { numFmt: SHARE_FORMAT } }
          : c.kind === "date"
            ? { style: { numFmt: DATE_FORMAT } }
            : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows)
      sheet.addRow(
        Object.fromEntries(
          s.columns.map((c, i) => {
            const v = c.value(row);
            return [String(i), c.kind === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v];
          }),
        ),
      );
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
