import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { isPublicTokenShaped, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { publicRoute } from "@polku/plugin-sdk/server";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";

const ZONE = "Europe/Helsinki";

export interface FeedEvent {
  uid: string;
  kind: "meeting" | "work-trial" | "deadline";
  title: string;
  place: string | null;
  starts_at: string | Date | null;
  ends_at: string | Date | null;
  starts_on: string | Date | null;
  ends_on: string | Date | null;
  provider_id: string;
  student_id: string;
  person_id: string;
}

const titles = {
  meeting: "Tapaaminen",
  "work-trial": "Työkokeilu",
  deadline: "Jatkopolun määräaika",
} as const;

const instant = (v: string | Date) =>
  v instanceof Date ? DateTime.fromJSDate(v) : DateTime.fromISO(v.replace(" ", "T"));
const day = (v: string | Date) =>
  DateTime.fromISO(v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10), { zone: ZONE });

/**
 * The feed as RFC 5545 text. Timed events carry Europe/Helsinki wall times with the zone's VTIMEZONE
 * (luxon values set to the zone: a plain Date would be written in the process's own zone, and without
 * the VTIMEZONE a reader takes floating times); work trials and deadlines are all-day events.
 */
export function calendarOf(events: readonly FeedEvent[], now = new Date()): string {
  const calendar = new ICalCalendar({ name: "Polku: jatkopolutus", prodId: "//Polku//Jatkopolutus//FI" });
  calendar.timezone({ name: ZONE, generator: getVtimezoneComponent });
  for (const e of events) {
    const summary = `${titles[e.kind]}: ${e.title}`;
    if (e.kind === "meeting" && e.starts_at && e.ends_at) {
      calendar.createEvent({
        id: e.uid,
        stamp: now,
        summary,
        ...(e.place ? { location: e.place } : {}),
        timezone: ZONE,
        start: instant(e.starts_at).setZone(ZONE),
        end: instant(e.ends_at).setZone(ZONE),
      });
    } else if (e.starts_on && e.ends_on) {
      calendar.createEvent({
        id: e.uid,
        stamp: now,
        summary,
        allDay: true,
        start: day(e.starts_on),
        // DTEND of an all-day event is the day after the last one (RFC 5545 3.6.1).
        end: day(e.ends_on).plus({ days: 1 }),
      });
    }
  }
  return calendar.toString();
}

/**
 * `GET /public/esedu-workshop-handover/calendar/<token>.ics`: the person's feed, for calendar programs
 * to subscribe to. The token is the only thing in the URL; an unknown or revoked one is a plain 404.
 */
export const calendarFeedRoute = publicRoute({
  method: "GET",
  path: "/calendar/:token",
  perMinute: 30,
  handle: async (ctx, request) => {
    const token = (request.params.token ?? "").replace(/\.ics$/, "");
    if (!isPublicTokenShaped(token)) return { status: 404, contentType: "text/plain", body: "Not found" };
    const hash = publicTokenHash(token);
    const [feed] = rowsOf<{ found: boolean }>(
      await ctx.tx.execute(sql`select esedu_workshop_handover.feed_exists(${hash}) as found`),
    );
    if (!feed?.found) return { status: 404, contentType: "text/plain", body: "Not found" };
    const events = rowsOf<FeedEvent>(
      await ctx.tx.execute(sql`select * from esedu_workshop_handover.feed_events(${hash})`),
    );
    // Audited per student shown (migration 0009: the core's public audit takes only the provider's own
    // people as the one whose link it was, and a feed is a workshop coach's or a company contact's).
    await ctx.tx.execute(sql`select esedu_workshop_handover.audit_feed_read(${hash}, '')`);
    return {
      contentType: "text/calendar; charset=utf-8",
      headers: { "content-disposition": 'inline; filename="jatkopolutus.ics"' },
      body: calendarOf(events),
    };
  },
});
