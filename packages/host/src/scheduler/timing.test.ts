import { describe, expect, it } from "vitest";
import { nextHelsinkiTime, nextOccurrence, parseInterval, parseWallTime } from "./timing.ts";

const at = (iso: string) => new Date(iso);

describe("parsing a job's schedule", () => {
  it("takes whole milliseconds of at least a second and '<n> <unit>(s)'", () => {
    expect(parseInterval(1000)).toBe(1000);
    expect(parseInterval("15 minutes")).toBe(900_000);
    expect(parseInterval("1 day")).toBe(86_400_000);
    expect(parseInterval("2 hours")).toBe(7_200_000);
    expect(parseInterval("1 second")).toBe(1000);
  });

  it("refuses anything else", () => {
    for (const bad of [
      0,
      999,
      1.5,
      -1000,
      Number.NaN,
      "",
      "15",
      "15 min",
      "0 minutes",
      "1 week",
      " 1 day",
      "1  day",
    ]) {
      expect(parseInterval(bad), String(bad)).toBeUndefined();
    }
  });

  it("takes a 24-hour HH:MM wall time only", () => {
    expect(parseWallTime("00:05")).toEqual({ hour: 0, minute: 5 });
    expect(parseWallTime("23:59")).toEqual({ hour: 23, minute: 59 });
    for (const bad of ["24:00", "3:00", "03:60", "03:00:00", "noon", 300]) {
      expect(parseWallTime(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("the next Helsinki occurrence", () => {
  it("is later today, or tomorrow once today's has passed (winter: UTC+2)", () => {
    expect(nextHelsinkiTime(3, 0, at("2027-01-15T00:00:00Z"))).toEqual(at("2027-01-15T01:00:00Z"));
    expect(nextHelsinkiTime(3, 0, at("2027-01-15T01:00:00Z"))).toEqual(at("2027-01-16T01:00:00Z"));
    // 23:30 in Helsinki is 21:30 UTC: the 00:05 run is the next Helsinki day's.
    expect(nextHelsinkiTime(0, 5, at("2027-01-15T21:30:00Z"))).toEqual(at("2027-01-15T22:05:00Z"));
  });

  it("follows the clocks forward in March: the day after, 03:00 is UTC+3", () => {
    // Sunday 28 March 2027: 03:00 EET becomes 04:00 EEST at 01:00 UTC.
    expect(nextHelsinkiTime(3, 0, at("2027-03-26T02:00:00Z"))).toEqual(at("2027-03-27T01:00:00Z"));
    expect(nextHelsinkiTime(3, 0, at("2027-03-28T02:00:00Z"))).toEqual(at("2027-03-29T00:00:00Z"));
    expect(nextHelsinkiTime(2, 0, at("2027-03-27T12:00:00Z"))).toEqual(at("2027-03-28T00:00:00Z"));
    expect(nextHelsinkiTime(5, 0, at("2027-03-27T12:00:00Z"))).toEqual(at("2027-03-28T02:00:00Z"));
  });

  it("runs a time the spring night skips at the instant it would have been", () => {
    // 03:00 and 03:30 do not exist on 28 March 2027; they run at 01:00 and 01:30 UTC (04:00 and 04:30
    // summer time), once.
    expect(nextHelsinkiTime(3, 0, at("2027-03-27T02:00:00Z"))).toEqual(at("2027-03-28T01:00:00Z"));
    expect(nextHelsinkiTime(3, 30, at("2027-03-27T12:00:00Z"))).toEqual(at("2027-03-28T01:30:00Z"));
    expect(nextHelsinkiTime(3, 30, at("2027-03-28T01:30:00Z"))).toEqual(at("2027-03-29T00:30:00Z"));
  });

  it("follows the clocks back in October and runs a time shown twice once, at the first", () => {
    // Sunday 31 October 2027: 04:00 EEST becomes 03:00 EET at 01:00 UTC; 03:30 is shown twice.
    expect(nextHelsinkiTime(3, 30, at("2027-10-30T12:00:00Z"))).toEqual(at("2027-10-31T00:30:00Z"));
    expect(nextHelsinkiTime(3, 30, at("2027-10-31T00:30:00Z"))).toEqual(at("2027-11-01T01:30:00Z"));
    expect(nextHelsinkiTime(0, 5, at("2027-10-30T12:00:00Z"))).toEqual(at("2027-10-30T21:05:00Z"));
    expect(nextHelsinkiTime(0, 5, at("2027-10-30T21:05:00Z"))).toEqual(at("2027-10-31T22:05:00Z"));
  });

  it("for `every`, is that long after the last start, however many were missed", () => {
    const started = at("2027-05-01T10:00:00Z");
    expect(nextOccurrence({ kind: "every", ms: 900_000 }, started)).toEqual(at("2027-05-01T10:15:00Z"));
    expect(nextOccurrence({ kind: "at", hour: 0, minute: 5 }, started)).toEqual(at("2027-05-01T21:05:00Z"));
  });
});
