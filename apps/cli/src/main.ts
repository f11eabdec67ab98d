/**
 * Runs `polku` and turns every failure into its exit code (errors.ts): a CliError prints its
 * sentences, commander has already printed a usage error, anything else is a bug and says so.
 */
import { CommanderError } from "commander";
import { CliError, ExitCode } from "./errors.ts";
import { buildProgram } from "./program.ts";

export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  try {
    await buildProgram().parseAsync([...argv]);
    return ExitCode.ok;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.lines.join("\n")}\n`);
      return e.exitCode;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    process.stderr.write(
      `polku: unexpected error (a bug; please report it):\n${(e as Error).stack ?? String(e)}\n`,
    );
    return ExitCode.internal;
  }
};
