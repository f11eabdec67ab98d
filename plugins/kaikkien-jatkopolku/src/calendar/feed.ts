/**
 * The calendar feed, served without a session at `/public/kaikkien-jatkopolku/kalenteri/<token>`: a
 * calendar program subscribes to it. The token is random and only its hash is stored; a revoked or
 * unknown token answers 404. No personal identifier is in the address or in the events.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { isPublicTokenShaped, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { publicRoute } from "@polku/plugin-sdk/server";
import { type FeedRow, icsOf } from "./ical.ts";

/** Where a feed is served, after the host's address. */
export const feedPath = (token: string) => `/public/kaikkien-jatkopolku/kalenteri/${token}`;

/** A feed is a handful of trainings' meetings: a hard cap on one answer. */
const MAX_EVENTS = 2000;

export const calendarFeedRoute = publicRoute({
  method: "GET",
  path: "/kalenteri/:token",
  handle: async ({ tx }, request) => {
    const token = request.params.token ?? "";
    const notFound = {
      status: 404,
      contentType: "text/plain; charset=utf-8",
      body: "Kalenteria ei löytynyt.",
    };
    if (!isPublicTokenShaped(token)) return notFound;
    const hash = publicTokenHash(token);
    const [live] = rowsOf<{ live: boolean }>(
      await tx.execute(sql`select kaikkien_jatkopolku.feed_is_live(${hash}) as live`),
    );
    if (!live?.live) return notFound;
    const rows = rowsOf<FeedRow>(
      await tx.execute(sql`select uid, summary, starts_at, ends_at, place, to_char(all_day, 'YYYY-MM-DD') as all_day
        from kaikkien_jatkopolku.feed_events(${hash}) order by coalesce(starts_at, all_day::timestamptz), uid
        limit ${MAX_EVENTS}`),
    );
    return {
      contentType: "text/calendar; charset=utf-8",
      headers: { "content-disposition": 'inline; filename="jatkopolku.ics"' },
      body: icsOf("Jatkopolutus", rows),
    };
  },
});
