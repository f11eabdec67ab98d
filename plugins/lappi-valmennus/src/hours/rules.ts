/**
 * Resource tracking with no I/O: what an hours entry and a yearly plan may be, and the year's summary
 * (planned against spent, by activity). The #Valmennus pilot allocated each support-team member 40–100
 * hours a year depending on their role; more or less is allowed, and the portal warns about it.
 */

export const activities = [
  "individual_coaching",
  "group_coaching",
  "outreach",
  "guardian_contact",
  "planning",
  "other",
] as const;
export type Activity = (typeof activities)[number];

/** Hours are recorded in quarter hours, from a quarter to a whole day. */
export const HOURS_STEP = 0.25;
export const MIN_ENTRY_HOURS = 0.25;
export const MAX_ENTRY_HOURS = 24;
/** The pilot's range of yearly hours per team member. */
export const PILOT_RANGE = { min: 40, max: 100 } as const;
/** A full year's working time; a plan beyond it is a typing error. */
export const MAX_PLANNED_HOURS = 2000;

export function entryHoursProblem(hours: number): string | undefined {
  if (!Number.isFinite(hours) || hours < MIN_ENTRY_HOURS || hours > MAX_ENTRY_HOURS) {
    return `Record from ${MIN_ENTRY_HOURS} to ${MAX_ENTRY_HOURS} hours for a day.`;
  }
  if (!Number.isInteger(hours / HOURS_STEP)) {
    return "Record hours in quarter hours, e.g. 1.25 or 1.5.";
  }
  return undefined;
}

/** Hours are recorded for work done: today (in Helsinki) or before. */
export function workedOnProblem(workedOn: string, today: string): string | undefined {
  return workedOn > today
    ? "Hours are recorded for work already done: the date cannot be in the future."
    : undefined;
}

export function plannedHoursProblem(hours: number): string | undefined {
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_PLANNED_HOURS) {
    return `Plan whole hours from 0 to ${MAX_PLANNED_HOURS}.`;
  }
  return undefined;
}

/** Outside the pilot's 40–100 hours: allowed, but worth a second look. */
export const outsidePilotRange = (hours: number): boolean =>
  hours < PILOT_RANGE.min || hours > PILOT_RANGE.max;

/** The first and last day of a calendar year, for selecting its entries. */
export const yearRange = (year: number) => ({
  from: `${String(year).padStart(4, "0")}-01-01`,
  to: `${String(year).padStart(4, "0")}-12-31`,
});

export type ByActivity = Record<Activity, number>;

const emptyByActivity = (): ByActivity => Object.fromEntries(activities.map((a) => [a, 0])) as ByActivity;

export interface MemberYear {
  readonly personId: string;
  readonly name: string;
  /** Null when no plan has been set for the year. */
  readonly planned: number | null;
  readonly spent: number;
  readonly byActivity: ByActivity;
  /** Spent divided by planned (1 = all used); null without a plan or with a plan of 0 hours. */
  readonly shareUsed: number | null;
  /** Planned minus spent; negative when over the plan; null without a plan. */
  readonly remaining: number | null;
  readonly outsidePilotRange: boolean;
}

export interface YearSummary {
  readonly members: readonly MemberYear[];
  readonly totals: {
    readonly planned: number;
    readonly spent: number;
    readonly byActivity: ByActivity;
    readonly shareUsed: number | null;
  };
}

/**
 * Everyone with a plan or spent hours in the year, by name: planned against spent and by activity.
 * Sums are of quarter hours, which binary floating point holds exactly, so no rounding drifts in.
 */
export function summariseYear(
  people: ReadonlyArray<{ readonly personId: string; readonly name: string }>,
  plans: ReadonlyArray<{ readonly personId: string; readonly plannedHours: number }>,
  spent: ReadonlyArray<{ readonly personId: string; readonly activity: string; readonly hours: number }>,
): YearSummary {
  const planOf = new Map(plans.map((p) => [p.personId, p.plannedHours]));
  const activityOf = new Map<string, ByActivity>();
  for (const row of spent) {
    const by = activityOf.get(row.personId) ?? emptyByActivity();
    const key = (activities as readonly string[]).includes(row.activity)
      ? (row.activity as Activity)
      : "other";
    by[key] += row.hours;
    activityOf.set(row.personId, by);
  }
  const names = new Map(people.map((p) => [p.personId, p.name]));
  const ids = [...new Set([...planOf.keys(), ...activityOf.keys()])];
  const members = ids
    .map((personId): MemberYear => {
      const byActivity = activityOf.get(personId) ?? emptyByActivity();
      const total = activities.reduce((sum, a) => sum + byActivity[a], 0);
      const planned = planOf.get(personId) ?? null;
      return {
        personId,
        name: names.get(personId) ?? "",
        planned,
        spent: total,
        byActivity,
        shareUsed: planned ? total / planned : null,
        remaining: planned === null ? null : planned - total,
        outsidePilotRange: planned !== null && outsidePilotRange(planned),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fi") || a.personId.localeCompare(b.personId));
  const byActivity = emptyByActivity();
  for (const m of members) for (const a of activities) byActivity[a] += m.byActivity[a];
  const planned = members.reduce((sum, m) => sum + (m.planned ?? 0), 0);
  const spentTotal = members.reduce((sum, m) => sum + m.spent, 0);
  // The share is of the plans: hours of someone without a plan are counted as spent, not as used of one.
  const spentAgainstPlans = members.reduce((sum, m) => sum + (m.planned === null ? 0 : m.spent), 0);
  return {
    members,
    totals: {
      planned,
      spent: spentTotal,
      byActivity,
      shareUsed: planned ? spentAgainstPlans / planned : null,
    },
  };
}
