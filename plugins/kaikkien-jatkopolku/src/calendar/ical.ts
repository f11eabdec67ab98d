/**
 * A feed's rows as an iCalendar document (RFC 5545) with ical-generator: timed events in Europe/Helsinki
 * with the zone's VTIMEZONE (so every calendar program places them right across daylight-saving
 * changes), the follow-up feedback days as all-day events. The values are luxon DateTimes set to
 * Helsinki: a plain Date with a timezone would be written as the server process's own wall time.
 */
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";

export const ZONE = "Europe/Helsinki";

export interface FeedRow {
  uid: string;
  summary: string;
  starts_at: Date | string | null;
  ends_at: Date | string | null;
  place: string;
  all_day: string | null;
}

const helsinki = (value: Date | string) =>
  DateTime.fromJSDate(value instanceof Date ? value : new Date(value), { zone: ZONE });

export function icsOf(name: string, rows: readonly FeedRow[], now: Date = new Date()): string {
  const calendar = new ICalCalendar({
    name,
    prodId: { company: "Polku", product: "kaikkien-jatkopolku", language: "FI" },
  });
  calendar.timezone({ name: ZONE, generator: getVtimezoneComponent });
  const stamp = DateTime.fromJSDate(now, { zone: "utc" });
  for (const row of rows) {
    const id = `${row.uid}@kaikkien-jatkopolku.polku`;
    if (row.all_day) {
      const day = DateTime.fromISO(String(row.all_day).slice(0, 10), { zone: ZONE });
      calendar.createEvent({
        id,
        summary: row.summary,
        start: day,
        end: day.plus({ days: 1 }),
        allDay: true,
        stamp,
      });
    } else if (row.starts_at && row.ends_at) {
      calendar.createEvent({
        id,
        summary: row.summary,
        start: helsinki(row.starts_at),
        end: helsinki(row.ends_at),
        timezone: ZONE,
        location: row.place || null,
        stamp,
      });
    }
  }
  return calendar.toString();
}
