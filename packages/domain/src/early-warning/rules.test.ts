import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defaultEarlyWarningConfig,
  type EarlyWarningConfig,
  evaluateEarlyWarnings,
  type StudentRecord,
} from "./rules.ts";

const quiet: StudentRecord = {
  today: "2026-11-24",
  unexplainedAbsenceDays: [],
  lastProgressOn: "2026-11-20",
  studiesStartedOn: "2026-08-10",
  missedCoachingDays: [],
};

const dayBefore = (today: string, n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

describe("evaluateEarlyWarnings", () => {
  it("raises nothing for a student who attends, progresses and comes to coaching", () => {
    expect(evaluateEarlyWarnings(quiet, defaultEarlyWarningConfig)).toEqual([]);
  });

  it("flags three absence days in two weeks, and says so", () => {
    const record = {
      ...quiet,
      unexplainedAbsenceDays: ["2026-11-23", "2026-11-19", "2026-11-19", "2026-11-12"],
    };
    const [flag] = evaluateEarlyWarnings(record, defaultEarlyWarningConfig);
    expect(flag).toMatchObject({ rule: "unexplained-absences", observed: 3, threshold: 3, windowDays: 14 });
    expect(flag?.explanation).toBe("3 days with unexplained absences in the last 14 days (the limit is 3).");
  });

  it("does not count absences outside the window or in the future", () => {
    const record = {
      ...quiet,
      unexplainedAbsenceDays: ["2026-11-10", "2026-11-01", "2026-11-25", "2026-11-24"],
    };
    expect(evaluateEarlyWarnings(record, defaultEarlyWarningConfig)).toEqual([]);
  });

  it("counts weeks without progress from the start of studies when nothing has progressed", () => {
    const flags = evaluateEarlyWarnings({ ...quiet, lastProgressOn: null }, defaultEarlyWarningConfig);
    expect(flags.map((f) => [f.rule, f.observed])).toEqual([["no-progress", 15]]);
  });

  it("flags a missed coaching session and honours a rule that is switched off", () => {
    const record = { ...quiet, missedCoachingDays: ["2026-11-03"] };
    expect(evaluateEarlyWarnings(record, defaultEarlyWarningConfig).map((f) => f.rule)).toEqual([
      "missed-coaching",
    ]);
    const off: EarlyWarningConfig = {
      ...defaultEarlyWarningConfig,
      missedCoaching: { ...defaultEarlyWarningConfig.missedCoaching, enabled: false },
    };
    expect(evaluateEarlyWarnings(record, off)).toEqual([]);
  });

  it("counts each missed coaching session, also two on one day, within the window only", () => {
    const config: EarlyWarningConfig = {
      ...defaultEarlyWarningConfig,
      missedCoaching: { enabled: true, sessions: 2, windowDays: 30 },
    };
    const [flag] = evaluateEarlyWarnings(
      { ...quiet, missedCoachingDays: ["2026-11-20", "2026-11-20", "2026-10-01"] },
      config,
    );
    expect(flag).toMatchObject({ rule: "missed-coaching", observed: 2, threshold: 2, windowDays: 30 });
    expect(
      evaluateEarlyWarnings({ ...quiet, missedCoachingDays: ["2026-11-20", "2026-10-01"] }, config),
    ).toEqual([]);
  });

  const records = fc.record({
    today: fc.constant("2026-11-24"),
    unexplainedAbsenceDays: fc.array(fc.integer({ min: 0, max: 60 }).map((n) => dayBefore("2026-11-24", n))),
    lastProgressOn: fc.option(
      fc.integer({ min: 0, max: 200 }).map((n) => dayBefore("2026-11-24", n)),
      { nil: null },
    ),
    studiesStartedOn: fc.constant("2026-01-10"),
    missedCoachingDays: fc.array(fc.integer({ min: 0, max: 60 }).map((n) => dayBefore("2026-11-24", n))),
  });

  it("never takes a flag away when more absences are added (property)", () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 0, max: 20 }), (record, extra) => {
        const more = {
          ...record,
          unexplainedAbsenceDays: [...record.unexplainedAbsenceDays, dayBefore(record.today, extra)],
        };
        const before = evaluateEarlyWarnings(record, defaultEarlyWarningConfig).map((f) => f.rule);
        const after = evaluateEarlyWarnings(more, defaultEarlyWarningConfig).map((f) => f.rule);
        return before.every((rule) => after.includes(rule));
      }),
    );
  });

  it("never adds a flag when a threshold is raised (property)", () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 1, max: 10 }), (record, raise) => {
        const stricter: EarlyWarningConfig = {
          unexplainedAbsences: { ...defaultEarlyWarningConfig.unexplainedAbsences, days: 3 + raise },
          noProgress: { ...defaultEarlyWarningConfig.noProgress, weeks: 6 + raise },
          missedCoaching: { ...defaultEarlyWarningConfig.missedCoaching, sessions: 1 + raise },
        };
        const loose = evaluateEarlyWarnings(record, defaultEarlyWarningConfig).map((f) => f.rule);
        return evaluateEarlyWarnings(record, stricter).every((f) => loose.includes(f.rule));
      }),
    );
  });
});
