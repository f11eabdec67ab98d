/**
 * Tables for the terminal: Finnish number formats (`1 234 567,89 €`, `42,9 %`, `1.9.2024`),
 * numbers right-aligned, text left-aligned, long text cut to a width.
 */
import { finnishDate, formatEuros, formatNumber, formatShare } from "../numbers.ts";
import type { Cell, Column, Report, Row, Table } from "./report.ts";

const MAX_TEXT = 60;

export const formatCell = (kind: Column["kind"], value: Cell): string => {
  if (value === undefined || value === "") return "";
  if (typeof value === "string") return kind === "date" ? finnishDate(value) : value;
  switch (kind) {
    case "euro":
      return formatEuros(value);
    case "share":
      return formatShare(value);
    case "integer":
      return String(Math.round(value));
    default:
      return formatNumber(value);
  }
};

const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const right = (c: Column) => c.kind !== "text" && c.kind !== "date";

export const renderTable = (table: Table): string => {
  const cellsOf = (row: Row) => table.columns.map((c) => cut(formatCell(c.kind, row[c.key])));
  const header = table.columns.map((c) => c.header);
  const body = table.rows.map(cellsOf);
  const total = table.total ? cellsOf(table.total) : undefined;
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((r) => r[i]!.length), total ? total[i]!.length : 0),
  );
  const line = (cells: string[]) =>
    cells
      .map((s, i) => (right(table.columns[i]!) ? s.padStart(widths[i]!) : s.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [table.title, line(header), rule, ...body.map(line)];
  if (total) out.push(rule, line(total));
  return out.join("\n");
};

export const renderReport = (report: Report): string =>
  `${[...report.tables, report.assumptions].map(renderTable).join("\n\n")}\n`;
