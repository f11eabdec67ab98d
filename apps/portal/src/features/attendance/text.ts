import { localDateIn } from "@polku/domain/days";
import { useI18n } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "attendance";

/** This feature's strings, typed: `text("mark.title")` reads "attendance:mark.title". */
export function useAttendanceText() {
  const i18n = useI18n();
  const text = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    i18n.t(`${FEATURE_ID}:${key}`, params);
  return { ...i18n, text };
}

/** Today in Helsinki as YYYY-MM-DD: school days are Finnish days, whatever the browser's zone. */
export const todayInHelsinki = (now = new Date()): string => localDateIn(now);
