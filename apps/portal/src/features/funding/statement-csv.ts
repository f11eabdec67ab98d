/**
 * A statement as a CSV file for a spreadsheet in Finland: `;` between fields, decimal commas, a BOM so
 * Excel reads it as UTF-8, and every text field quoted where it needs to be. Pure, so it is tested alone.
 */
export interface CsvColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number;
}

const number = (x: number) =>
  (Math.round(x * 100) / 100).toFixed(Number.isInteger(x) ? 0 : 2).replace(".", ",");
const quote = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const line = (cells: ReadonlyArray<string | number>) =>
    cells.map((c) => (typeof c === "number" ? number(c) : quote(c))).join(";");
  return `\uFEFF${[line(columns.map((c) => c.header)), ...rows.map((r) => line(columns.map((c) => c.value(r))))].join("\r\n")}\r\n`;
}

/** Offers the text or blob as a file download (a temporary object URL, released after the click). */
export function download(name: string, content: string | Blob, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(typeof content === "string" ? new Blob([content], { type }) : content);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
