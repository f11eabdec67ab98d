/**
 * The exit codes of `polku` and the one error type that carries them. Every failure a person can
 * fix is a CliError with sentences naming the file, line and field; anything else is a bug (exit 1).
 */
export const ExitCode = {
  ok: 0,
  /** An unexpected error: a bug in polku. */
  internal: 1,
  /** A command, option or option value that is not understood. */
  usage: 2,
  /** The agreement file is missing, not JSON, or not a valid share agreement. */
  agreement: 3,
  /** The cohort CSV is missing or has a bad row. */
  cohort: 4,
  /** An output file could not be written (or would overwrite one without --force). */
  output: 5,
  /** The database given as the cohort's source cannot be read, or holds no such provider or cohort. */
  database: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    /** First line: what is wrong with what; the rest: one problem per line. */
    readonly lines: ReadonlyArray<string>,
  ) {
    super(lines.join("\n"));
    this.name = "CliError";
  }
}

export const usageError = (message: string) => new CliError(ExitCode.usage, [message]);
