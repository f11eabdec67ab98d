/**
 * The dashboard's tables as files, through @polku/ui's export: the same rows as the tables on screen.
 * A figure the five-student floor withholds is the words "ei näytetä" in its cell, a count under the
 * floor "alle 5", as on screen; percentages go into the file as the fractions a spreadsheet keeps.
 */
import type { MetricsMessageKey } from "./messages.ts";

type Text = (key: MetricsMessageKey) => string;

export function figureCells(text: Text) {
  const missing = (suppressed: boolean) => (suppressed ? text("metrics.notShown") : "");
  return {
    /** The API's percentage (0–100) as a fraction (0–1), or why there is none. */
    pct: (suppressed: boolean, value: number | null) => (value === null ? missing(suppressed) : value / 100),
    value: (suppressed: boolean, value: number | null) => (value === null ? missing(suppressed) : value),
    students: (students: number | null) => (students === null ? text("metrics.fewerThan5") : students),
  };
}
