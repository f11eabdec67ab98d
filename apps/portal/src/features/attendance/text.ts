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
export function todayInHelsinki(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The day `days` before a YYYY-MM-DD day. */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
