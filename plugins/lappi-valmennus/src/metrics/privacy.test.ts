import { describe, expect, it } from "vitest";
import { MIN_STUDENTS, percent, withFloor } from "./privacy.ts";

describe("the five-student floor", () => {
  it("shows figures based on five students or more", () => {
    expect(MIN_STUDENTS).toBe(5);
    expect(withFloor(5, () => ({ share: 40 }))).toEqual({ suppressed: false, students: 5, share: 40 });
    expect(withFloor(30, () => ({ share: 1 }))).toMatchObject({ suppressed: false, students: 30 });
  });

  it("hides the figures and the count itself below five", () => {
    for (const students of [1, 2, 3, 4]) {
      expect(withFloor(students, () => ({ share: 50, median: 2 }))).toEqual({
        suppressed: true,
        students: null,
        share: null,
        median: null,
      });
    }
  });

  it("says plainly that there is no data when nobody is counted", () => {
    expect(withFloor(0, () => ({ share: percent(0, 0) }))).toEqual({
      suppressed: false,
      students: 0,
      share: null,
    });
  });
});

describe("percent", () => {
  it("rounds to one decimal", () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(27, 38)).toBe(71.1);
    expect(percent(5, 5)).toBe(100);
    expect(percent(1, 0)).toBeNull();
  });
});

describe("complementary suppression", () => {
  it("withholds a part when the rest of the whole is under the floor", () => {
    // Five in the group, two in the others: the whole minus this group would show the two.
    expect(withFloor(5, () => ({ share: 80 }), 2)).toMatchObject({ suppressed: true, share: null });
    expect(withFloor(5, () => ({ share: 80 }), 5)).toMatchObject({ suppressed: false, share: 80 });
    expect(withFloor(5, () => ({ share: 80 }), 0)).toMatchObject({ suppressed: false, share: 80 });
  });
});
