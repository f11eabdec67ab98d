import { useI18n } from "@polku/ui";
import { manifest } from "../manifest.ts";

/**
 * This plugin's strings, typed per area: `usePluginText<ChecklistMessageKey>()` gives
 * `text("checklist.title")`, which reads "lappi-valmennus:checklist.title".
 */
export function usePluginText<K extends string>() {
  const i18n = useI18n();
  const text = (key: K, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${manifest.id}:${key}`, params);
  return { ...i18n, text };
}

export const pluginId = manifest.id;
