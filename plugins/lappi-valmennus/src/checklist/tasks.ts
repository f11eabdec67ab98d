/**
 * The start-of-studies checklist of #Valmennus, as pure rules (no database): which items there are, in
 * the order the pilot does them, when each is due after the studies began, and whether each is done,
 * late or still open on a given day. The router feeds it what the database holds; the portal shows it.
 *
 * The seed: when the studies begin the personal tutor finds out the student's initial situation and
 * support needs and starts the HOKS with the student; soon after, in the initial interview, the student
 * tells about themselves and hears the results of the reading (luki) and maths screenings; the support
 * team introduces the study and welfare services.
 */
import { addDays, isValidLocalDate } from "@polku/domain";

/** Tasks recorded by hand (rows of `start_task`); the same list as the table's check constraint. */
export const manualTasks = [
  "initial_situation",
  "support_needs",
  "initial_interview",
  "screening_reviewed",
  "services_introduced",
] as const;
export type ManualTask = (typeof manualTasks)[number];

export const screeningKinds = ["reading", "maths"] as const;
export type ScreeningKind = (typeof screeningKinds)[number];

export const screeningResults = ["no_need", "some_support", "support_needed"] as const;
export type ScreeningResult = (typeof screeningResults)[number];

/** Where an item's "done" comes from. */
export type ItemSource = "task" | "hoks" | "screening" | "review";

export interface ChecklistItemDefinition {
  readonly id: ChecklistItemId;
  /** Due this many days after `participant.started_on`. */
  readonly dueDays: number;
  readonly source: ItemSource;
}

/**
 * The items in the order they are done. The due days follow the pilot's rhythm: the first two weeks
 * for the initial situation, support needs and the HOKS; the initial interview in the third week; the
 * screenings and the services within the first month; the results gone through within six weeks.
 */
export const checklistItems = [
  { id: "initial_situation", dueDays: 14, source: "task" },
  { id: "support_needs", dueDays: 14, source: "task" },
  { id: "hoks_started", dueDays: 14, source: "hoks" },
  { id: "initial_interview", dueDays: 21, source: "task" },
  { id: "reading_screening", dueDays: 30, source: "screening" },
  { id: "maths_screening", dueDays: 30, source: "screening" },
  { id: "services_introduced", dueDays: 30, source: "task" },
  { id: "screening_reviewed", dueDays: 45, source: "review" },
] as const satisfies ReadonlyArray<{ id: string; dueDays: number; source: ItemSource }>;

export type ChecklistItemId = (typeof checklistItems)[number]["id"];
export const checklistItemIds: readonly ChecklistItemId[] = checklistItems.map((i) => i.id);

/** What the database knows of one participant, as the rules need it (dates are `YYYY-MM-DD`). */
export interface ChecklistFacts {
  readonly startedOn: string;
  /** The day the student's HOKS was started in the core, or null when there is none. */
  readonly hoksStartedOn: string | null;
  readonly tasks: ReadonlyArray<{ readonly task: string; readonly doneOn: string }>;
  readonly screenings: ReadonlyArray<{
    readonly kind: string;
    readonly takenOn: string;
    readonly reviewedOn: string | null;
  }>;
}

export type ItemState =
  | { readonly id: ChecklistItemId; readonly dueOn: string; readonly state: "done"; readonly doneOn: string }
  | { readonly id: ChecklistItemId; readonly dueOn: string; readonly state: "late" | "open" };

export interface ChecklistSummary {
  readonly total: number;
  readonly done: number;
  readonly late: number;
  readonly open: number;
  /** The late items, in checklist order. */
  readonly lateItems: readonly ChecklistItemId[];
}

/** The day an item falls due for a student who started on `startedOn`. */
export const dueOn = (startedOn: string, item: ChecklistItemDefinition): string =>
  addDays(startedOn, item.dueDays);

/**
 * The screenings have been gone through with the student when every kind has a result that has a
 * review date (the latest of them is the day it was done). A kind not yet taken leaves it undone: the
 * student hears both results. When a test is not taken at all, the tutor records the review by hand
 * (a `start_task` row), which then counts instead.
 */
export function screeningsReviewedOn(screenings: ChecklistFacts["screenings"]): string | null {
  let latest: string | null = null;
  for (const kind of screeningKinds) {
    const row = screenings.find((s) => s.kind === kind);
    if (!row?.reviewedOn) return null;
    if (latest === null || row.reviewedOn > latest) latest = row.reviewedOn;
  }
  return latest;
}

/** The day an item was done, or null when it is not. */
export function doneOn(item: ChecklistItemDefinition, facts: ChecklistFacts): string | null {
  const manual = facts.tasks.find((t) => t.task === item.id)?.doneOn ?? null;
  switch (item.source) {
    case "task":
      return manual;
    case "hoks":
      return facts.hoksStartedOn;
    case "screening": {
      const kind = item.id === "reading_screening" ? "reading" : "maths";
      return facts.screenings.find((s) => s.kind === kind)?.takenOn ?? null;
    }
    case "review":
      // A manual record wins: it is what the tutor said happened.
      return manual ?? screeningsReviewedOn(facts.screenings);
  }
}

/**
 * Each item's state on `today`: done (with its date) whenever it was done, even after the due day;
 * late when not done and today is past the due day; otherwise open. On the due day itself it is open.
 */
export function itemStates(facts: ChecklistFacts, today: string): ItemState[] {
  return checklistItems.map((item) => {
    const due = dueOn(facts.startedOn, item);
    const done = doneOn(item, facts);
    if (done !== null) return { id: item.id, dueOn: due, state: "done", doneOn: done };
    return { id: item.id, dueOn: due, state: today > due ? "late" : "open" };
  });
}

export function summarize(states: readonly ItemState[]): ChecklistSummary {
  const lateItems = states.filter((s) => s.state === "late").map((s) => s.id);
  const done = states.filter((s) => s.state === "done").length;
  return {
    total: states.length,
    done,
    late: lateItems.length,
    open: states.length - done - lateItems.length,
    lateItems,
  };
}

/** A field's problem, named for the API to return next to the field. */
export interface FieldProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/** Something that has already happened is recorded for today or earlier, never for a later day. */
export function pastDateProblem(field: string, date: string, today: string): FieldProblem | undefined {
  return date > today
    ? { path: [field], message: `${date} is in the future: record it for today (${today}) or earlier.` }
    : undefined;
}

/**
 * An enrolment's dates agree: the cohort is the autumn the studies began, so a start in the spring
 * belongs to the previous autumn's cohort; more than a year apart is a typing error.
 */
export function enrolmentProblems(request: { cohortYear: number; startedOn: string }): FieldProblem[] {
  if (!isValidLocalDate(request.startedOn)) return [];
  const startYear = Number(request.startedOn.slice(0, 4));
  return request.cohortYear === startYear || request.cohortYear === startYear - 1
    ? []
    : [
        {
          path: ["cohortYear"],
          message: `A student who started on ${request.startedOn} belongs to cohort ${startYear} (or ${startYear - 1} for a spring start).`,
        },
      ];
}

/** A review is after the test it goes through. */
export function reviewDateProblem(reviewedOn: string, takenOn: string): FieldProblem | undefined {
  return reviewedOn < takenOn
    ? {
        path: ["reviewedOn"],
        message: `The results were gone through on ${reviewedOn}, before the test was taken (${takenOn}).`,
      }
    : undefined;
}
