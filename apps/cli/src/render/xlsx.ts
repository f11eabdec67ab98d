/**
 * XLSX with exceljs: one sheet per table and one for the assumptions; euros as numbers in the Finnish
 * euro format, shares as percentages, dates as dates. Sheet names are cut to Excel's 31 characters.
 */
import type { Report, Table } from "./report.ts";

export const EURO_FORMAT = "#,##0.00 [$€-40B]";
export const SHARE_FORMAT = "0.0 %";
export const DATE_FORMAT = "d.m.yyyy";

const sheetName = (title: string, used: Set<string>) => {
  let name = title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  for (let i = 2; used.has(name); i++) name = `${title.slice(0, 27)} (${i})`;
  used.add(name);
  return name;
};

export const xlsxBuffer = async (report: Report): Promise<Buffer> => {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "polku";
  const used = new Set<string>();
  const add = (table: Table) => {
    const sheet = workbook.addWorksheet(sheetName(table.title, used));
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      key: c.key,
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
    const toCells = (row: Table["rows"][number]) =>
      Object.fromEntries(
        table.columns.map((c) => {
          const v = row[c.key];
          return [
            c.key,
            c.kind === "date" && typeof v === "string" && v !== "" ? new Date(`${v}T00:00:00Z`) : v,
          ];
        }),
      );
    for (const row of table.rows) sheet.addRow(toCells(row));
    if (table.total) sheet.addRow(toCells(table.total)).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  };
  for (const t of report.tables) add(t);
  add(report.assumptions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
