/**
 * Finnish numbers and dates, read and written: `1 234,5` or `1234.5` in, `1 234 567,89 €` out
 * (Intl fi-FI), dates as `31.5.2024` or `2024-05-31` in and `31.5.2024` out.
 */

/** Reads `12`, `12,5`, `12.5`, `1 234,5`, `−3` (spaces of any kind as thousands separators). */
export const parseNumber = (text: string): number | undefined => {
  const t = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
};

const pad = (n: number) => String(n).padStart(2, "0");

const realDate = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
};

/** Reads `31.5.2024` (Finnish) or `2024-05-31` (ISO) and gives the ISO day, or undefined. */
export const parseDate = (text: string): string | undefined => {
  const t = text.trim();
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (fi) return realDate(Number(fi[3]), Number(fi[2]), Number(fi[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
};

/** `2024-09-01` -> `1.9.2024`. */
export const finnishDate = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
};

const euroFormat = new Intl.NumberFormat("fi-FI", { style: "currency", currency: "EUR" });
const percentFormat = new Intl.NumberFormat("fi-FI", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const numberFormat = new Intl.NumberFormat("fi-FI", { maximumFractionDigits: 4 });

/** `1234567.891` -> `1 234 567,89 €` (fi-FI: no-break spaces, a minus sign for negatives). */
export const formatEuros = (n: number): string => euroFormat.format(n);
/** `0.4286` -> `42,9 %`. */
export const formatShare = (n: number): string => percentFormat.format(n);
export const formatNumber = (n: number): string => numberFormat.format(n);

/** A number for a Finnish CSV cell: decimal comma, no thousands separator (`38571,43`). */
export const csvNumber = (n: number, decimals: number): string => n.toFixed(decimals).replace(".", ",");
