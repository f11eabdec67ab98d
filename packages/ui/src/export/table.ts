/**
 * A list as a table for a spreadsheet: columns with a header and a kind, and rows. From it come a CSV
 * file that Finnish Excel opens as it is (`toCsv` here) and an XLSX workbook (`toXlsx` in xlsx.ts).
 * Pure, so the formats are tested without a browser.
 *
 * Kinds, and what a cell's value is:
 * - `text`: a string (a number is written as it is);
 * - `number`: a number, with `decimals` fixed if given;
 * - `money`: euros, always with cents;
 * - `percent`: a fraction (0.25 is 25 %), as Excel stores percentages, with `decimals` in the
 *   percentage (default 1);
 * - `date`: a calendar date "2026-11-24" (as the API sends dates), an instant or a Date; an instant is
 *   its day in Helsinki.
 * An empty value (null, undefined, "" or a number that is not finite) is an empty cell.
 */
export type ExportKind = "text" | "number" | "money" | "percent" | "date";

export type ExportValue = string | number | Date | null | undefined;

export interface ExportColumn<T> {
  readonly header: string;
  readonly kind: ExportKind;
  /** Decimals of a number, or of a percentage (12,5 % has one). */
  readonly decimals?: number;
  /** The column's width in the workbook, in characters; by default wide for text, narrower for figures. */
  readonly width?: number;
  // A method, not a property: so a list of sheets of different rows is one `ExportSheet<unknown>[]`.
  value(row: T): ExportValue;
}

export interface ExportSheet<T> {
  /** The sheet's name in the workbook (cut to Excel's 31 characters, without the characters it refuses). */
  readonly title: string;
  readonly columns: readonly ExportColumn<T>[];
  readonly rows: readonly T[];
}

/** Excel's number formats: codes are the same in every language, and Finnish Excel shows 1 234,50 €. */
export const EXCEL_FORMATS = {
  money: "#,##0.00 [$€-40B]",
  date: "d.m.yyyy",
} as const;

/** The format code of a column for the workbook, or undefined for Excel's own ("General"). */
export function excelFormat(column: Pick<ExportColumn<unknown>, "kind" | "decimals">): string | undefined {
  const zeros = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");
  switch (column.kind) {
    case "money":
      return EXCEL_FORMATS.money;
    case "date":
      return EXCEL_FORMATS.date;
    case "percent":
      // A space before the sign, as Finnish writes it: 12,5 %.
      return `0${zeros(column.decimals ?? 1)} %`;
    case "number":
      return column.decimals === undefined ? undefined : `#,##0${zeros(column.decimals)}`;
    default:
      return undefined;
  }
}

const localDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const helsinkiDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** A date cell's day as year, month and day; undefined when the value is no date. */
export function calendarDay(value: ExportValue): { year: number; month: number; day: number } | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const match = typeof value === "string" ? localDate.exec(value) : null;
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  // "2026-11-24" in en-CA: the instant's calendar day in Helsinki, whatever the browser's zone.
  const [year, month, day] = helsinkiDay.format(instant).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

const isEmpty = (value: ExportValue) =>
  value === null ||
  value === undefined ||
  value === "" ||
  (typeof value === "number" && !Number.isFinite(value));

/** A number with a decimal comma and no digit groups: Finnish Excel reads it as a number. */
const decimal = (x: number, decimals: number) => x.toFixed(decimals).replace(".", ",");

/**
 * A text cell as CSV: quoted when it holds the separator, a quote or a line break. A cell that begins
 * like a formula (= + - @) gets an apostrophe first, so a name typed as "=HYPERLINK(…)" stays text
 * when the file is opened (the spreadsheet shows it without the apostrophe).
 */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One cell as CSV text, by the column's kind. */
export function csvCell(
  column: Pick<ExportColumn<unknown>, "kind" | "decimals">,
  value: ExportValue,
): string {
  if (isEmpty(value)) return "";
  switch (column.kind) {
    case "text":
      return textCell(value instanceof Date ? value.toISOString() : String(value));
    case "date": {
      const day = calendarDay(value);
      return day ? `${day.day}.${day.month}.${day.year}` : textCell(String(value));
    }
    default: {
      if (typeof value !== "number") return textCell(String(value));
      if (column.kind === "money") return decimal(value, 2);
      // A percentage is stored as its fraction: 12,5 % is 0,125 (two decimals more than the percentage).
      if (column.kind === "percent") return decimal(value, (column.decimals ?? 1) + 2);
      if (column.decimals !== undefined) return decimal(value, column.decimals);
      // Without fixed decimals, as the funding statement always wrote them: whole numbers bare, others to cents.
      return decimal(Math.round(value * 100) / 100, Number.isInteger(value) ? 0 : 2);
    }
  }
}

/**
 * The sheet as a CSV file for a spreadsheet in Finland: a BOM, so Excel reads it as UTF-8; `;` between
 * cells, since the comma is the decimal separator; CRLF line ends; dates as 24.11.2026.
 */
export function toCsv<T>(sheet: Pick<ExportSheet<T>, "columns" | "rows">): string {
  const lines = [
    sheet.columns.map((c) => textCell(c.header)).join(";"),
    ...sheet.rows.map((row) => sheet.columns.map((c) => csvCell(c, c.value(row))).join(";")),
  ];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join("")}`;
}

/** A file name from words ("Opiskelijat 2026") with the extension: letters, digits and dashes only. */
export function exportFileName(base: string, extension: "csv" | "xlsx"): string {
  const name = base.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "polku";
  return `${name}.${extension}`;
}
