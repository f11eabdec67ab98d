import type { ExportSheet } from "@polku/ui";
import type { useEarlyWarningText } from "./text.ts";
import type { Warning } from "./WarningItem.tsx";

/**
 * The warnings as a sheet for CSV and Excel, in the list's order (most urgent first): the urgency in
 * words and points, open or handled, the rules that fired with their reasons, and the handling.
 */
export function warningSheet(
  warnings: readonly Warning[],
  i18n: ReturnType<typeof useEarlyWarningText>,
): ExportSheet<Warning> {
  const { text, reason } = i18n;
  const handled = (w: Warning) => (w.state === "handled" ? w.latest : null);
  return {
    title: text("export.sheet"),
    rows: warnings,
    columns: [
      { header: text("export.student"), kind: "text", value: (w) => `${w.lastName} ${w.firstName}` },
      {
        header: text("export.urgency"),
        kind: "text",
        width: 14,
        value: (w) => text(`level.${w.urgency.level}`),
      },
      { header: text("export.points"), kind: "number", width: 8, value: (w) => w.urgency.points },
      {
        header: text("export.state"),
        kind: "text",
        width: 12,
        value: (w) => text(w.state === "handled" ? "export.stateHandled" : "export.stateOpen"),
      },
      {
        header: text("export.rules"),
        kind: "text",
        width: 60,
        value: (w) => w.flags.map((f) => `${text(`rule.${f.rule}`)}: ${reason(f)}`).join(" "),
      },
      { header: text("export.graduation"), kind: "date", value: (w) => w.expectedGraduation },
      { header: text("export.handledAt"), kind: "date", value: (w) => handled(w)?.at },
      { header: text("export.handledBy"), kind: "text", value: (w) => handled(w)?.byName },
      { header: text("export.note"), kind: "text", width: 60, value: (w) => handled(w)?.note },
    ],
  };
}
