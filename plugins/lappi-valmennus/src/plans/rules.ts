/**
 * The rules of a group's coaching plan, with no I/O: what a term may be, which days its items fall
 * on, when an item can be marked done, and the order the plan is read in. The router and the portal
 * both use them, so a refusal reads the same wherever it comes from.
 */

/** What the support team plans for a group (the #Valmennus pilot's four kinds of work). */
export const planItemKinds = ["group_coaching", "individual_coaching", "community", "outreach"] as const;
export type PlanItemKind = (typeof planItemKinds)[number];

/** The staff roles that may be responsible for an item; outreach is the welfare staff's own work. */
export const staffRoles = ["tutor", "teacher", "welfare", "manager"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** A term is at most a school year: a plan is made again "at regular intervals", never once for good. */
export const MAX_TERM_DAYS = 366;

/** Local Helsinki wall-clock time, as the column's check has it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** Why a term's dates do not make a term, or undefined when they do. */
export function termProblem(termStart: string, termEnd: string): string | undefined {
  if (termEnd < termStart) return "The term ends before it starts: check the end date.";
  const days = (dayNumber(termEnd) - dayNumber(termStart)) / 86_400_000 + 1;
  if (days > MAX_TERM_DAYS) return `A term lasts at most ${MAX_TERM_DAYS} days: make a plan per term.`;
  return undefined;
}

/** An item belongs to its plan's term: a visit after the term ends belongs to the next term's plan. */
export function itemDateProblem(
  plannedOn: string,
  term: { readonly termStart: string; readonly termEnd: string },
): string | undefined {
  if (plannedOn < term.termStart || plannedOn > term.termEnd) {
    return `The date is outside the plan's term (${term.termStart} – ${term.termEnd}).`;
  }
  return undefined;
}

/** An item is marked done on the day it happened, which cannot be after today (in Helsinki). */
export function doneOnProblem(doneOn: string, today: string): string | undefined {
  return doneOn > today ? "An item cannot be marked done on a day that has not come yet." : undefined;
}

/** Outreach is the welfare staff's visit: only a welfare staff member can be responsible for one. */
export function responsibleProblem(
  kind: PlanItemKind,
  responsibleRoles: readonly string[] | null,
): string | undefined {
  if (kind === "outreach") {
    if (responsibleRoles === null) return "Choose the welfare staff member who makes the visit.";
    if (!responsibleRoles.includes("welfare")) {
      return "An outreach visit is made by welfare staff: choose a kuraattori, psychologist or nurse of your provider.";
    }
    return undefined;
  }
  if (responsibleRoles !== null && responsibleRoles.length === 0) {
    return "Choose a staff member of your provider.";
  }
  return undefined;
}

export interface OrderedItem {
  readonly plannedOn: string;
  readonly startsAt: string | null;
  readonly title: string;
}

/** Date order; on one day, items without a set time first (they frame the day), then by time. */
export function compareItems(a: OrderedItem, b: OrderedItem): number {
  if (a.plannedOn !== b.plannedOn) return a.plannedOn < b.plannedOn ? -1 : 1;
  const at = a.startsAt ?? "";
  const bt = b.startsAt ?? "";
  if (at !== bt) return at < bt ? -1 : 1;
  return a.title.localeCompare(b.title, "fi");
}
