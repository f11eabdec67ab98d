export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const fmt = (value: number, digits = 1) =>
  value.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function table(rows: Array<Record<string, string>>) {
  const keys = Object.keys(rows[0] ?? {});
  const width = (k: string) => Math.max(k.length, ...rows.map((r) => (r[k] ?? "").length));
  const line = (cells: (k: string) => string) => keys.map((k) => cells(k).padEnd(width(k))).join("  ");
  console.log(line((k) => k));
  for (const row of rows) console.log(line((k) => row[k] ?? ""));
}

export const repoRoot = new URL("../../../", import.meta.url);
