import { describe, expect, it } from "vitest";
import {
  compareItems,
  doneOnProblem,
  itemDateProblem,
  responsibleProblem,
  TIME_PATTERN,
  termProblem,
} from "./rules.ts";
import { DEMO_TERM, demoItems, isSeededDone } from "./seed-data.ts";

describe("termProblem", () => {
  it("accepts a term that ends on or after its start, up to a year", () => {
    expect(termProblem("2026-08-10", "2026-12-19")).toBeUndefined();
    expect(termProblem("2026-08-10", "2026-08-10")).toBeUndefined();
    // 2028 is a leap year: 366 days from 1 Jan to 31 Dec is still one term.
    expect(termProblem("2028-01-01", "2028-12-31")).toBeUndefined();
  });
  it("refuses an end before the start, and a term longer than a year", () => {
    expect(termProblem("2026-12-19", "2026-08-10")).toMatch(/ends before it starts/);
    expect(termProblem("2026-08-10", "2027-08-11")).toMatch(/at most 366 days/);
  });
});

describe("itemDateProblem", () => {
  const term = { termStart: "2026-08-10", termEnd: "2026-12-19" };
  it("accepts the term's first and last day", () => {
    expect(itemDateProblem("2026-08-10", term)).toBeUndefined();
    expect(itemDateProblem("2026-12-19", term)).toBeUndefined();
  });
  it("refuses a day before or after the term, naming the term", () => {
    expect(itemDateProblem("2026-08-09", term)).toMatch(
      /outside the plan's term \(2026-08-10 – 2026-12-19\)/,
    );
    expect(itemDateProblem("2026-12-20", term)).toBeDefined();
  });
});

describe("doneOnProblem", () => {
  it("allows today and earlier days, not tomorrow", () => {
    expect(doneOnProblem("2026-11-24", "2026-11-24")).toBeUndefined();
    expect(doneOnProblem("2026-09-01", "2026-11-24")).toBeUndefined();
    expect(doneOnProblem("2026-11-25", "2026-11-24")).toMatch(/not come yet/);
  });
});

describe("responsibleProblem", () => {
  it("requires a welfare staff member for outreach", () => {
    expect(responsibleProblem("outreach", ["welfare"])).toBeUndefined();
    expect(responsibleProblem("outreach", ["teacher", "welfare"])).toBeUndefined();
    expect(responsibleProblem("outreach", ["tutor"])).toMatch(/welfare staff/);
    expect(responsibleProblem("outreach", [])).toMatch(/welfare staff/);
    expect(responsibleProblem("outreach", null)).toMatch(/Choose the welfare staff member/);
  });
  it("lets other items go without a responsible person, but not with someone outside the staff", () => {
    expect(responsibleProblem("group_coaching", null)).toBeUndefined();
    expect(responsibleProblem("community", ["teacher"])).toBeUndefined();
    expect(responsibleProblem("individual_coaching", [])).toMatch(/staff member of your provider/);
  });
});

describe("compareItems", () => {
  it("orders by date, then untimed before timed, then by time and title", () => {
    const items = [
      { plannedOn: "2026-09-02", startsAt: "09:00", title: "b" },
      { plannedOn: "2026-09-01", startsAt: "13:00", title: "c" },
      { plannedOn: "2026-09-01", startsAt: null, title: "d" },
      { plannedOn: "2026-09-01", startsAt: "09:30", title: "a" },
      { plannedOn: "2026-09-01", startsAt: "09:30", title: "Ä" },
    ];
    expect([...items].sort(compareItems).map((i) => i.title)).toEqual(["d", "a", "Ä", "c", "b"]);
  });
});

describe("TIME_PATTERN", () => {
  it("matches the column's HH:MM check", () => {
    expect(["00:00", "09:30", "23:59"].every((t) => TIME_PATTERN.test(t))).toBe(true);
    expect(["24:00", "9:30", "09:60", "09:30:00"].some((t) => TIME_PATTERN.test(t))).toBe(false);
  });
});

describe("the demo plan", () => {
  it("keeps every item within the autumn term, with valid times, and outreach only by the kuraattori", () => {
    for (const offset of [0, 1]) {
      const items = demoItems("Luokka A105", offset);
      for (const item of items) {
        expect(itemDateProblem(item.plannedOn, DEMO_TERM)).toBeUndefined();
        if (item.startsAt) expect(item.startsAt).toMatch(TIME_PATTERN);
        expect(item.kind === "outreach").toBe(item.responsible === "kuraattori");
      }
      const months = new Set(items.filter((i) => i.kind === "outreach").map((i) => i.plannedOn.slice(0, 7)));
      expect([...months]).toEqual(["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
      for (const kind of ["group_coaching", "individual_coaching", "community"]) {
        expect(items.some((i) => i.kind === kind)).toBe(true);
      }
    }
  });
  it("counts an item as done a week after its day, never before it happened", () => {
    expect(isSeededDone("2026-11-10", "2026-11-24")).toBe(true);
    expect(isSeededDone("2026-11-18", "2026-11-24")).toBe(false);
    expect(isSeededDone("2026-12-09", "2026-11-24")).toBe(false);
  });
});
