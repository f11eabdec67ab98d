import { describe, expect, it } from "vitest";
import {
  type ChecklistFacts,
  checklistItemIds,
  checklistItems,
  doneOn,
  dueOn,
  enrolmentProblems,
  itemStates,
  manualTasks,
  pastDateProblem,
  reviewDateProblem,
  screeningsReviewedOn,
  summarize,
} from "./tasks.ts";

const started = "2026-08-12";
const none: ChecklistFacts = { startedOn: started, hoksStartedOn: null, tasks: [], screenings: [] };
const item = (id: string) => checklistItems.find((i) => i.id === id)!;
const stateOf = (facts: ChecklistFacts, today: string, id: string) =>
  itemStates(facts, today).find((s) => s.id === id)!;

describe("checklist items", () => {
  it("come in the pilot's order with their due days", () => {
    expect(checklistItemIds).toEqual([
      "initial_situation",
      "support_needs",
      "hoks_started",
      "initial_interview",
      "reading_screening",
      "maths_screening",
      "services_introduced",
      "screening_reviewed",
    ]);
    expect(checklistItems.map((i) => i.dueDays)).toEqual([14, 14, 14, 21, 30, 30, 30, 45]);
  });

  it("record by hand exactly the tasks the table allows", () => {
    const manual = checklistItems
      .filter((i) => i.source === "task" || i.source === "review")
      .map((i) => i.id);
    expect([...manual].sort()).toEqual([...manualTasks].sort());
  });

  it("fall due counted in calendar days, across month and year ends", () => {
    expect(dueOn(started, item("initial_situation"))).toBe("2026-08-26");
    expect(dueOn(started, item("screening_reviewed"))).toBe("2026-09-26");
    expect(dueOn("2026-12-20", item("initial_interview"))).toBe("2027-01-10");
    expect(dueOn("2028-02-15", item("reading_screening"))).toBe("2028-03-16");
  });
});

describe("item state", () => {
  it("is open on the due day and late from the next day", () => {
    expect(stateOf(none, "2026-08-25", "initial_situation").state).toBe("open");
    expect(stateOf(none, "2026-08-26", "initial_situation").state).toBe("open");
    expect(stateOf(none, "2026-08-27", "initial_situation").state).toBe("late");
  });

  it("is open before the studies start", () => {
    expect(itemStates(none, "2026-08-01").every((s) => s.state === "open")).toBe(true);
  });

  it("is done with its date from a manual task, also when done after the due day", () => {
    const facts = { ...none, tasks: [{ task: "initial_interview", doneOn: "2026-09-20" }] };
    expect(stateOf(facts, "2026-10-01", "initial_interview")).toEqual({
      id: "initial_interview",
      dueOn: "2026-09-02",
      state: "done",
      doneOn: "2026-09-20",
    });
    // Another item's record does not count for this one.
    expect(stateOf(facts, "2026-10-01", "initial_situation").state).toBe("late");
  });

  it("takes hoks_started from the core HOKS, and no manual record makes it done", () => {
    expect(stateOf(none, "2026-09-01", "hoks_started").state).toBe("late");
    const withHoks = { ...none, hoksStartedOn: "2026-08-20" };
    expect(stateOf(withHoks, "2026-09-01", "hoks_started")).toMatchObject({
      state: "done",
      doneOn: "2026-08-20",
    });
    const manual = { ...none, tasks: [{ task: "hoks_started", doneOn: "2026-08-20" }] };
    expect(doneOn(item("hoks_started"), manual)).toBeNull();
  });

  it("takes each screening from a result of its own kind", () => {
    const facts = { ...none, screenings: [{ kind: "reading", takenOn: "2026-09-01", reviewedOn: null }] };
    expect(stateOf(facts, "2026-09-30", "reading_screening")).toMatchObject({
      state: "done",
      doneOn: "2026-09-01",
    });
    expect(stateOf(facts, "2026-09-11", "maths_screening").state).toBe("open");
    expect(stateOf(facts, "2026-09-12", "maths_screening").state).toBe("late");
  });
});

describe("screening review", () => {
  const taken = (kind: string, reviewedOn: string | null) => ({ kind, takenOn: "2026-09-01", reviewedOn });

  it("needs both results, each with a review date, and is dated by the later review", () => {
    expect(screeningsReviewedOn([])).toBeNull();
    expect(screeningsReviewedOn([taken("reading", "2026-09-10")])).toBeNull();
    expect(screeningsReviewedOn([taken("reading", "2026-09-10"), taken("maths", null)])).toBeNull();
    expect(screeningsReviewedOn([taken("reading", "2026-09-10"), taken("maths", "2026-09-08")])).toBe(
      "2026-09-10",
    );
    expect(screeningsReviewedOn([taken("maths", "2026-09-12"), taken("reading", "2026-09-10")])).toBe(
      "2026-09-12",
    );
  });

  it("counts a manual record instead of the screenings, and before them", () => {
    const manual = {
      ...none,
      tasks: [{ task: "screening_reviewed", doneOn: "2026-09-05" }],
      screenings: [taken("reading", "2026-09-10"), taken("maths", "2026-09-10")],
    };
    expect(stateOf(manual, "2026-10-01", "screening_reviewed")).toMatchObject({
      state: "done",
      doneOn: "2026-09-05",
    });
    const onlyManual = { ...none, tasks: [{ task: "screening_reviewed", doneOn: "2026-09-05" }] };
    expect(stateOf(onlyManual, "2026-10-01", "screening_reviewed").state).toBe("done");
  });

  it("is late the day after six weeks when a result has not been gone through", () => {
    const facts = { ...none, screenings: [taken("reading", "2026-09-10"), taken("maths", null)] };
    expect(stateOf(facts, "2026-09-26", "screening_reviewed").state).toBe("open");
    expect(stateOf(facts, "2026-09-27", "screening_reviewed").state).toBe("late");
  });
});

describe("summary", () => {
  it("counts done, late and open and lists the late items in order", () => {
    const facts: ChecklistFacts = {
      startedOn: started,
      hoksStartedOn: "2026-08-19",
      tasks: [
        { task: "initial_situation", doneOn: "2026-08-14" },
        { task: "initial_interview", doneOn: "2026-08-28" },
      ],
      screenings: [{ kind: "reading", takenOn: "2026-09-01", reviewedOn: null }],
    };
    // 2026-09-05: the two-week items and the interview are due; the first month's are not yet.
    const summary = summarize(itemStates(facts, "2026-09-05"));
    expect(summary).toEqual({
      total: 8,
      done: 4,
      late: 1,
      open: 3,
      lateItems: ["support_needs"],
    });
    const later = summarize(itemStates(facts, "2026-09-27"));
    expect(later.lateItems).toEqual([
      "support_needs",
      "maths_screening",
      "services_introduced",
      "screening_reviewed",
    ]);
    expect(later.done + later.late + later.open).toBe(later.total);
  });

  it("is all done when every item is", () => {
    const facts: ChecklistFacts = {
      startedOn: started,
      hoksStartedOn: "2026-08-19",
      tasks: manualTasks
        .filter((t) => t !== "screening_reviewed")
        .map((task) => ({ task, doneOn: "2026-08-20" })),
      screenings: [
        { kind: "reading", takenOn: "2026-09-01", reviewedOn: "2026-09-03" },
        { kind: "maths", takenOn: "2026-09-02", reviewedOn: "2026-09-03" },
      ],
    };
    expect(summarize(itemStates(facts, "2027-01-01"))).toEqual({
      total: 8,
      done: 8,
      late: 0,
      open: 0,
      lateItems: [],
    });
  });
});

describe("input rules", () => {
  it("refuse a day after today and accept today", () => {
    expect(pastDateProblem("doneOn", "2026-09-02", "2026-09-01")).toEqual({
      path: ["doneOn"],
      message: expect.stringContaining("in the future"),
    });
    expect(pastDateProblem("doneOn", "2026-09-01", "2026-09-01")).toBeUndefined();
    expect(pastDateProblem("doneOn", "2025-12-31", "2026-09-01")).toBeUndefined();
  });

  it("tie the cohort to the year the studies began (a spring start to the previous autumn)", () => {
    expect(enrolmentProblems({ cohortYear: 2026, startedOn: "2026-08-12" })).toEqual([]);
    expect(enrolmentProblems({ cohortYear: 2025, startedOn: "2026-01-08" })).toEqual([]);
    expect(enrolmentProblems({ cohortYear: 2027, startedOn: "2026-08-12" })[0]?.path).toEqual(["cohortYear"]);
    expect(enrolmentProblems({ cohortYear: 2024, startedOn: "2026-08-12" })[0]?.path).toEqual(["cohortYear"]);
  });

  it("refuse a review before the test, and accept one on the same day", () => {
    expect(reviewDateProblem("2026-08-31", "2026-09-01")?.path).toEqual(["reviewedOn"]);
    expect(reviewDateProblem("2026-09-01", "2026-09-01")).toBeUndefined();
  });
});
