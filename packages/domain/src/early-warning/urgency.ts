/**
 * How urgent a student's early warning is, so the list shows the students who most need a tutor's
 * attention first instead of by name. A plain points rule, so the page can say in words why a warning
 * ranks where it does (and a tutor can check it by hand):
 *
 * - every rule that fired is a signal: 2 points each (two problems at once weigh more than one);
 * - a signal at twice its threshold or more is severe: 1 point more (six absence days where three
 *   raise the warning, twelve weeks without progress where six do);
 * - the expected graduation is at most 60 days away, or has passed while the student still studies:
 *   2 points (little time is left to catch up);
 * - the warning was marked handled before and a new signal opened it again: 1 point (what was done
 *   did not help yet).
 *
 * 6 points or more is high urgency (e.g. all three rules, or two with a near graduation), 4–5 medium
 * (two signals, or one with a near graduation), less low (one signal). Equal points: the nearer
 * graduation first, then the signal furthest beyond its threshold.
 */
import { dayNumber, type EarlyWarningFlag } from "./rules.ts";

export const urgencyLevels = ["high", "medium", "low"] as const;
export type UrgencyLevel = (typeof urgencyLevels)[number];

/** Days before the expected graduation from which a warning is more urgent. */
export const GRADUATION_NEAR_DAYS = 60;

export type UrgencyReason =
  | { readonly kind: "signals"; readonly count: number }
  | { readonly kind: "severe"; readonly rule: EarlyWarningFlag["rule"] }
  | { readonly kind: "graduation"; readonly inDays: number }
  | { readonly kind: "returned" };

export interface Urgency {
  readonly level: UrgencyLevel;
  readonly points: number;
  /** What gave the points, in the order above, for the page to word. */
  readonly reasons: readonly UrgencyReason[];
  /** Days to the expected graduation (negative: passed); null when none is recorded. */
  readonly daysToGraduation: number | null;
  /** How far the worst signal is beyond its threshold (observed / threshold): breaks ties. */
  readonly worstRatio: number;
}

export interface UrgencyInput {
  readonly today: string;
  readonly flags: ReadonlyArray<Pick<EarlyWarningFlag, "rule" | "observed" | "threshold">>;
  /** The student's expected graduation (YYYY-MM-DD), or null when not recorded. */
  readonly expectedGraduation: string | null;
  /** Was the warning marked handled before, with a signal since that opened it again? */
  readonly returned: boolean;
}

export function urgencyOf(input: UrgencyInput): Urgency {
  const reasons: UrgencyReason[] = [];
  let points = 0;
  if (input.flags.length > 0) {
    points += 2 * input.flags.length;
    reasons.push({ kind: "signals", count: input.flags.length });
  }
  for (const flag of input.flags) {
    if (flag.observed >= 2 * flag.threshold) {
      points += 1;
      reasons.push({ kind: "severe", rule: flag.rule });
    }
  }
  const daysToGraduation =
    input.expectedGraduation === null ? null : dayNumber(input.expectedGraduation) - dayNumber(input.today);
  // Only a warning raises urgency: a near graduation alone is no reason to be on the list.
  if (input.flags.length > 0 && daysToGraduation !== null && daysToGraduation <= GRADUATION_NEAR_DAYS) {
    points += 2;
    reasons.push({ kind: "graduation", inDays: daysToGraduation });
  }
  if (input.flags.length > 0 && input.returned) {
    points += 1;
    reasons.push({ kind: "returned" });
  }
  const level: UrgencyLevel = points >= 6 ? "high" : points >= 4 ? "medium" : "low";
  const worstRatio = Math.max(0, ...input.flags.map((f) => f.observed / f.threshold));
  return { level, points, reasons, daysToGraduation, worstRatio };
}

/** Most urgent first: more points, then the nearer graduation (none recorded last), then the worst signal. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  if (a.points !== b.points) return b.points - a.points;
  const ga = a.daysToGraduation ?? Number.POSITIVE_INFINITY;
  const gb = b.daysToGraduation ?? Number.POSITIVE_INFINITY;
  if (ga !== gb) return ga < gb ? -1 : 1;
  return b.worstRatio - a.worstRatio;
}

/** The items sorted most urgent first; equally urgent ones keep their order (by name, as given). */
export function byUrgency<T extends { readonly urgency: Urgency }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => compareUrgency(x.item.urgency, y.item.urgency) || x.index - y.index)
    .map(({ item }) => item);
}
