import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DeploymentConfig } from "@polku/plugin-sdk/manifest";
import { DeploymentConfigSchema, validateManifest } from "@polku/plugin-sdk/manifest-schema";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { Data, Effect, Schema } from "effect";
import { bundledPlugins, inBundle } from "./bundled.ts";

/** Why a deployment cannot start; the message says which plugin or file and why. */
export class DeploymentError extends Data.TaggedError("DeploymentError")<{ readonly reason: string }> {
  override get message() {
    return this.reason;
  }
}

/** The repository root: where pnpm-workspace.yaml is, above this file. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new DeploymentError({ reason: "Cannot find the workspace root (pnpm-workspace.yaml)." });
    dir = parent;
  }
  return dir;
}

/** A deployment by name (`deployments/<name>.json`) or by path to its file. */
export function readDeploymentFile(
  nameOrPath: string,
  root = findRepoRoot(),
): { file: string; config: DeploymentConfig } {
  const file =
    nameOrPath.endsWith(".json") || nameOrPath.includes("/")
      ? isAbsolute(nameOrPath)
        ? nameOrPath
        : resolve(process.env.INIT_CWD ?? process.cwd(), nameOrPath)
      : join(root, "deployments", `${nameOrPath}.json`);
  if (!existsSync(file)) throw new DeploymentError({ reason: `The deployment file ${file} does not exist.` });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DeploymentError({
      reason: `The deployment file ${file} is not valid JSON: ${(error as Error).message}`,
    });
  }
  const decoded = Schema.decodeUnknownExit(DeploymentConfigSchema)(json, { errors: "all" });
  if (decoded._tag === "Failure") {
    throw new DeploymentError({ reason: `The deployment file ${file} is invalid: ${String(decoded.cause)}` });
  }
  return { file, config: decoded.value };
}

/**
 * Finds a plugin's server entry: the workspace folder `plugins/<id>` first (so a plugin made with the
 * generator works as soon as it is listed), then an installed package `@polku/plugin-<id>`. In the
 * production build the workspace's plugins are compiled in (see bundled.ts): plain node cannot import
 * their TypeScript.
 */
async function importServerEntry(
  id: string,
  pluginsDir: string,
  file: string,
  workspace: boolean,
): Promise<unknown> {
  const bundled = workspace ? bundledPlugins[id] : undefined;
  if (bundled) return bundled();
  const folder = join(pluginsDir, id);
  const packageJson = join(folder, "package.json");
  if (existsSync(packageJson)) {
    if (inBundle && workspace) {
      throw new DeploymentError({
        reason: `Plugin "${id}" (${folder}) was added after the API was built: build it again (pnpm start does).`,
      });
    }
    const pkg = JSON.parse(readFileSync(packageJson, "utf8")) as { exports?: Record<string, string> };
    const entry = pkg.exports?.["./server"];
    if (!entry) throw new DeploymentError({ reason: `Plugin "${id}" (${folder}) has no "./server" export.` });
    return import(pathToFileURL(join(folder, entry)).href);
  }
  try {
    return await import(`@polku/plugin-${id}/server`);
  } catch {
    throw new DeploymentError({
      reason: `Plugin "${id}" is listed in ${file} but is not installed: looked in ${folder} and for the package @polku/plugin-${id}.`,
    });
  }
}

export interface LoadedDeployment {
  readonly region: string;
  readonly file: string;
  readonly plugins: readonly ServerPlugin[];
  /** The file's settings by plugin id, as written (checked against each plugin's declaration later). */
  readonly settings: NonNullable<DeploymentConfig["settings"]>;
}

/**
 * Reads the deployment file and loads and validates each listed plugin; any problem stops start-up.
 * Plugins are looked for in the workspace's plugins/ folder unless `pluginsDir` says otherwise.
 */
export async function loadDeployment(
  nameOrPath: string,
  options: { pluginsDir?: string } = {},
): Promise<LoadedDeployment> {
  const root = findRepoRoot();
  const workspacePlugins = join(root, "plugins");
  const pluginsDir = options.pluginsDir ?? workspacePlugins;
  const { file, config } = readDeploymentFile(nameOrPath, root);
  const plugins: ServerPlugin[] = [];
  for (const id of config.plugins) {
    if (config.plugins.indexOf(id) !== config.plugins.lastIndexOf(id)) {
      throw new DeploymentError({ reason: `Plugin "${id}" is listed twice in ${file}.` });
    }
    const module = (await importServerEntry(id, pluginsDir, file, pluginsDir === workspacePlugins)) as {
      default?: ServerPlugin;
    };
    const plugin = module.default;
    if (!plugin || typeof plugin !== "object" || !("manifest" in plugin)) {
      throw new DeploymentError({
        reason: `Plugin "${id}": its server entry must default-export definePlugin({...}).`,
      });
    }
    const manifest = await Effect.runPromise(
      validateManifest(id, plugin.manifest).pipe(
        Effect.mapError((e) => new DeploymentError({ reason: e.message })),
      ),
    );
    if (manifest.id !== id) {
      throw new DeploymentError({ reason: `Plugin "${id}": its manifest says its id is "${manifest.id}".` });
    }
    for (const required of manifest.requires) {
      if (!config.plugins.includes(required)) {
        throw new DeploymentError({
          reason: `Plugin "${id}" requires plugin "${required}", which ${file} does not list.`,
        });
      }
    }
    plugins.push(plugin);
  }
  return { region: config.region, file, plugins, settings: config.settings ?? {} };
}
