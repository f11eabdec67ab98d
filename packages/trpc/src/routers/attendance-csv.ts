import type { AttendanceTable, ImportProblem } from "@polku/domain";
import { parse } from "csv-parse/sync";

/**
 * The delimiter of a file: Finnish spreadsheets write `;` (the comma is the decimal separator), other
 * tools `,` or a tab. Read from the header line, so a comma inside a later cell changes nothing.
 */
export function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [";", ",", "\t"].map((c) => [c, count(c)] as const);
  const [best] = [...candidates].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

/**
 * A CSV file's text as cells with their line numbers, for the domain's row checks. A file the parser
 * cannot read (an unclosed quote) is one problem at the line where reading stopped.
 */
export function readAttendanceCsv(text: string): AttendanceTable | ImportProblem {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      info: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    const [head, ...rest] = records;
    return {
      header: head?.record ?? [],
      rows: rest.map(({ record, info }) => ({ line: info.lines, cells: record })),
    };
  } catch (error) {
    // The parser's own errors carry a code and the line where reading stopped (no instanceof: the
    // package's ESM and CommonJS builds each have their own error class).
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    if (typeof code !== "string" || !/^(CSV_|INVALID_)/.test(code)) throw error;
    const line = typeof lines === "number" ? lines : 1;
    return {
      line,
      column: "",
      message:
        code === "CSV_QUOTE_NOT_CLOSED"
          ? "a quotation mark on this line or above it is never closed: check the quotes, or save the file again as CSV."
          : "the line cannot be read as CSV: check its quotation marks, or save the file again as CSV.",
    };
  }
}
