/**
 * When a scheduled job runs next: pure functions of the job's schedule and an instant. The instant is
 * the database's clock (the claim's `now()`), so every process computes from the same time.
 */

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const INTERVAL = /^([1-9][0-9]*) (second|minute|hour|day)s?$/;
const WALL_TIME = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;
/** Shorter than this is a busy loop, not a schedule. */
export const MIN_INTERVAL_MS = 1_000;

export type Timing =
  | { readonly kind: "every"; readonly ms: number }
  | { readonly kind: "at"; readonly hour: number; readonly minute: number };

/** "15 minutes", "1 day" or whole milliseconds (at least a second); anything else is undefined. */
export function parseInterval(value: unknown): number | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value >= MIN_INTERVAL_MS ? value : undefined;
  }
  if (typeof value !== "string") return undefined;
  const match = INTERVAL.exec(value);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** "HH:MM", 24-hour; anything else is undefined. */
export function parseWallTime(value: unknown): { hour: number; minute: number } | undefined {
  const match = typeof value === "string" ? WALL_TIME.exec(value) : null;
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/**
 * The first occurrence strictly after `after`. An `every` job runs that long after its last start, so
 * occurrences missed while every process was down run once, not once each.
 */
export function nextOccurrence(timing: Timing, after: Date): Date {
  if (timing.kind === "every") return new Date(after.getTime() + timing.ms);
  return nextHelsinkiTime(timing.hour, timing.minute, after);
}

const helsinki = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Helsinki",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** Helsinki's wall clock at an instant, as the UTC instant with the same fields. */
function wallClockMs(instant: number): number {
  const f = Object.fromEntries(
    helsinki.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
}

/** Helsinki's offset from UTC at an instant (+2 or +3 hours), in milliseconds. */
const offsetMs = (instant: number) => wallClockMs(instant) - Math.floor(instant / 1000) * 1000;

/**
 * The next time Helsinki's clocks show hour:minute after `after`. On the night the clocks go forward a
 * time that does not exist (03:30) runs an hour later on the clock, at the instant it would have been
 * (04:30 summer time); on the night they go back a time shown twice runs at the first of them.
 */
export function nextHelsinkiTime(hour: number, minute: number, after: Date): Date {
  const today = new Date(wallClockMs(after.getTime()));
  for (let day = 0; day <= 2; day++) {
    const wall = Date.UTC(
      today.getUTCFullYear(),
      today.getUTCMonth(),
      today.getUTCDate() + day,
      hour,
      minute,
    );
    const at = instantOfWallTime(wall);
    if (at > after.getTime()) return new Date(at);
  }
  throw new Error("unreachable: a Helsinki day has every wall time at most once skipped");
}

/** The instant Helsinki's clocks show `wall` (a UTC instant with the wanted fields), as described above. */
function instantOfWallTime(wall: number): number {
  // The offsets in force a day either side: on the one day a year they differ, the change lies between.
  const before = wall - offsetMs(wall - UNIT_MS.day);
  const after = wall - offsetMs(wall + UNIT_MS.day);
  const shown = [before, after].filter((instant) => wallClockMs(instant) === wall);
  return shown.length > 0 ? Math.min(...shown) : before;
}
