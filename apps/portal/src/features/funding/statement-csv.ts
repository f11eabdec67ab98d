/**
 * The statement's CSV file, written by the shared table export of @polku/ui (`;`, decimal commas, a
 * BOM, dates as 24.11.2026). These names stay so the statement page keeps its imports; a column
 * without a kind is text, or a number when its value is one.
 */
import { downloadFile, type ExportColumn, type ExportKind, toCsv as tableCsv } from "@polku/ui";

export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number;
}

/** The statement's own kinds, as the shared export names them (a share is a percentage). */
export const statementKinds = {
  text: { kind: "text" },
  euro: { kind: "money" },
  share: { kind: "percent", decimals: 1 },
  date: { kind: "date" },
  integer: { kind: "number", decimals: 0 },
} as const satisfies Record<string, { kind: ExportKind; decimals?: number }>;

type StatementKind = keyof typeof statementKinds;

/** A statement column as a shared export column: by its kind if it has one, else by its value. */
export function exportColumn<T>(column: CsvColumn<T> & { readonly kind?: StatementKind }): ExportColumn<T> {
  const value = (row: T) => column.value(row);
  // Without a kind, "number": a number value is written as a number, a string value as text.
  return {
    header: column.header,
    ...(column.kind ? statementKinds[column.kind] : { kind: "number" }),
    value,
  };
}

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return tableCsv({ columns: columns.map((c) => exportColumn(c)), rows });
}

/** Offers the text or blob as a file download. */
export function download(name: string, content: string | Blob, type = "text/csv;charset=utf-8") {
  downloadFile(name, content, type);
}
