import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "./format.ts";

// Intl separates digit groups with a no-break space; compare with plain spaces for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("Finnish formats", () => {
  it("formats a calendar date as day.month.year without shifting it", () => {
    expect(formatDate("2026-11-24")).toBe("24.11.2026");
    expect(formatDate("2026-01-05")).toBe("5.1.2026");
  });

  it("formats an instant by its date in Helsinki", () => {
    // 23:30 UTC on 24 November is already 25 November in Helsinki (UTC+2).
    expect(formatDate("2026-11-24T23:30:00Z")).toBe("25.11.2026");
    expect(formatDate(new Date("2026-06-01T12:00:00Z"))).toBe("1.6.2026");
  });

  it("formats date and time in Helsinki time, summer and winter", () => {
    expect(formatDateTime("2026-11-24T12:05:00Z")).toBe("24.11.2026 klo 14.05");
    expect(formatDateTime("2026-07-01T12:05:00Z")).toBe("1.7.2026 klo 15.05");
    // Finnish style in every language, but never "klo" outside Finnish.
    expect(formatDateTime("2026-11-24T12:05:00Z", "sv")).toBe("24.11.2026 kl. 14.05");
    expect(formatDateTime("2026-11-24T12:05:00Z", "en")).toBe("24.11.2026 at 14.05");
  });

  it("gives an empty string for a missing value", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDateTime("")).toBe("");
  });

  it("formats numbers and money in Finnish style", () => {
    expect(plain(formatNumber(1234567.25))).toBe("1 234 567,25");
    expect(plain(formatMoney(1234.5))).toBe("1 234,50 €");
    expect(plain(formatMoney(0))).toBe("0,00 €");
  });
});
