/**
 * The attendance import's template: the header row the import reads (its Finnish column names, as the
 * page lists them) and one example line for the chosen day, as CSV or as a workbook to fill in and
 * save as CSV. The workbook's day is a date cell in the d.m.yyyy format, which a spreadsheet saves as
 * 3.12.2026 in any language; the import reads that form.
 */
import type { ExportColumn, ExportSheet } from "@polku/ui";

/** The columns in the order the template has them; the import takes them in any order. */
export const importColumns = ["opiskelija", "pvm", "oppitunti", "merkintä", "myöhässä_min"] as const;

interface TemplateRow {
  readonly opiskelija: string;
  readonly pvm: string;
  readonly oppitunti: string;
  readonly merkintä: string;
  readonly myöhässä_min: number | null;
}

/** An example learner OID with a valid check digit (IBM 1-3-7), so only "no such student" can fail it. */
export const EXAMPLE_OID = "1.2.246.562.24.12345678907";

const columns: ExportColumn<TemplateRow>[] = [
  { header: "opiskelija", kind: "text", width: 30, value: (r) => r.opiskelija },
  { header: "pvm", kind: "date", value: (r) => r.pvm },
  { header: "oppitunti", kind: "text", width: 12, value: (r) => r.oppitunti },
  { header: "merkintä", kind: "text", width: 14, value: (r) => r.merkintä },
  { header: "myöhässä_min", kind: "number", decimals: 0, value: (r) => r.myöhässä_min },
];

/** The template for a day (YYYY-MM-DD): a student late for the first lesson, 10 minutes. */
export function importTemplate(day: string, title: string): ExportSheet<TemplateRow> {
  return {
    title,
    columns,
    rows: [{ opiskelija: EXAMPLE_OID, pvm: day, oppitunti: "1", merkintä: "myöhässä", myöhässä_min: 10 }],
  };
}
