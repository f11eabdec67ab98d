/**
 * `polku funding template [dir]`: writes an example agreement (sopimus.json) and cohort
 * (kohortti.csv) to start from: the demo region's files from apps/cli/examples.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, ExitCode } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
export const templateFiles = [
  ["sopimus.json", "sopimus.json"],
  ["kohortti.csv", "kohortti.csv"],
] as const;

export const template = (dir: string, options: { lang: Lang; force?: boolean }): void => {
  const targets = templateFiles.map(([from, to]) => [join(examples, from), join(dir, to)] as const);
  const existing = targets.filter(([, to]) => existsSync(to)).map(([, to]) => to);
  if (existing.length > 0 && options.force !== true)
    throw new CliError(ExitCode.output, [
      `${existing.join(", ")}: ${{ fi: "on jo olemassa; anna --force korvataksesi.", sv: "finns redan; ge --force för att ersätta.", en: "already exists; give --force to replace it." }[options.lang]}`,
    ]);
  try {
    mkdirSync(dir, { recursive: true });
    for (const [from, to] of targets) copyFileSync(from, to);
  } catch (e) {
    throw new CliError(ExitCode.output, [`${dir}: ${(e as Error).message}`]);
  }
  for (const [, to] of targets) process.stdout.write(`${words(options.lang).wrote(to)}\n`);
};
