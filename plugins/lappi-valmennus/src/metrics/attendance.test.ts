import { describe, expect, it } from "vitest";
import { attendanceByMonth } from "./attendance.ts";
import { progressRow } from "./progress.ts";

describe("attendance by month", () => {
  const months = ["2026-08", "2026-09", "2026-10"];
  const counts = (month: string | null, students: number, otherStudents = 0) => ({
    month,
    students,
    otherStudents,
  });

  it("counts late as attended and splits absences into unexplained and excused", () => {
    const {
      months: rows,
      total,
      monthsLeftOut,
    } = attendanceByMonth(months, [
      { ...counts("2026-09", 6), present: 40, late: 5, absent: 3, excused: 2 },
      { ...counts("2026-10", 3), present: 10, late: 0, absent: 0, excused: 0 },
      { ...counts(null, 6), present: 50, late: 5, absent: 3, excused: 2 },
    ]);
    expect(rows[0]).toEqual({
      month: "2026-08",
      suppressed: false,
      students: 0,
      marks: 0,
      attendedPct: null,
      unexplainedPct: null,
      excusedPct: null,
    });
    expect(rows[1]).toEqual({
      month: "2026-09",
      suppressed: false,
      students: 6,
      marks: 50,
      attendedPct: 90,
      unexplainedPct: 6,
      excusedPct: 4,
    });
    // Three students in October: too few, whatever the marks.
    expect(rows[2]).toMatchObject({ month: "2026-10", suppressed: true, students: null, attendedPct: null });
    // The total leaves October out: otherwise total minus September would give October.
    expect(total).toMatchObject({ students: 6, marks: 50, attendedPct: 90, unexplainedPct: 6 });
    expect(monthsLeftOut).toBe(1);
  });

  it("withholds a group's month when the other groups have too few students that month", () => {
    const { months: rows, total } = attendanceByMonth(
      ["2026-09"],
      [
        { ...counts("2026-09", 5, 2), present: 10, late: 0, absent: 0, excused: 0 },
        { ...counts(null, 5), present: 10, late: 0, absent: 0, excused: 0 },
      ],
    );
    expect(rows[0]).toMatchObject({ suppressed: true, attendedPct: null });
    expect(total).toMatchObject({ suppressed: false, students: 5, marks: 0, attendedPct: null });
  });
});

describe("unit progress per cohort", () => {
  it("gives the shares of units and the median of completed units", () => {
    expect(
      progressRow({
        cohortYear: 2025,
        participants: 8,
        studentsWithUnits: 6,
        completed: 9,
        inProgress: 6,
        notStarted: 15,
        medianCompleted: 1.5,
      }),
    ).toEqual({
      cohortYear: 2025,
      participants: 8,
      suppressed: false,
      students: 6,
      units: 30,
      completedPct: 30,
      inProgressPct: 20,
      notStartedPct: 50,
      medianCompleted: 1.5,
    });
  });

  it("hides a cohort where fewer than five students have units", () => {
    expect(
      progressRow({
        cohortYear: 2026,
        participants: 20,
        studentsWithUnits: 4,
        completed: 1,
        inProgress: 2,
        notStarted: 3,
        medianCompleted: 0,
      }),
    ).toMatchObject({
      participants: 20,
      suppressed: true,
      students: null,
      completedPct: null,
      medianCompleted: null,
    });
  });
});
