import { useI18n } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const WELFARE = "welfare";

/** The welfare strings, typed: `text("refer.title")` reads "welfare:refer.title". */
export function useWelfareText() {
  const i18n = useI18n();
  const text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${WELFARE}:${key}`, params);
  return { ...i18n, text };
}
