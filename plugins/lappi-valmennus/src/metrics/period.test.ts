import { describe, expect, it } from "vitest";
import { academicYearOf, firstYearOver, monthsSoFar } from "./period.ts";

describe("the academic year", () => {
  it("starts in August", () => {
    expect(academicYearOf("2026-11-24")).toEqual({ startYear: 2026, from: "2026-08-01", to: "2027-07-31" });
    expect(academicYearOf("2027-07-31").startYear).toBe(2026);
    expect(academicYearOf("2027-08-01").startYear).toBe(2027);
  });

  it("lists its months up to today's", () => {
    expect(monthsSoFar("2026-08-03")).toEqual(["2026-08"]);
    expect(monthsSoFar("2026-11-24")).toEqual(["2026-08", "2026-09", "2026-10", "2026-11"]);
    const july = monthsSoFar("2027-07-15");
    expect(july).toHaveLength(12);
    expect(july.at(0)).toBe("2026-08");
    expect(july.at(5)).toBe("2027-01");
    expect(july.at(-1)).toBe("2027-07");
  });

  it("ends a cohort's first year on 1 August of the next year", () => {
    expect(firstYearOver(2025, "2026-07-31")).toBe(false);
    expect(firstYearOver(2025, "2026-08-01")).toBe(true);
    expect(firstYearOver(2026, "2026-11-24")).toBe(false);
  });
});
