import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { BaselineInput, baselineProblems } from "./baseline-input.ts";

const today = "2026-11-24";
const ok = { cohortYear: 2023, students: 41, stillStudying: 30, changedField: 3 };

describe("a cohort baseline", () => {
  it("accepts counts that add up for a cohort whose first year is over", () => {
    expect(Schema.decodeUnknownSync(BaselineInput)(ok)).toEqual(ok);
    expect(baselineProblems(ok, today)).toEqual([]);
    expect(baselineProblems({ ...ok, stillStudying: 38, changedField: 3 }, today)).toEqual([]);
  });

  it("names the field when the counts exceed the students", () => {
    expect(baselineProblems({ ...ok, stillStudying: 39, changedField: 3 }, today).map((p) => p.path)).toEqual(
      [["changedField"]],
    );
    expect(baselineProblems({ ...ok, stillStudying: 42 }, today).map((p) => p.path)).toEqual([
      ["stillStudying"],
    ]);
  });

  it("refuses a cohort whose first year is not over", () => {
    expect(baselineProblems({ ...ok, cohortYear: 2026 }, today).map((p) => p.path)).toEqual([["cohortYear"]]);
    expect(baselineProblems({ ...ok, cohortYear: 2025 }, today)).toEqual([]);
  });

  it("refuses negative or fractional counts and no students", () => {
    const decode = Schema.decodeUnknownExit(BaselineInput);
    expect(decode({ ...ok, students: 0 })._tag).toBe("Failure");
    expect(decode({ ...ok, changedField: -1 })._tag).toBe("Failure");
    expect(decode({ ...ok, stillStudying: 2.5 })._tag).toBe("Failure");
  });
});
