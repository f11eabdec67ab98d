/**
 * The signals behind a student's warning, each with a key of its own, so that a warning marked handled
 * stays handled while nothing new has happened and opens again when something has: a new day of
 * unexplained absence, a newly missed coaching session, or a new stretch without progress (counted
 * from a later day). The weeks of one stretch growing is the same signal; a rule switched on or a
 * threshold lowered so that a rule now fires is new.
 */
import type { EarlyWarningConfig, EarlyWarningFlag, StudentRecord } from "./rules.ts";
import { within } from "./rules.ts";

/** The keys of the signals behind the flags that fired (only theirs: a rule that did not fire has none). */
export function signalsOf(
  record: StudentRecord,
  config: EarlyWarningConfig,
  flags: readonly Pick<EarlyWarningFlag, "rule">[],
): string[] {
  const fired = new Set(flags.map((f) => f.rule));
  const keys: string[] = [];
  if (fired.has("unexplained-absences")) {
    const days = new Set(
      within(record.unexplainedAbsenceDays, record.today, config.unexplainedAbsences.windowDays),
    );
    for (const day of [...days].sort()) keys.push(`unexplained-absences:${day}`);
  }
  if (fired.has("no-progress")) keys.push(`no-progress:${record.lastProgressOn ?? record.studiesStartedOn}`);
  if (fired.has("missed-coaching")) {
    // Sessions, not days: the second session missed on a day is a signal of its own.
    const seen = new Map<string, number>();
    for (const day of within(
      record.missedCoachingDays,
      record.today,
      config.missedCoaching.windowDays,
    ).sort()) {
      const n = (seen.get(day) ?? 0) + 1;
      seen.set(day, n);
      keys.push(`missed-coaching:${day}#${n}`);
    }
  }
  return keys;
}

/** The signals now that were not seen when the warning was marked handled. */
export const newSignals = (current: readonly string[], seen: readonly string[]): string[] => {
  const before = new Set(seen);
  return current.filter((key) => !before.has(key));
};

export type HandlingState = "open" | "handled";

/**
 * A warning is handled when its latest handling marked it so and every signal now was seen then; it is
 * open with no handling, after a reopening, or with a new signal since. `returned`: it was handled and a
 * new signal opened it again.
 */
export function handlingStateOf(
  current: readonly string[],
  latest: { readonly action: "handled" | "reopened"; readonly signals: readonly string[] } | null,
): { state: HandlingState; returned: boolean } {
  if (!latest || latest.action === "reopened") return { state: "open", returned: false };
  return newSignals(current, latest.signals).length === 0
    ? { state: "handled", returned: false }
    : { state: "open", returned: true };
}
