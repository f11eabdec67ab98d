import { createTextHook } from "@polku/ui";
import { manifest } from "../manifest.ts";

/**
 * This plugin's strings, typed per area: `usePluginText<ChecklistMessageKey>()` gives
 * `text("checklist.title")`, which reads "lappi-valmennus:checklist.title".
 */
export function usePluginText<K extends string>() {
  return createTextHook<K>(manifest.id)();
}

export const pluginId = manifest.id;
