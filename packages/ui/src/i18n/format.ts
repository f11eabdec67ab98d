import { pageLocale } from "./locale.ts";

/**
 * Dates, numbers and money in Finnish style whatever the interface language, as the brief of the
 * house says: 24.11.2026, 1 234,5 and 1 234,50 €. Times are shown in Europe/Helsinki.
 * Intl puts no-break spaces between digit groups, so a number never wraps in the middle.
 */
const zone = "Europe/Helsinki";
const style = "fi-FI";

const dateInZone = new Intl.DateTimeFormat(style, {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  timeZone: zone,
});
const dateTimeFormat = new Intl.DateTimeFormat(style, {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: zone,
});
const moneyFormat = new Intl.NumberFormat(style, { style: "currency", currency: "EUR" });

const localDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date ("2026-11-24", as the API sends dates) or an instant. A calendar date is formatted
 * as it is, with no time zone shift; an instant as its date in Helsinki. Empty gives "".
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const match = localDate.exec(value);
    if (match) return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? value : dateInZone.format(parsed);
  }
  return Number.isNaN(value.getTime()) ? "" : dateInZone.format(value);
}

/** An instant as date and time in Helsinki: "24.11.2026 klo 14.05", joined in the page's language unless told. */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: "fi" | "sv" | "en" = pageLocale(),
): string {
  if (value === null || value === undefined || value === "") return "";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  if (locale === "fi") return dateTimeFormat.format(date);
  // Finnish style date and time, joined the way Swedish or English says it ("kl." / "at"), never "klo".
  const parts = dateTimeFormat.formatToParts(date);
  const joined = parts.findIndex((p) => p.type === "literal" && /klo/.test(p.value));
  if (joined === -1) return dateTimeFormat.format(date);
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join("");
  return `${text(0, joined)} ${locale === "sv" ? "kl." : "at"} ${text(joined + 1, parts.length)}`;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(style, options).format(value);
}

/** Euros with cents: "1 234,50 €". */
export function formatMoney(euros: number): string {
  return moneyFormat.format(euros);
}
