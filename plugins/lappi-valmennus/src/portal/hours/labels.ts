import { activities } from "../../hours/rules.ts";
import { usePluginText } from "../text.ts";
import type { HoursMessageKey } from "./messages.ts";

/** The years offered: a few back for looking, and the next one for planning. */
export const yearChoices = (current: number) => [current + 1, current, current - 1, current - 2];

/** A number typed the Finnish way ("1,5") or the English way ("1.5"); NaN when it is not one. */
export const parseDecimal = (value: string): number =>
  value.trim() === "" ? Number.NaN : Number(value.trim().replace(",", "."));

/** The hours area's strings, with activity labels and hours in Finnish number format. */
export function useHoursText() {
  const i18n = usePluginText<HoursMessageKey>();
  const activityLabel = (activity: string) => i18n.text(`hours.activity.${activity}` as HoursMessageKey);
  const activityOptions = () => activities.map((value) => ({ value, label: activityLabel(value) }));
  const hours = (value: number | null) =>
    value === null
      ? i18n.text("hours.none")
      : i18n.text("hours.hoursValue", { hours: i18n.formatNumber(value, { maximumFractionDigits: 2 }) });
  const share = (value: number | null) =>
    value === null
      ? i18n.text("hours.none")
      : i18n.formatNumber(value, { style: "percent", maximumFractionDigits: 0 });
  return { ...i18n, activityLabel, activityOptions, hours, share };
}
