import { Effect, Result } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  isoWeekday,
  type Occurrence,
  type WeeklySeriesSpec,
  wallClockIn,
  weeklySeries,
  zonedInstant,
} from "./recurrence.ts";

const run = (spec: WeeklySeriesSpec): Occurrence[] => Effect.runSync(weeklySeries(spec));
const failure = (spec: WeeklySeriesSpec) => {
  const result = Effect.runSync(Effect.result(weeklySeries(spec)));
  return Result.isFailure(result) ? result.failure : undefined;
};
const HOUR = 3_600_000;

const dateArb = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const specArb = fc.record({
  startsOn: dateArb,
  weekday: fc.integer({ min: 1, max: 7 }),
  time: timeArb,
  durationMinutes: fc.integer({ min: 5, max: 600 }),
  weeks: fc.integer({ min: 1, max: 52 }),
});

/** In Helsinki, clocks skip 03.00–03.59 on the last Sunday of March. */
const inSpringGap = (date: string, time: string) =>
  date.slice(5, 7) === "03" &&
  isoWeekday(date) === 7 &&
  Number(date.slice(8, 10)) >= 25 &&
  time >= "03:00" &&
  time < "04:00";

describe("zonedInstant (Europe/Helsinki)", () => {
  it.each([
    ["2026-01-13", "14:00", "2026-01-13T12:00:00.000Z"], // winter, +02:00
    ["2026-07-14", "14:00", "2026-07-14T11:00:00.000Z"], // summer, +03:00
    ["2026-03-29", "02:59", "2026-03-29T00:59:00.000Z"], // just before the spring change
    ["2026-03-29", "03:30", "2026-03-29T01:30:00.000Z"], // in the gap: moves forward to 04.30 EEST
    ["2026-03-29", "04:00", "2026-03-29T01:00:00.000Z"],
    ["2026-10-25", "03:30", "2026-10-25T00:30:00.000Z"], // occurs twice: the earlier (EEST)
    ["2026-10-25", "04:00", "2026-10-25T02:00:00.000Z"],
  ])("%s %s is %s", (date, time, iso) => {
    expect(zonedInstant(date, time).toISOString()).toBe(iso);
  });

  it("round-trips every wall-clock time that exists", () => {
    fc.assert(
      fc.property(dateArb, timeArb, (date, time) => {
        fc.pre(!inSpringGap(date, time));
        expect(wallClockIn(zonedInstant(date, time))).toEqual({ date, time });
      }),
    );
  });
});

describe("weeklySeries", () => {
  it("keeps 14.00 on Mondays across the change to summer time (2026-03-29)", () => {
    const series = run({ startsOn: "2026-03-14", weekday: 1, time: "14:00", durationMinutes: 90, weeks: 3 });
    expect(series.map((o) => o.date)).toEqual(["2026-03-16", "2026-03-23", "2026-03-30"]);
    expect(series.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-03-16T12:00:00.000Z",
      "2026-03-23T12:00:00.000Z",
      "2026-03-30T11:00:00.000Z",
    ]);
    expect(series[2]!.endsAt.toISOString()).toBe("2026-03-30T12:30:00.000Z");
  });

  it("keeps 14.00 on Tuesdays across the change back to winter time (2026-10-25)", () => {
    const series = run({ startsOn: "2026-10-20", weekday: 2, time: "14:00", durationMinutes: 45, weeks: 2 });
    expect(series.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-10-20T11:00:00.000Z",
      "2026-10-27T12:00:00.000Z",
    ]);
    expect(series[1]!.startsAt.getTime() - series[0]!.startsAt.getTime()).toBe(169 * HOUR);
  });

  it("starts on the start date when it is the weekday", () => {
    expect(
      run({ startsOn: "2026-09-01", weekday: 2, time: "09:15", durationMinutes: 60, weeks: 1 })[0]!.date,
    ).toBe("2026-09-01");
  });

  it("names the bad field", () => {
    const base = { startsOn: "2026-09-01", weekday: 2, time: "09:15", durationMinutes: 60, weeks: 4 };
    expect(failure({ ...base, startsOn: "2026-02-30" })?.field).toBe("startsOn");
    expect(failure({ ...base, weekday: 8 })?.field).toBe("weekday");
    expect(failure({ ...base, time: "24:00" })?.field).toBe("time");
    expect(failure({ ...base, durationMinutes: 0 })?.field).toBe("durationMinutes");
    expect(failure({ ...base, weeks: 53 })?.field).toBe("weeks");
    expect(failure({ ...base, timeZone: "Mars/Olympus" })?.field).toBe("timeZone");
    expect(failure({ ...base, weeks: 0 })?.message).toMatch(/^weeks: /);
  });

  it("gives `weeks` occurrences, on the weekday, seven calendar days apart, from the first one on or after the start", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const series = run(spec);
        expect(series).toHaveLength(spec.weeks);
        expect(series[0]!.date >= spec.startsOn).toBe(true);
        expect(series[0]!.date <= addDays(spec.startsOn, 6)).toBe(true);
        series.forEach((o, i) => {
          expect(isoWeekday(o.date)).toBe(spec.weekday);
          if (i > 0) expect(o.date).toBe(addDays(series[i - 1]!.date, 7));
        });
      }),
    );
  });

  it("shows the same wall-clock time in Helsinki every week, and lasts the same real minutes", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        for (const o of run(spec)) {
          expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(spec.durationMinutes * 60_000);
          const shown = wallClockIn(o.startsAt);
          if (inSpringGap(o.date, spec.time)) {
            // A skipped time moves forward by the hour the clocks skip.
            expect(shown.date).toBe(o.date);
            expect(Number(shown.time.slice(0, 2))).toBe(Number(spec.time.slice(0, 2)) + 1);
            expect(shown.time.slice(3)).toBe(spec.time.slice(3));
          } else {
            expect(shown).toEqual({ date: o.date, time: spec.time });
          }
        }
      }),
    );
  });

  it("puts occurrences a week apart in real time, give or take the hour of a DST change", () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const series = run(spec);
        for (let i = 1; i < series.length; i++) {
          const gap = series[i]!.startsAt.getTime() - series[i - 1]!.startsAt.getTime();
          expect([167 * HOUR, 168 * HOUR, 169 * HOUR]).toContain(gap);
        }
      }),
    );
  });
});
