import { useI18n } from "@polku/ui";
import { manifest } from "../manifest.ts";
import type { MessageKey } from "./messages.ts";

/** This plugin's strings, typed: `text("form.title", { name })` reads "esedu-workshop-handover:form.title". */
export function usePluginText() {
  const i18n = useI18n();
  const text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${manifest.id}:${key}`, params);
  return { ...i18n, text };
}

export const pluginId = manifest.id;
