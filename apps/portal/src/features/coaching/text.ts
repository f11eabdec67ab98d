import { useI18n } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const COACHING = "coaching";

/** The coaching strings, typed: `text("form.title")` reads "coaching:form.title". */
export function useCoachingText() {
  const i18n = useI18n();
  const text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${COACHING}:${key}`, params);
  return { ...i18n, text };
}
