/**
 * The statement as an XLSX workbook, made by the shared table export of @polku/ui (which loads exceljs
 * only when asked): euros in the Finnish euro format, shares as percentages, dates as dates. The
 * names stay so the statement page keeps its imports.
 */
import { EXCEL_FORMATS, excelFormat, toXlsx } from "@polku/ui";
import { type CsvColumn, exportColumn, statementKinds } from "./statement-csv.ts";

export const EURO_FORMAT = EXCEL_FORMATS.money;
export const SHARE_FORMAT = excelFormat(statementKinds.share)!;
export const DATE_FORMAT = EXCEL_FORMATS.date;

export interface XlsxColumn<T> extends CsvColumn<T> {
  readonly kind: keyof typeof statementKinds;
}

export function xlsxBlob<T>(
  sheets: ReadonlyArray<{ title: string; columns: readonly XlsxColumn<T>[]; rows: readonly T[] }>,
): Promise<Blob> {
  return toXlsx(
    sheets.map((s) => ({ title: s.title, columns: s.columns.map((c) => exportColumn(c)), rows: s.rows })),
  );
}
