/**
 * Weekly recurring sessions (a group's coaching every Tuesday at 14.00, Helsinki time). The wall-clock
 * time stays the same across the changes to and from summer time, so the instants between two
 * occurrences are 167 or 169 hours apart in those weeks. Pure: no clock is read, the zone rules come
 * from the runtime's Intl data.
 */
import { Data, Effect } from "effect";
import { parseLocalDate } from "../dates.ts";

export const DEFAULT_TIME_ZONE = "Europe/Helsinki";
export const MAX_SERIES_WEEKS = 52;
export const MAX_SESSION_MINUTES = 600;

export interface WeeklySeriesSpec {
  /** The first day the series may start on (YYYY-MM-DD); the first occurrence is the first `weekday` on or after it. */
  readonly startsOn: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Wall-clock time in the zone, HH:MM (24-hour). */
  readonly time: string;
  readonly durationMinutes: number;
  /** How many weekly occurrences. */
  readonly weeks: number;
  readonly timeZone?: string;
}

export interface Occurrence {
  /** The calendar date in the zone. */
  readonly date: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export type RecurrenceField = "startsOn" | "weekday" | "time" | "durationMinutes" | "weeks" | "timeZone";

export class InvalidRecurrence extends Data.TaggedError("InvalidRecurrence")<{
  readonly field: RecurrenceField;
  readonly problem: string;
}> {
  override get message(): string {
    return `${this.field}: ${this.problem}`;
  }
}

const DAY_MS = 86_400_000;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
};

const isTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** The wall-clock reading of an instant in a zone, as milliseconds of a UTC-based "local" timeline. */
const wallClockMs = (instantMs: number, timeZone: string): number => {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
};

/** The zone's offset from UTC at an instant, in milliseconds (Helsinki: +2 h in winter, +3 h in summer). */
const offsetAt = (instantMs: number, timeZone: string): number =>
  wallClockMs(Math.floor(instantMs / 1000) * 1000, timeZone) - Math.floor(instantMs / 1000) * 1000;

/**
 * The instant when the clocks of `timeZone` show `date` `time`. A time skipped by the change to
 * summer time (03.30 on the last Sunday of March in Helsinki) moves forward by the gap (04.30); a
 * time that occurs twice in autumn is the earlier one. This is Temporal's "compatible" choice.
 */
export const zonedInstant = (date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date => {
  const d = parseLocalDate(date);
  const t = timePattern.exec(time);
  if (!d || !t) throw new RangeError(`zonedInstant needs YYYY-MM-DD and HH:MM, got "${date}" "${time}"`);
  const local = Date.UTC(d.year, d.month - 1, d.day, Number(t[1]), Number(t[2]));
  const before = offsetAt(local - DAY_MS / 2, timeZone);
  const after = offsetAt(local + DAY_MS / 2, timeZone);
  const candidates = [local - before, local - after].filter(
    (instant) => wallClockMs(instant, timeZone) === local,
  );
  // No candidate: the time falls in a gap; reading it with the offset before the gap moves it forward.
  return new Date(candidates.length > 0 ? Math.min(...candidates) : local - before);
};

/** The date (YYYY-MM-DD) and time (HH:MM) an instant shows on the clocks of a zone. */
export const wallClockIn = (instant: Date, timeZone = DEFAULT_TIME_ZONE): { date: string; time: string } => {
  const iso = new Date(wallClockMs(instant.getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export const isoWeekday = (date: string): number => {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`isoWeekday needs YYYY-MM-DD, got "${date}"`);
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
};

/** A calendar date `days` later (or earlier, when negative). */
export const addDays = (date: string, days: number): string => {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`addDays needs YYYY-MM-DD, got "${date}"`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS).toISOString().slice(0, 10);
};

const validate = (spec: WeeklySeriesSpec): InvalidRecurrence | undefined => {
  const fail = (field: RecurrenceField, problem: string) => new InvalidRecurrence({ field, problem });
  if (!parseLocalDate(spec.startsOn))
    return fail("startsOn", `"${spec.startsOn}" is not a date: write YYYY-MM-DD.`);
  if (!Number.isInteger(spec.weekday) || spec.weekday < 1 || spec.weekday > 7) {
    return fail("weekday", "choose a weekday from 1 (Monday) to 7 (Sunday).");
  }
  if (!timePattern.test(spec.time))
    return fail("time", `"${spec.time}" is not a time: write HH:MM, e.g. 14:00.`);
  if (
    !Number.isInteger(spec.durationMinutes) ||
    spec.durationMinutes < 5 ||
    spec.durationMinutes > MAX_SESSION_MINUTES
  ) {
    return fail("durationMinutes", `a session lasts from 5 to ${MAX_SESSION_MINUTES} minutes.`);
  }
  if (!Number.isInteger(spec.weeks) || spec.weeks < 1 || spec.weeks > MAX_SERIES_WEEKS) {
    return fail("weeks", `a series has from 1 to ${MAX_SERIES_WEEKS} weekly sessions.`);
  }
  if (spec.timeZone !== undefined && !isTimeZone(spec.timeZone)) {
    return fail("timeZone", `"${spec.timeZone}" is not a known time zone.`);
  }
  return undefined;
};

/**
 * The occurrences of a weekly series: the first on the first `weekday` on or after `startsOn`, then
 * every seventh calendar day, each at the same wall-clock time in the zone and lasting the same
 * number of real minutes.
 */
export const weeklySeries = (spec: WeeklySeriesSpec): Effect.Effect<Occurrence[], InvalidRecurrence> => {
  const problem = validate(spec);
  if (problem) return Effect.fail(problem);
  const timeZone = spec.timeZone ?? DEFAULT_TIME_ZONE;
  const first = addDays(spec.startsOn, (spec.weekday - isoWeekday(spec.startsOn) + 7) % 7);
  const occurrences: Occurrence[] = [];
  for (let week = 0; week < spec.weeks; week++) {
    const date = addDays(first, week * 7);
    const startsAt = zonedInstant(date, spec.time, timeZone);
    occurrences.push({
      date,
      startsAt,
      endsAt: new Date(startsAt.getTime() + spec.durationMinutes * 60_000),
    });
  }
  return Effect.succeed(occurrences);
};
