#!/usr/bin/env node
// `pnpm gen plugin <name>`: creates plugins/<name> from ./template, installs it, and generates its first
// migrations with drizzle-kit (the table) plus row-level security (a custom migration). The new plugin
// works as soon as a deployment file lists it; no core file changes. Plain JS so it runs with bare Node.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const templateDir = join(here, "template");
const repoRoot = join(here, "..", "..");
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function substitute(text, values) {
  return text.replace(/__([A-Z_]+)__/g, (whole, key) => (key in values ? values[key] : whole));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Creates the plugin. `pluginsDir` is where it goes (the workspace's plugins/ by default); `install`
 * runs pnpm install so the workspace links it (or is a function that makes node_modules some other
 * way, as the tests do); `migrations` runs drizzle-kit in the new package.
 */
export function generatePlugin({
  name,
  pluginsDir = join(repoRoot, "plugins"),
  region = "region",
  titles = {},
  install = true,
  migrations = true,
  log = console.log,
}) {
  if (!kebab.test(name ?? "")) {
    throw new Error(`The plugin name must be kebab-case, like "kainuu-mentoring" (got "${name ?? ""}").`);
  }
  const target = join(pluginsDir, name);
  if (existsSync(target)) throw new Error(`${target} exists already; choose another name.`);
  const values = {
    ID: name,
    SCHEMA: name.replaceAll("-", "_"),
    REGION: region,
    TITLE_FI: titles.fi ?? name,
    TITLE_SV: titles.sv ?? name,
    TITLE_EN: titles.en ?? name,
  };
  cpSync(templateDir, target, { recursive: true });
  for (const file of walk(target)) writeFileSync(file, substitute(readFileSync(file, "utf8"), values));
  const rls = join(target, "migrations.rls.sql");
  const rlsSql = readFileSync(rls, "utf8");
  renameSync(rls, join(target, ".rls.sql.tmp"));
  log(`Created ${relative(process.cwd(), target) || target}`);

  if (typeof install === "function") install(target);
  else if (install) execFileSync("pnpm", ["install"], { cwd: repoRoot, stdio: "inherit" });
  if (migrations) {
    const drizzleKit = (args) =>
      execFileSync(join(target, "node_modules", ".bin", "drizzle-kit"), args, { cwd: target, stdio: "pipe" });
    drizzleKit(["generate", "--name", "init"]);
    drizzleKit(["generate", "--custom", "--name", "rls"]);
    const folder = join(target, "migrations");
    const custom = readdirSync(folder).find((f) => f.endsWith("_rls.sql"));
    if (!custom) throw new Error("drizzle-kit did not create the row-level security migration.");
    writeFileSync(join(folder, custom), rlsSql);
  }
  execFileSync("rm", ["-f", join(target, ".rls.sql.tmp")]);
  log(`Next: add "${name}" to the "plugins" of a deployment file (deployments/demo.json) and restart.`);
  return target;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const [kind, name, ...rest] = process.argv.slice(2);
  if (kind !== "plugin" || !name) {
    console.error("Usage: pnpm gen plugin <kebab-case-name> [--region <region>]");
    process.exit(2);
  }
  const regionAt = rest.indexOf("--region");
  try {
    generatePlugin({ name, region: regionAt >= 0 ? rest[regionAt + 1] : "region" });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
