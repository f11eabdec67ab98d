import { usePluginApi } from "@polku/ui";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId, usePluginText } from "../text.ts";
import type { MetricsMessageKey } from "./messages.ts";

/** The strings of the metrics pages, typed. */
export const useMetricsText = () => usePluginText<MetricsMessageKey>();

/** The plugin's metrics procedures (`plugins.lappi-valmennus.metrics.*`). */
export const useMetricsApi = () => usePluginApi<ValmennusRouter>(pluginId).metrics;

export const base = `/p/${pluginId}`;

/**
 * A figure withheld by the five-student floor, or missing: a dash for the eye and words for a screen
 * reader, which would otherwise read out "dash".
 */
export function NotShown(props: { reason: "floor" | "none" }) {
  const { text } = useMetricsText();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">
        {text(props.reason === "floor" ? "metrics.notShown" : "metrics.noData")}
      </span>
    </>
  );
}

/** Formatting of the figures the Finnish way (72,5 %, 3,8), whatever the interface language. */
export function useFigures() {
  const { formatNumber, locale } = useMetricsText();
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return {
    pct: (value: number) => `${formatNumber(value, oneDecimal)} %`,
    decimal: (value: number) => formatNumber(value, oneDecimal),
    /** "2026-09" as "syyskuu 2026" in the interface language. */
    month: (key: string) =>
      new Intl.DateTimeFormat(locale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${key}-01T12:00:00Z`),
      ),
  };
}
