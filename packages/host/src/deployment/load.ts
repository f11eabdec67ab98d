import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { DeploymentConfig } from "@polku/plugin-sdk/manifest";
import { validateManifest } from "@polku/plugin-sdk/manifest-schema";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { Effect } from "effect";
import { bundledPlugins, inBundle } from "./bundled.ts";
import { checkDeployment, DeploymentError, findRepoRoot, readDeploymentFile } from "./file.ts";

export { DeploymentError, findRepoRoot, readDeploymentFile } from "./file.ts";

/** A deployment by name or path to its file, or its contents as a value (a test's). */
export type DeploymentSource = string | DeploymentConfig;

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
  source: DeploymentSource,
  options: { pluginsDir?: string | undefined } = {},
): Promise<LoadedDeployment> {
  const root = findRepoRoot();
  const workspacePlugins = join(root, "plugins");
  const pluginsDir = options.pluginsDir ?? workspacePlugins;
  const { file, config } =
    typeof source === "string"
      ? readDeploymentFile(source, root)
      : {
          file: "the deployment given in code",
          config: checkDeployment(source, "the deployment given in code"),
        };
  const plugins: ServerPlugin[] = [];
  for (const id of config.plugins) {
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
