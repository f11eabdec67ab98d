import { describe, expect, it } from "vitest";
import {
  entryHoursProblem,
  outsidePilotRange,
  plannedHoursProblem,
  summariseYear,
  workedOnProblem,
  yearRange,
} from "./rules.ts";
import { demoEntries, demoPlannedHours } from "./seed-data.ts";

describe("entryHoursProblem", () => {
  it("accepts quarter hours from 0.25 to 24", () => {
    for (const h of [0.25, 0.5, 1, 1.75, 7.5, 24]) expect(entryHoursProblem(h)).toBeUndefined();
  });
  it("refuses less than a quarter, more than a day, and anything but quarter hours", () => {
    expect(entryHoursProblem(0)).toMatch(/from 0.25 to 24/);
    expect(entryHoursProblem(24.25)).toMatch(/from 0.25 to 24/);
    expect(entryHoursProblem(Number.NaN)).toBeDefined();
    expect(entryHoursProblem(1.1)).toMatch(/quarter hours/);
    expect(entryHoursProblem(0.3)).toMatch(/quarter hours/);
  });
});

describe("workedOnProblem", () => {
  it("allows today and before, refuses the future", () => {
    expect(workedOnProblem("2026-11-24", "2026-11-24")).toBeUndefined();
    expect(workedOnProblem("2026-01-02", "2026-11-24")).toBeUndefined();
    expect(workedOnProblem("2026-11-25", "2026-11-24")).toMatch(/cannot be in the future/);
  });
});

describe("planned hours", () => {
  it("allow whole hours 0–2000", () => {
    expect(plannedHoursProblem(0)).toBeUndefined();
    expect(plannedHoursProblem(2000)).toBeUndefined();
    expect(plannedHoursProblem(2001)).toBeDefined();
    expect(plannedHoursProblem(-1)).toBeDefined();
    expect(plannedHoursProblem(40.5)).toBeDefined();
  });
  it("are outside the pilot's range below 40 and above 100", () => {
    expect([39, 40, 100, 101].map(outsidePilotRange)).toEqual([true, false, false, true]);
  });
});

describe("yearRange", () => {
  it("spans the calendar year", () => {
    expect(yearRange(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("summariseYear", () => {
  const people = [
    { personId: "k", name: "Kuraattori, Kaisa" },
    { personId: "o", name: "Ohjaaja, Outi" },
    { personId: "e", name: "Esihenkilö, Eero" },
  ];
  it("sums spent hours by activity per member, against the plan, with the share used", () => {
    const summary = summariseYear(
      people,
      [
        { personId: "o", plannedHours: 100 },
        { personId: "k", plannedHours: 30 },
        { personId: "e", plannedHours: 0 },
      ],
      [
        { personId: "o", activity: "group_coaching", hours: 10.5 },
        { personId: "o", activity: "individual_coaching", hours: 14.25 },
        { personId: "k", activity: "outreach", hours: 20 },
        { personId: "k", activity: "planning", hours: 16 },
      ],
    );
    expect(summary.members.map((m) => m.personId)).toEqual(["e", "k", "o"]);
    const [e, k, o] = summary.members;
    expect(o).toMatchObject({ planned: 100, spent: 24.75, shareUsed: 0.2475, remaining: 75.25 });
    expect(o!.byActivity).toMatchObject({ group_coaching: 10.5, individual_coaching: 14.25, outreach: 0 });
    expect(k).toMatchObject({ planned: 30, spent: 36, remaining: -6, outsidePilotRange: true });
    expect(k!.shareUsed).toBeCloseTo(1.2);
    // A plan of 0 hours has no share: nothing can be a share of nothing.
    expect(e).toMatchObject({ planned: 0, spent: 0, shareUsed: null, outsidePilotRange: true });
    expect(summary.totals).toMatchObject({ planned: 130, spent: 60.75 });
    expect(summary.totals.byActivity.outreach).toBe(20);
    expect(summary.totals.shareUsed).toBeCloseTo(60.75 / 130);
  });
  it("lists someone with hours but no plan, without a share, and leaves their hours out of the plans' share", () => {
    const summary = summariseYear(
      people,
      [{ personId: "o", plannedHours: 50 }],
      [
        { personId: "k", activity: "outreach", hours: 2 },
        { personId: "o", activity: "planning", hours: 5 },
      ],
    );
    const k = summary.members.find((m) => m.personId === "k")!;
    expect(k).toMatchObject({
      planned: null,
      spent: 2,
      shareUsed: null,
      remaining: null,
      outsidePilotRange: false,
    });
    expect(summary.totals.spent).toBe(7);
    expect(summary.totals.shareUsed).toBe(0.1);
  });
  it("is empty for a year with nothing", () => {
    expect(summariseYear(people, [], [])).toEqual({
      members: [],
      totals: {
        planned: 0,
        spent: 0,
        shareUsed: null,
        byActivity: {
          individual_coaching: 0,
          group_coaching: 0,
          outreach: 0,
          guardian_contact: 0,
          planning: 0,
          other: 0,
        },
      },
    });
  });
});

describe("the demo hours", () => {
  it("plan everyone within the pilot's 40–100", () => {
    expect(Object.values(demoPlannedHours).every((h) => !outsidePilotRange(h))).toBe(true);
  });
  it("record only valid entries, none after today", () => {
    const entries = demoEntries("2026-11-24");
    expect(entries.length).toBeGreaterThan(40);
    for (const e of entries) {
      expect(entryHoursProblem(e.hours)).toBeUndefined();
      expect(workedOnProblem(e.workedOn, "2026-11-24")).toBeUndefined();
    }
    expect(demoEntries("2026-08-01")).toEqual([]);
  });
});
