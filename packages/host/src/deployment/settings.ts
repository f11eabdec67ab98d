import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { InvalidSettings, readSettings, type SettingSources } from "@polku/plugin-sdk/settings";
import { coreSettings } from "../notifications/settings.ts";
import { DeploymentError, type LoadedDeployment } from "./load.ts";

/** The deployment file's key for the core's own settings (no plugin may be called this). */
export const CORE_SETTINGS = "core";

/**
 * The core's settings (under `core`) and every plugin's, read and checked before anything opens: a
 * wrong value, a setting the plugin does not declare, or settings for a plugin the deployment does not
 * list stop start-up, naming each.
 */
export function readPluginSettings(
  deployment: Pick<LoadedDeployment, "file" | "plugins" | "settings">,
  env: SettingSources["env"],
): ReadonlyMap<string, Readonly<Record<string, unknown>>> {
  const listed = new Set([CORE_SETTINGS, ...deployment.plugins.map((p) => p.manifest.id)]);
  const problems: string[] = [];
  for (const id of Object.keys(deployment.settings)) {
    if (!listed.has(id)) problems.push(`${deployment.file} has settings for "${id}", which it does not list`);
  }
  const values = new Map<string, Readonly<Record<string, unknown>>>();
  const declared: Array<[string, ServerPlugin["settings"]]> = [
    [CORE_SETTINGS, coreSettings],
    ...(deployment.plugins as readonly ServerPlugin[]).map(
      (p) => [p.manifest.id, p.settings] as [string, ServerPlugin["settings"]],
    ),
  ];
  for (const [id, settings] of declared) {
    try {
      values.set(id, readSettings(id, settings ?? {}, { file: deployment.settings[id], env }));
    } catch (error) {
      if (!(error instanceof InvalidSettings)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new DeploymentError({ reason: problems.join("\n") });
  return values;
}
