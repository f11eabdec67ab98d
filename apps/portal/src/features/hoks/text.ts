import { useI18n } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "hoks";

/** This feature's strings, typed: `text("section.title")` reads "hoks:section.title". */
export function useHoksText() {
  const i18n = useI18n();
  const text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${FEATURE_ID}:${key}`, params);
  return { ...i18n, text };
}
