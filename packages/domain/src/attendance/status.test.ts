import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceStatuses } from "../vocabulary.ts";
import {
  countUnexplainedAbsences,
  isUnexplainedAbsence,
  markDayProblem,
  minutesLateProblem,
  parseAttendanceStatus,
  schoolDayOf,
} from "./status.ts";

describe("attendance statuses", () => {
  it.each([
    ["present", "present"],
    ["Läsnä", "present"],
    ["  POISSA ", "absent"],
    ["luvallinen", "excused"],
    ["Myöhässä", "late"],
    ["myohassa", "late"],
    ["frånvarande med lov", "excused"],
    ["sairas", undefined],
    ["", undefined],
  ] as const)("reads %j as %s", (text, status) => {
    expect(parseAttendanceStatus(text)).toBe(status);
  });

  it("reads every status by its own name, in any case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...attendanceStatuses), fc.boolean(), (status, upper) => {
        expect(parseAttendanceStatus(upper ? status.toUpperCase() : status)).toBe(status);
      }),
    );
  });
});

describe("unexplained absences", () => {
  it("is an absence without an excuse: not excused, not late, not present", () => {
    expect(isUnexplainedAbsence({ status: "absent" })).toBe(true);
    expect(isUnexplainedAbsence({ status: "excused" })).toBe(false);
    expect(isUnexplainedAbsence({ status: "late" })).toBe(false);
    expect(isUnexplainedAbsence({ status: "present" })).toBe(false);
    expect(
      countUnexplainedAbsences([{ status: "absent" }, { status: "excused" }, { status: "absent" }]),
    ).toBe(2);
  });
});

describe("the school day of an instant", () => {
  it("is the date in Helsinki, not in UTC", () => {
    // 22:30 UTC on 1 March is 00:30 on 2 March in Helsinki (UTC+2).
    expect(schoolDayOf(new Date("2026-03-01T22:30:00Z"))).toBe("2026-03-02");
    expect(schoolDayOf(new Date("2026-03-01T21:59:59Z"))).toBe("2026-03-01");
    // Summer time (UTC+3): 21:30 UTC on 1 June is 00:30 on 2 June.
    expect(schoolDayOf(new Date("2026-06-01T21:30:00Z"))).toBe("2026-06-02");
    expect(schoolDayOf(new Date("2026-06-01T20:59:00Z"))).toBe("2026-06-01");
  });
});

describe("minutes late and the day", () => {
  it("allows minutes only on a late mark, from 1 to a school day", () => {
    expect(minutesLateProblem("late", 10)).toBeUndefined();
    expect(minutesLateProblem("late", undefined)).toBeUndefined();
    expect(minutesLateProblem("absent", null)).toBeUndefined();
    expect(minutesLateProblem("present", 5)).toMatch(/mark the student late/);
    expect(minutesLateProblem("late", 0)).toMatch(/from 1 to 600/);
    expect(minutesLateProblem("late", 601)).toMatch(/from 1 to 600/);
    expect(minutesLateProblem("late", 2.5)).toMatch(/whole number/);
  });

  it("refuses a day after today", () => {
    expect(markDayProblem("2026-03-02", "2026-03-02")).toBeUndefined();
    expect(markDayProblem("2026-03-01", "2026-03-02")).toBeUndefined();
    expect(markDayProblem("2026-03-03", "2026-03-02")).toMatch(/in the future/);
  });
});
