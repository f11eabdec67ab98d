import { describe, expect, it } from "vitest";
import { defaultEarlyWarningConfig, type StudentRecord } from "./rules.ts";
import { handlingStateOf, newSignals, signalsOf } from "./signals.ts";
import { byUrgency, compareUrgency, urgencyOf } from "./urgency.ts";

const today = "2026-12-03";
const absences = { rule: "unexplained-absences" as const, observed: 3, threshold: 3 };
const progress = { rule: "no-progress" as const, observed: 7, threshold: 6 };
const coaching = { rule: "missed-coaching" as const, observed: 1, threshold: 1 };

describe("urgencyOf", () => {
  it("gives one signal at its threshold low urgency, with the reason", () => {
    expect(urgencyOf({ today, flags: [absences], expectedGraduation: null, returned: false })).toEqual({
      level: "low",
      points: 2,
      reasons: [{ kind: "signals", count: 1 }],
      daysToGraduation: null,
      worstRatio: 1,
    });
  });

  it("counts a signal at twice its threshold as severe", () => {
    const u = urgencyOf({
      today,
      flags: [{ ...absences, observed: 6 }],
      expectedGraduation: null,
      returned: false,
    });
    expect([u.level, u.points]).toEqual(["low", 3]);
    expect(u.reasons).toContainEqual({ kind: "severe", rule: "unexplained-absences" });
    // Just under twice is not severe.
    expect(
      urgencyOf({ today, flags: [{ ...absences, observed: 5 }], expectedGraduation: null, returned: false })
        .points,
    ).toBe(2);
  });

  it("makes two signals medium and three high", () => {
    expect(
      urgencyOf({ today, flags: [absences, progress], expectedGraduation: null, returned: false }).level,
    ).toBe("medium");
    expect(
      urgencyOf({ today, flags: [absences, progress, coaching], expectedGraduation: null, returned: false })
        .level,
    ).toBe("high");
  });

  it("raises a warning whose graduation is at most 60 days away or passed, not one further off", () => {
    const near = urgencyOf({ today, flags: [absences], expectedGraduation: "2027-02-01", returned: false });
    expect([near.level, near.points, near.daysToGraduation]).toEqual(["medium", 4, 60]);
    expect(near.reasons).toContainEqual({ kind: "graduation", inDays: 60 });
    const passed = urgencyOf({ today, flags: [absences], expectedGraduation: "2026-11-30", returned: false });
    expect(passed.reasons).toContainEqual({ kind: "graduation", inDays: -3 });
    const far = urgencyOf({ today, flags: [absences], expectedGraduation: "2027-02-02", returned: false });
    expect([far.points, far.daysToGraduation]).toEqual([2, 61]);
  });

  it("adds a point to a warning that came back after it was handled", () => {
    const u = urgencyOf({ today, flags: [absences, coaching], expectedGraduation: null, returned: true });
    expect([u.level, u.points]).toEqual(["medium", 5]);
    expect(u.reasons.at(-1)).toEqual({ kind: "returned" });
  });

  it("gives no points without a signal, whatever else is true", () => {
    expect(urgencyOf({ today, flags: [], expectedGraduation: today, returned: true })).toMatchObject({
      level: "low",
      points: 0,
      reasons: [],
    });
  });
});

describe("byUrgency", () => {
  const student = (
    name: string,
    flags: Parameters<typeof urgencyOf>[0]["flags"],
    graduation: string | null = null,
  ) => ({
    name,
    urgency: urgencyOf({ today, flags, expectedGraduation: graduation, returned: false }),
  });

  it("puts more points first, then the nearer graduation, then the worst signal, else keeps the order", () => {
    const list = [
      student("Aalto", [absences]),
      student("Berg", [absences, progress, coaching]),
      student("Cajander", [{ ...progress, observed: 8 }]),
      student("Dahl", [absences], "2027-01-15"),
      student("Ek", [coaching], "2027-01-10"),
      student("Forsman", [absences]),
    ];
    expect(byUrgency(list).map((s) => s.name)).toEqual([
      "Berg",
      "Ek",
      "Dahl",
      "Cajander",
      "Aalto",
      "Forsman",
    ]);
  });

  it("is a consistent order: antisymmetric on every pair", () => {
    const list = [student("a", [absences]), student("b", [progress], "2027-01-01"), student("c", [])];
    for (const x of list)
      for (const y of list) {
        const both =
          Math.sign(compareUrgency(x.urgency, y.urgency)) + Math.sign(compareUrgency(y.urgency, x.urgency));
        expect(both).toBe(0);
      }
  });
});

describe("signals and handling", () => {
  const record: StudentRecord = {
    today,
    unexplainedAbsenceDays: ["2026-12-03", "2026-12-01", "2026-12-01", "2026-11-30", "2026-11-01"],
    lastProgressOn: null,
    studiesStartedOn: "2026-08-10",
    missedCoachingDays: ["2026-11-20", "2026-11-20"],
  };
  const all = [absences, progress, coaching];

  it("keys each absence day within the window, the stretch without progress and each missed session", () => {
    expect(signalsOf(record, defaultEarlyWarningConfig, all)).toEqual([
      "unexplained-absences:2026-11-30",
      "unexplained-absences:2026-12-01",
      "unexplained-absences:2026-12-03",
      "no-progress:2026-08-10",
      "missed-coaching:2026-11-20#1",
      "missed-coaching:2026-11-20#2",
    ]);
    // Only the rules that fired have signals.
    expect(signalsOf(record, defaultEarlyWarningConfig, [progress])).toEqual(["no-progress:2026-08-10"]);
  });

  it("keeps a warning handled until a new signal, which opens it again", () => {
    const seen = signalsOf(record, defaultEarlyWarningConfig, [absences]);
    expect(handlingStateOf(seen, { action: "handled", signals: seen })).toEqual({
      state: "handled",
      returned: false,
    });
    // A day dropping out of the window is nothing new.
    expect(handlingStateOf(seen.slice(1), { action: "handled", signals: seen }).state).toBe("handled");
    const later = signalsOf(
      {
        ...record,
        today: "2026-12-04",
        unexplainedAbsenceDays: [...record.unexplainedAbsenceDays, "2026-12-04"],
      },
      defaultEarlyWarningConfig,
      [absences],
    );
    expect(newSignals(later, seen)).toEqual(["unexplained-absences:2026-12-04"]);
    expect(handlingStateOf(later, { action: "handled", signals: seen })).toEqual({
      state: "open",
      returned: true,
    });
  });

  it("is open with no handling or after a reopening", () => {
    expect(handlingStateOf(["x"], null)).toEqual({ state: "open", returned: false });
    expect(handlingStateOf(["x"], { action: "reopened", signals: ["x"] })).toEqual({
      state: "open",
      returned: false,
    });
  });
});
