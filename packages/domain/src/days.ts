/**
 * Calendar-day arithmetic with no schema library, so the portal's bundle can import it from
 * `@polku/domain/days` (as it does the vocabulary): school days are Finnish days, whatever the zone of
 * the browser or the server.
 */

/**
 * The day `days` after (or, negative, before) a `YYYY-MM-DD` day. Noon UTC keeps the arithmetic off
 * any midnight, so the result is the same calendar day whatever the machine's zone.
 */
export const addDaysToLocalDate = (day: string, days: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The calendar date of `instant` in a time zone (default Europe/Helsinki), as `YYYY-MM-DD`. */
export const localDateIn = (instant: Date, timeZone = "Europe/Helsinki"): string => {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
};
