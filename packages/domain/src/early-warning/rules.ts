/**
 * Early warning: transparent rules that raise a flag for the tutor, each saying which rule fired and
 * why, with the facts and the threshold it compared them with. Thresholds are configuration (a
 * provider tunes them); the rules are pure functions of a student's recent record.
 */
import { Schema } from "effect";
import { compareLocalDates } from "../dates.ts";

export const earlyWarningRules = ["unexplained-absences", "no-progress", "missed-coaching"] as const;
export type EarlyWarningRule = (typeof earlyWarningRules)[number];

const PositiveInt = Schema.Int.check(
  Schema.isBetween({ minimum: 1, maximum: 365 }, { message: "Use a whole number from 1 to 365." }),
);

/** The thresholds. Each rule can be switched off. */
export const EarlyWarningConfig = Schema.Struct({
  unexplainedAbsences: Schema.Struct({
    enabled: Schema.Boolean,
    /** Days with at least one unexplained absence, within the window, that raise the flag. */
    days: PositiveInt,
    windowDays: PositiveInt,
  }),
  noProgress: Schema.Struct({
    enabled: Schema.Boolean,
    /** Weeks without progress in any qualification unit. */
    weeks: PositiveInt,
  }),
  missedCoaching: Schema.Struct({
    enabled: Schema.Boolean,
    /** Missed coaching sessions, within the window, that raise the flag. */
    sessions: PositiveInt,
    windowDays: PositiveInt,
  }),
});
export type EarlyWarningConfig = typeof EarlyWarningConfig.Type;

/** A starting point a provider adjusts: 3 absence days in 2 weeks, 6 weeks without progress, 1 missed session in 30 days. */
export const defaultEarlyWarningConfig: EarlyWarningConfig = {
  unexplainedAbsences: { enabled: true, days: 3, windowDays: 14 },
  noProgress: { enabled: true, weeks: 6 },
  missedCoaching: { enabled: true, sessions: 1, windowDays: 30 },
};

/** What the rules look at, for one student, as of `today` (all dates YYYY-MM-DD in Europe/Helsinki). */
export interface StudentRecord {
  readonly today: string;
  /** Days with an absence that was neither excused nor explained. Duplicates count once. */
  readonly unexplainedAbsenceDays: readonly string[];
  /** The last day any qualification unit progressed; null if none has yet. */
  readonly lastProgressOn: string | null;
  /** When the student's studies began: "no progress" counts from here if nothing has progressed. */
  readonly studiesStartedOn: string;
  /** The day of each coaching session the student was expected at and missed: one entry per session. */
  readonly missedCoachingDays: readonly string[];
}

export interface EarlyWarningFlag {
  readonly rule: EarlyWarningRule;
  /** The facts the rule counted and the threshold it compared them with, for the portal to word. */
  readonly observed: number;
  readonly threshold: number;
  readonly windowDays: number | null;
  /** The same in plain English, for logs of the rule run and for API clients without translations. */
  readonly explanation: string;
}

export const dayNumber = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number);
  return Math.floor(Date.UTC(y!, m! - 1, d!) / 86_400_000);
};

/** The days within the last `windowDays` days up to and including `today`. */
export const within = (days: readonly string[], today: string, windowDays: number): string[] => {
  const end = dayNumber(today);
  return days.filter((d) => end - dayNumber(d) < windowDays && compareLocalDates(d, today) <= 0);
};

/** Distinct days within the window. */
const daysWithin = (days: readonly string[], today: string, windowDays: number): number =>
  new Set(within(days, today, windowDays)).size;

/** The flags a student's record raises under a configuration, in rule order. */
export function evaluateEarlyWarnings(record: StudentRecord, config: EarlyWarningConfig): EarlyWarningFlag[] {
  const flags: EarlyWarningFlag[] = [];
  const absences = config.unexplainedAbsences;
  if (absences.enabled) {
    const observed = daysWithin(record.unexplainedAbsenceDays, record.today, absences.windowDays);
    if (observed >= absences.days) {
      flags.push({
        rule: "unexplained-absences",
        observed,
        threshold: absences.days,
        windowDays: absences.windowDays,
        explanation: `${observed} days with unexplained absences in the last ${absences.windowDays} days (the limit is ${absences.days}).`,
      });
    }
  }
  const progress = config.noProgress;
  if (progress.enabled) {
    const since = record.lastProgressOn ?? record.studiesStartedOn;
    const weeks = Math.floor((dayNumber(record.today) - dayNumber(since)) / 7);
    if (weeks >= progress.weeks) {
      flags.push({
        rule: "no-progress",
        observed: weeks,
        threshold: progress.weeks,
        windowDays: null,
        explanation: `No progress in any qualification unit for ${weeks} weeks (the limit is ${progress.weeks}).`,
      });
    }
  }
  const coaching = config.missedCoaching;
  if (coaching.enabled) {
    // Sessions, not days: two sessions missed on one day are two.
    const observed = within(record.missedCoachingDays, record.today, coaching.windowDays).length;
    if (observed >= coaching.sessions) {
      flags.push({
        rule: "missed-coaching",
        observed,
        threshold: coaching.sessions,
        windowDays: coaching.windowDays,
        explanation: `${observed} missed coaching sessions in the last ${coaching.windowDays} days (the limit is ${coaching.sessions}).`,
      });
    }
  }
  return flags;
}
