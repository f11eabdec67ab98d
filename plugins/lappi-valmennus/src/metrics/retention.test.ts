import { describe, expect, it } from "vitest";
import { baselineRetention, pooledBaseline, programmeRetention, retentionTable } from "./retention.ts";

const cohort = {
  cohortYear: 2025,
  continuing: 14,
  graduated: 1,
  changedField: 3,
  droppedOut: 2,
  unrecorded: 1,
};

describe("retention after the first year", () => {
  it("counts a move to a better-suited field as a success, not a dropout", () => {
    const row = programmeRetention(cohort);
    expect(row).toMatchObject({
      suppressed: false,
      students: 20,
      stillStudying: 15,
      changedField: 3,
      left: 2,
      stillStudyingPct: 75,
      stillOrChangedPct: 90,
      unrecorded: 1,
    });
    // Had the three who changed field dropped out, the second share would fall with the first.
    const asDropouts = programmeRetention({ ...cohort, changedField: 0, droppedOut: 5 });
    expect(asDropouts).toMatchObject({ stillStudyingPct: 75, stillOrChangedPct: 75, left: 5 });
  });

  it("hides a cohort of fewer than five students with an outcome", () => {
    const small = programmeRetention({
      cohortYear: 2024,
      continuing: 3,
      graduated: 0,
      changedField: 1,
      droppedOut: 0,
      unrecorded: 6,
    });
    expect(small).toMatchObject({ suppressed: true, students: null, stillStudyingPct: null, unrecorded: 6 });
  });

  it("reads a baseline's figures the same way", () => {
    const row = baselineRetention({
      cohortYear: 2022,
      students: 38,
      stillStudying: 27,
      changedField: 4,
      source: "Wilma",
    });
    expect(row).toMatchObject({
      origin: "baseline",
      stillStudyingPct: 71.1,
      stillOrChangedPct: 81.6,
      left: 7,
      source: "Wilma",
    });
    expect(
      baselineRetention({ cohortYear: 2021, students: 4, stillStudying: 4, changedField: 0, source: null }),
    ).toMatchObject({ suppressed: true, stillStudyingPct: null });
  });

  it("pools the baselines by students and sorts the table by year", () => {
    const baselines = [
      { cohortYear: 2023, students: 40, stillStudying: 30, changedField: 2, source: null },
      { cohortYear: 2022, students: 10, stillStudying: 5, changedField: 0, source: null },
    ];
    expect(pooledBaseline(baselines)).toMatchObject({
      fromYear: 2022,
      toYear: 2023,
      students: 50,
      stillStudyingPct: 70,
      stillOrChangedPct: 74,
    });
    expect(pooledBaseline([])).toBeNull();
    // A year under the floor is left out of the pool, or the pool minus the others would show it.
    const withSmall = [
      ...baselines,
      { cohortYear: 2021, students: 3, stillStudying: 1, changedField: 0, source: null },
    ];
    expect(pooledBaseline(withSmall)).toMatchObject({ fromYear: 2022, students: 50, stillStudyingPct: 70 });
    const table = retentionTable([cohort], baselines);
    expect(table.map((r) => [r.cohortYear, r.origin])).toEqual([
      [2022, "baseline"],
      [2023, "baseline"],
      [2025, "programme"],
    ]);
  });
});
