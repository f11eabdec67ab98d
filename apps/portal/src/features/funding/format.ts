/**
 * Shared wording of an agreement's terms (used by the agreement page, the card and the statement):
 * money and shares in Finnish format whatever the language ("1 234,50 €", "40 %").
 */
import type { ShareAgreement } from "@polku/domain/funding";
import { formatMoney, formatNumber } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const euros = (x: number | undefined) => (x === undefined ? "–" : formatMoney(x));
export const percent = (x: number | undefined, digits = 1) =>
  x === undefined ? "–" : `${formatNumber(x, { maximumFractionDigits: digits })} %`;
/** A fraction 0..1 as per cent. */
export const share = (x: number | undefined) => (x === undefined ? "–" : percent(x * 100));

export function ruleText(
  text: (key: MessageKey, params?: Record<string, string>) => string,
  a: ShareAgreement["attribution"],
): string {
  if (a.rule === "last") return text("rule.last", { days: String(a.windowDays) });
  if (a.rule === "weighted")
    return text(a.measure === "hours" ? "rule.weighted.hours" : "rule.weighted.steps");
  return text("rule.shapley");
}

/** The default funding year: the one that pays for the latest cohort whose placements are known. */
export const defaultFundingYear = (today = new Date()) => {
  const graduated = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  // Graduates of May: the July-June window ends the next year (the statistics year), paid two years on.
  return graduated + 3;
};
