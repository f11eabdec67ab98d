/**
 * The Vite plugin behind `virtual:polku-plugins`: reads the deployment file (the one place a region
 * names its plugins, rule 5, read by `@polku/host/deployment-file` as the API reads it) and imports the portal entry of each listed plugin, so the bundle holds
 * only those plugins. Each entry's page components are lazy, so they become chunks of their own.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { deploymentFilePath, readDeploymentFile } from "@polku/host/deployment-file";
import type { Plugin } from "vite";

export const VIRTUAL_ID = "virtual:polku-plugins";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What the browser bundle is told of the deployment: never its settings (they may hold secrets). */
export interface Deployment {
  readonly region: string;
  readonly plugins: readonly string[];
}

export interface PolkuPluginsOptions {
  /** The repository root, holding deployments/ and plugins/. */
  readonly repoRoot: string;
  /** Deployment name (or path to its file); default: env POLKU_DEPLOYMENT, else "demo". */
  readonly deployment?: string | undefined;
  /** Where plugin folders live; default `<repoRoot>/plugins`. */
  readonly pluginsDir?: string;
}

/**
 * Reads and checks the deployment file with the host's own module, so the build and the API agree on
 * what a valid file is; a mistake stops the build with the host's message naming the file.
 */
export function readDeployment(nameOrPath: string, repoRoot: string): Deployment {
  const { config } = readDeploymentFile(nameOrPath, repoRoot);
  return { region: config.region, plugins: config.plugins };
}

type ExportTarget = string | { import?: string; browser?: string; default?: string } | undefined;

/**
 * The file of a plugin folder's `./portal` export: a path, `null` when the plugin has no portal part
 * (a server-only plugin), or `undefined` when there is no such folder.
 */
export function portalEntryInFolder(pluginsDir: string, id: string): string | null | undefined {
  const packageFile = path.join(pluginsDir, id, "package.json");
  if (!existsSync(packageFile)) return undefined;
  const pkg = JSON.parse(readFileSync(packageFile, "utf8")) as { exports?: Record<string, ExportTarget> };
  const target = pkg.exports?.["./portal"];
  const file = typeof target === "string" ? target : (target?.browser ?? target?.import ?? target?.default);
  if (!file) return null;
  const entry = path.resolve(path.dirname(packageFile), file);
  if (!existsSync(entry)) {
    throw new Error(`Plugin "${id}": ${packageFile} exports "./portal" as ${file}, which does not exist.`);
  }
  return entry;
}

export function renderModule(deployment: Deployment, entries: ReadonlyArray<{ id: string; file: string }>) {
  const imports = entries.map((e, i) => `import plugin${i} from ${JSON.stringify(e.file)};`);
  const list = entries.map((e, i) => `  { id: ${JSON.stringify(e.id)}, plugin: plugin${i} },`);
  return [
    ...imports,
    `export const deployment = ${JSON.stringify(deployment)};`,
    `export const portalPlugins = [\n${list.join("\n")}\n];`,
    "",
  ].join("\n");
}

export function polkuPlugins(options: PolkuPluginsOptions): Plugin {
  const name = options.deployment ?? process.env.POLKU_DEPLOYMENT ?? "demo";
  const pluginsDir = options.pluginsDir ?? path.join(options.repoRoot, "plugins");
  return {
    name: "polku-plugins",
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const file = deploymentFilePath(name, options.repoRoot);
      this.addWatchFile(file);
      let deployment: Deployment;
      try {
        deployment = readDeployment(name, options.repoRoot);
      } catch (error) {
        this.error((error as Error).message);
      }
      const entries: Array<{ id: string; file: string }> = [];
      for (const pluginId of deployment.plugins) {
        let inFolder: string | null | undefined;
        try {
          inFolder = portalEntryInFolder(pluginsDir, pluginId);
        } catch (error) {
          this.error((error as Error).message);
        }
        if (inFolder === null) continue; // no portal part: nothing to bundle
        if (inFolder) {
          entries.push({ id: pluginId, file: inFolder });
          continue;
        }
        // Not a folder here: a plugin installed as a package (a region's own, from a registry).
        const resolved = await this.resolve(
          `@polku/plugin-${pluginId}/portal`,
          path.join(options.repoRoot, "apps/portal/index.html"),
        );
        if (!resolved) {
          this.error(
            `Plugin "${pluginId}" listed in ${file} was not found: there is no ${path.join(pluginsDir, pluginId, "package.json")} and no package @polku/plugin-${pluginId} with a "./portal" export.`,
          );
        }
        entries.push({ id: pluginId, file: resolved.id });
      }
      return renderModule(deployment, entries);
    },
  };
}
