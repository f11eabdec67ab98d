/** The assumptions of a run as a table (the last one printed, and its own XLSX sheet). */
import { type Lang, words } from "../i18n.ts";
import type { AssumptionRow } from "../inputs/assumptions.ts";
import type { Table } from "../render/report.ts";

export const assumptionsTable = (lang: Lang, rows: ReadonlyArray<AssumptionRow>): Table => {
  const w = words(lang);
  return {
    title: w.assumptions,
    columns: [
      { key: "name", header: w.assumption, kind: "text" },
      { key: "value", header: w.value, kind: "number" },
      { key: "unit", header: w.unit, kind: "text" },
      { key: "note", header: w.note, kind: "text" },
    ],
    // Years and seeds are identifiers, not quantities: no thousands separator.
    rows: rows.map((r) =>
      typeof r.value === "number" && (r.unit === "year" || r.name === "seed")
        ? { ...r, value: String(r.value) }
        : r,
    ),
  };
};
