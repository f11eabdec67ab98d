/**
 * Finnish CSV (as Finnish Excel opens it by double-click): `;` separated, UTF-8 with a BOM, CRLF,
 * decimal commas and no thousands separators, dates as d.m.yyyy, shares as percentages.
 * Written with csv-stringify.
 */
import { stringify } from "csv-stringify/sync";
import { csvNumber, finnishDate } from "../numbers.ts";
import type { Cell, Column, Table } from "./report.ts";

const csvCell = (kind: Column["kind"], value: Cell): string => {
  if (value === undefined) return "";
  if (typeof value === "string") return kind === "date" && value !== "" ? finnishDate(value) : value;
  switch (kind) {
    case "euro":
      return csvNumber(value, 2);
    case "share":
      return csvNumber(value * 100, 2);
    case "integer":
      return String(Math.round(value));
    default:
      return String(value).replace(".", ",");
  }
};

export const csvText = (table: Table): string => {
  const header = table.columns.map((c) =>
    c.kind === "share"
      ? `${c.header} (%)`
      : c.kind === "euro" && !c.header.includes("€")
        ? `${c.header} (€)`
        : c.header,
  );
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((row) =>
    table.columns.map((c) => csvCell(c.kind, row[c.key])),
  );
  return `\uFEFF${stringify([header, ...rows], { delimiter: ";", record_delimiter: "windows" })}`;
};
