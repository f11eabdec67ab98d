/**
 * The command line, declared with commander: `polku funding validate|template|statement|simulate|
 * compare`. Option values are parsed here (Finnish decimal commas accepted); the commands get typed
 * options and do the rest. Commands are loaded when run, so `--help` starts fast.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { isLang, type Lang, languages } from "./i18n.ts";
import { defaults } from "./inputs/assumptions.ts";
import { modelIds } from "./inputs/model.ts";
import { parseNumber } from "./numbers.ts";

const number =
  (what: string, min: number, max: number, integer = false) =>
  (value: string): number => {
    const n = parseNumber(value);
    if (n === undefined || n < min || n > max || (integer && !Number.isInteger(n)))
      throw new InvalidArgumentError(
        `"${value}" is not ${integer ? "a whole number" : "a number"} from ${min} to ${max} (${what}).`,
      );
    return n;
  };
const collect =
  <T>(parse: (v: string) => T) =>
  (value: string, previous: T[] | undefined): T[] => [...(previous ?? []), parse(value)];
const year = number("a funding year", 2018, 2100, true);

const lang = () =>
  new Option("--lang <lang>", "words in fi, sv or en (numbers are always Finnish)")
    .choices(languages)
    .default("fi");

const withModel = (c: Command) =>
  c
    .option(
      "--lag <years>",
      "years between a placement's statistics year and its first funding year (unverified; model default 2)",
      number("lag", 0, 10, true),
    )
    .option(
      "--average-years <years>",
      "statistics years averaged into a funding year (model default 2)",
      number("average years", 1, 5, true),
    );

const withNational = (c: Command) =>
  c
    .option(
      "--budget <euros>",
      "national budget of vocational education, EUR",
      number("budget", 0, 1e12),
      defaults.budget,
    )
    .option(
      "--national-points <points>",
      "all providers' placement points in the funding year",
      number("points", 1, 1e9),
      defaults.nationalPoints,
    );

const withScenarios = (c: Command) =>
  c
    .option(
      "-n, --scenarios <n>",
      "Monte Carlo scenarios",
      number("scenarios", 1, 1_000_000, true),
      defaults.scenarios,
    )
    .option(
      "--seed <seed>",
      "seed of the random numbers: the same seed repeats a run exactly",
      number("seed", 0, 4_294_967_295, true),
      defaults.seed,
    )
    .option(
      "--budget-sd <percent>",
      "standard deviation of the budget, % of it",
      number("budget sd", 0, 100),
      defaults.budgetSd,
    )
    .option(
      "--points-spread <percent>",
      "others' placement points vary uniformly by ± this %",
      number("points spread", 0, 100),
      defaults.pointsSpread,
    )
    .option(
      "--rate-sd <percent>",
      "standard deviation of the placement-rate factor, % points",
      number("rate sd", 0, 100),
      defaults.rateSd,
    )
    .option(
      "--open-rate <percent>",
      "chance a graduate not placed on record is placed after all, %",
      number("open rate", 0, 100),
      defaults.openRate,
    )
    .option("-q, --quiet", "no progress on stderr");

const withOutput = (c: Command) =>
  c
    .option("--csv <file>", "write the main table as Finnish CSV (; and a BOM)")
    .option("--xlsx <file>", "write every table and the assumptions as XLSX")
    .addOption(lang());

/**
 * The cohort comes from a CSV or from Polku's database (one of them; the command checks). From the
 * database the CLI connects as the owner (the URL migrations use, or the PGlite folder), opens a
 * short-lived session for the person --as names, and reads as the application role polku_app in that
 * session's scope, so row-level security applies and each graduate read is audited as that person's
 * (procedure funding.cli.<command>). Graduates come pseudonymous: no names or identity codes are printed.
 * See src/inputs/database.ts.
 */
const databaseHelp = `
The cohort from the database (--database, --provider, --as instead of --cohort):
  The CLI connects with the owner's connection (it opens a session, as logging in does), then reads
  as the application role polku_app in the scope of a five-minute session of the --as person, which it
  revokes afterwards: row-level security applies as in that person's portal requests. Each graduate
  read is in the audit log as that person's, procedure funding.cli.<command>. Graduates come under
  pseudonyms: nothing printed names a student or shows an identity code. Exit code 6 when the
  database cannot be read or has no such provider, user, agreement or graduates.`;

const withSource = (c: Command) =>
  c
    .addHelpText("after", databaseHelp)
    .option("-c, --cohort <file>", "cohort CSV (see the README for its columns)")
    .option(
      "--database <url|folder>",
      "read the cohort from Polku's database instead: the owner's postgres:// URL or the PGlite folder (.polku-data); stop the API before opening a PGlite folder",
    )
    .option("--provider <id|oid>", "with --database: the education provider (organisation id or OID)")
    .option(
      "--as <username>",
      "with --database: who reads (a funding negotiator, manager or region admin of the provider); each graduate read is audited as theirs",
    );

type Opts = Record<string, unknown> & { lang: Lang };

export const buildProgram = (): Command => {
  const program = new Command("polku")
    .description("Polku for funding negotiators: what a share agreement pays, with what uncertainty")
    .showHelpAfterError("(add --help for the options)")
    .exitOverride();
  const funding = program
    .command("funding")
    .description("outcome-based funding: validate, template, statement, simulate, compare")
    .exitOverride();

  funding
    .command("validate")
    .description("check an agreement file (and a cohort CSV) and show what it says")
    .argument("<agreement>", "agreement JSON: one version or an array of versions")
    .option("-c, --cohort <file>", "also check a cohort CSV")
    .addOption(lang())
    .exitOverride()
    .action(async (file: string, o: Opts) =>
      (await import("./commands/validate.ts")).validate(file, o as never),
    );

  funding
    .command("template")
    .description("write an example agreement (sopimus.json) and cohort (kohortti.csv) to start from")
    .argument("[dir]", "folder to write to", ".")
    .option("--force", "replace files that exist")
    .addOption(lang())
    .exitOverride()
    .action(async (dir: string, o: Opts) =>
      (await import("./commands/template.ts")).template(dir, o as never),
    );

  const common = (c: Command) => withSource(c.requiredOption("-a, --agreement <file>", "agreement JSON"));

  withOutput(
    withNational(
      withModel(
        common(
          funding
            .command("statement")
            .description("each party's statement for a funding year: one line per placed graduate"),
        )
          .requiredOption("-y, --year <year>", "funding year", year)
          .addOption(new Option("--model <id>", "funding model (default: the year's)").choices(modelIds))
          .option("-p, --party <id>", "only this party (repeatable)", collect(String))
          .option("--pseudonym-key <key>", "the provider's pseudonym key (or POLKU_PSEUDONYM_KEY)"),
      ),
    ),
  )
    .exitOverride()
    .action(async (o: Opts) => (await import("./commands/statement.ts")).statement(o as never));

  withOutput(
    withScenarios(
      withNational(
        withModel(
          common(
            funding.command("simulate").description("scenarios of each party's revenue: mean, p10, p50, p90"),
          )
            .requiredOption("-y, --year <year>", "funding year", year)
            .addOption(new Option("--model <id>", "funding model (default: the year's)").choices(modelIds))
            .option("--no-sensitivity", "leave out which assumption moves each result most"),
        ),
      ),
    ),
  )
    .exitOverride()
    .action(async (o: Opts) => (await import("./commands/simulate.ts")).simulate(o as never));

  withOutput(
    withScenarios(
      withNational(
        withModel(
          withSource(
            funding
              .command("compare")
              .description("agreements and model years side by side on the same cohort and random numbers")
              .requiredOption("-a, --agreement <file>", "agreement JSON (repeatable)", collect(String)),
          )
            .requiredOption("-y, --year <year>", "funding year (repeatable)", collect(year))
            .addOption(
              new Option("--model <id>", "funding model (repeatable; default: each year's)")
                .choices(modelIds)
                .argParser(
                  collect((v: string) => {
                    if (!(modelIds as ReadonlyArray<string>).includes(v))
                      throw new InvalidArgumentError(
                        `"${v}" is not a funding model: ${modelIds.join(", ")}.`,
                      );
                    return v;
                  }),
                ),
            ),
        ),
      ),
    ),
  )
    .exitOverride()
    .action(async (o: Opts) => (await import("./commands/compare.ts")).compare(o as never));

  return program;
};

export { isLang };
