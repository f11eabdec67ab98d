import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, IsoInstant, isMinor, isValidLocalDate, LocalDate, localDateIn } from "./dates.ts";

const toIso = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc
  .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map(toIso);

describe("LocalDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2024-04-31", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["2017-10-25T21:00:00.000Z", false],
  ] as const)("%s valid=%s", (input, valid) => {
    expect(isValidLocalDate(input)).toBe(valid);
    expect(Schema.is(LocalDate)(input)).toBe(valid);
  });

  it("accepts every real calendar date", () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        expect(isValidLocalDate(d)).toBe(true);
      }),
    );
  });

  it("IsoInstant accepts eHOKS approval times and refuses dates", () => {
    expect(Schema.is(IsoInstant)("2017-10-25T21:00:00.000Z")).toBe(true);
    expect(Schema.is(IsoInstant)("2017-10-25T21:00:00+03:00")).toBe(true);
    expect(Schema.is(IsoInstant)("2017-10-25")).toBe(false);
    expect(Schema.is(IsoInstant)("2017-02-30T21:00:00Z")).toBe(false);
  });
});

describe("ageOn and isMinor", () => {
  it("turns 18 on the 18th birthday, not the day before", () => {
    expect(ageOn("2008-05-20", "2026-05-19")).toBe(17);
    expect(ageOn("2008-05-20", "2026-05-20")).toBe(18);
    expect(isMinor("2008-05-20", "2026-05-19")).toBe(true);
    expect(isMinor("2008-05-20", "2026-05-20")).toBe(false);
  });

  it("a leap-day child comes of age on 28 February by default, on 1 March if configured", () => {
    expect(isMinor("2008-02-29", "2026-02-27")).toBe(true);
    expect(isMinor("2008-02-29", "2026-02-28")).toBe(false);
    expect(isMinor("2008-02-29", "2026-02-28", { leapDayBirthday: "mar1" })).toBe(true);
    expect(isMinor("2008-02-29", "2026-03-01", { leapDayBirthday: "mar1" })).toBe(false);
    // In a leap year the birthday is the 29th either way.
    expect(ageOn("2006-02-29".replace("2006", "2004"), "2024-02-28")).toBe(19);
    expect(ageOn("2004-02-29", "2022-02-28", { leapDayBirthday: "mar1" })).toBe(17);
    expect(ageOn("2000-02-29", "2024-02-28")).toBe(23);
    expect(ageOn("2000-02-29", "2024-02-29")).toBe(24);
  });

  it("throws on a malformed date (validate at the boundary)", () => {
    expect(() => ageOn("2008-02-30", "2026-01-01")).toThrow(RangeError);
  });

  it("age never decreases as time passes, and grows by one per year", () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (birth, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, early)).toBeLessThanOrEqual(ageOn(birth, late));
      }),
    );
  });

  it("agrees with counting whole years by date arithmetic (non-leap-day births)", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (birth, years) => {
        fc.pre(!birth.endsWith("-02-29"));
        const y = Number(birth.slice(0, 4)) + years;
        const birthday = `${String(y).padStart(4, "0")}${birth.slice(4)}`;
        expect(ageOn(birth, birthday)).toBe(years);
      }),
    );
  });
});

describe("localDateIn", () => {
  it("uses the Finnish calendar day by default", () => {
    expect(localDateIn(new Date("2026-05-19T21:30:00Z"))).toBe("2026-05-20");
    expect(localDateIn(new Date("2026-05-19T21:30:00Z"), "UTC")).toBe("2026-05-19");
  });
});
