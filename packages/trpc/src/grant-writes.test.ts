import { describe, expect, it } from "vitest";
import { lastGrantDay } from "./grant-writes.ts";

describe("the last day a grant may last", () => {
  it("is the day before the same date 24 months ahead", () => {
    expect(lastGrantDay("2026-12-01")).toBe("2028-11-30");
    expect(lastGrantDay("2027-01-01")).toBe("2028-12-31");
  });
  it("treats a date that does not exist then as PostgreSQL does (the month's last day)", () => {
    expect(lastGrantDay("2028-02-29")).toBe("2030-02-27");
    expect(lastGrantDay("2026-03-31")).toBe("2028-03-30");
  });
});
