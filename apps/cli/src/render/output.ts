/**
 * Sends a report where it was asked to go: the text to stdout, the first table to `--csv`, every
 * table and the assumptions to `--xlsx`. Both files are rendered in memory first, so a failure
 * leaves nothing half-written.
 */
import { writeFileSync } from "node:fs";
import { CliError, ExitCode } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";
import { csvText } from "./csv.ts";
import type { Report } from "./report.ts";
import { renderReport } from "./text.ts";
import { xlsxBuffer } from "./xlsx.ts";

export interface OutputOptions {
  readonly lang: Lang;
  readonly csv?: string;
  readonly xlsx?: string;
}

export const writeOutput = (file: string, data: string | Buffer) => {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw new CliError(ExitCode.output, [`${file}: ${(e as Error).message}`]);
  }
};

export const emit = async (report: Report, options: OutputOptions): Promise<void> => {
  const csv = options.csv !== undefined && report.tables[0] ? csvText(report.tables[0]) : undefined;
  const xlsx = options.xlsx !== undefined ? await xlsxBuffer(report) : undefined;
  process.stdout.write(renderReport(report));
  const w = words(options.lang);
  if (options.csv !== undefined && csv !== undefined) {
    writeOutput(options.csv, csv);
    process.stderr.write(`${w.wrote(options.csv)}\n`);
  }
  if (options.xlsx !== undefined && xlsx !== undefined) {
    writeOutput(options.xlsx, xlsx);
    process.stderr.write(`${w.wrote(options.xlsx)}\n`);
  }
};
