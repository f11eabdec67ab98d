/**
 * Meetings, work trials and deadlines as iCalendar feeds (RFC 5545), parsed back with an independent
 * parser (ical.js) and checked against the records: Helsinki wall times on both sides of the daylight
 * saving changes, all-day trials, the token as the only thing in the URL, revocation, and a company's
 * feed holding only its own trial.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";

/** The feed's events as ical.js reads them, its VTIMEZONEs registered so TZIDs resolve. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe.each(testDatabases())("calendar feeds (Esedu) on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
  });
  afterAll(() => api?.close());

  it("gives the coach's and the company's feeds with correct Helsinki times, and ends a revoked one", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const company = (await loginAs(api.url, "yritys")).plugin<HandoverRouter>(id);
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    const graduate = (await tutor.candidates.query()).find((c) => !c.minor)!;
    const { id: handoverId } = await tutor.create.mutate({
      studentId: graduate.id,
      workshopId: agreement!.workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["work_trial"],
    });
    const [companyRow] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where name = 'Savon Rakennuspalvelu Oy'`),
    );
    const { id: trialId } = await coach.trials.record.mutate({
      handoverId,
      companyId: companyRow!.id,
      startsOn: "2026-12-01",
      endsOn: "2026-12-20",
      goals: "Perustyöt",
    });
    // Winter time, the spring change day (03:00 -> 04:00 on 28 March 2027) and the autumn one (25 October 2026).
    const meetings = [
      { startsAt: "2027-01-15T10:00", utc: "2027-01-15T08:00:00.000Z" },
      { startsAt: "2027-03-28T10:00", utc: "2027-03-28T07:00:00.000Z" },
      { startsAt: "2026-10-25T10:00", utc: "2026-10-25T08:00:00.000Z" },
    ];
    const ids: string[] = [];
    for (const m of meetings) {
      ids.push(
        (
          await coach.calendar.recordMeeting.mutate({
            handoverId,
            title: "Seuranta",
            startsAt: m.startsAt,
            minutes: 45,
          })
        ).id,
      );
    }
    expect(
      await codeOf(
        coach.calendar.recordMeeting.mutate({
          handoverId,
          title: "X",
          startsAt: "2027-03-28T03:30",
          minutes: 30,
        }),
      ),
    ).toBe("BAD_REQUEST");

    const { path, id: feedId } = await coach.calendar.createFeed.mutate();
    // Nothing but the token in the address.
    expect(path).toMatch(/^\/public\/esedu-workshop-handover\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(path).not.toContain(graduate.id);
    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = await response.text();
    expect(text).toContain("BEGIN:VTIMEZONE");
    const events = parse(text);

    const stored = rowsOf<{ id: string; starts_at: string | Date; ends_at: string | Date }>(
      await api.db.execute(sql`select id, starts_at, ends_at from esedu_workshop_handover.meeting
        where handover_id = ${handoverId}::uuid`),
    );
    for (const [i, m] of meetings.entries()) {
      const event = events.find((e) => e.uid === `meeting-${ids[i]}`)!;
      expect(event.startDate.toJSDate().toISOString()).toBe(m.utc);
      expect(event.startDate.zone.tzid).toBe("Europe/Helsinki");
      const record = stored.find((r) => r.id === ids[i])!;
      expect(event.startDate.toJSDate().getTime()).toBe(new Date(record.starts_at).getTime());
      expect(event.endDate.toJSDate().getTime()).toBe(new Date(record.ends_at).getTime());
      expect(event.summary).toContain("Seuranta");
    }
    const trial = events.find((e) => e.uid === `trial-${trialId}`)!;
    expect(trial.startDate.isDate).toBe(true);
    expect(trial.startDate.toString()).toBe("2026-12-01");
    expect(trial.endDate.toString()).toBe("2026-12-21");
    expect(trial.summary).toContain("Savon Rakennuspalvelu Oy");
    expect(events.some((e) => e.uid === `deadline-${handoverId}`)).toBe(true);
    // The read is in the student's audit trail, as the coach's feed.
    const [audited] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log where student_id = ${graduate.id}::uuid
        and actor_role = 'public' and procedure like 'public.esedu-workshop-handover.%'`),
    );
    expect(audited!.n).toBeGreaterThan(0);

    // The company's feed: its own trial only, no meetings or deadlines of the workshop.
    const companyFeed = await company.calendar.createFeed.mutate();
    const companyEvents = parse(await (await fetch(`${api.url}${companyFeed.path}`)).text());
    expect(companyEvents.map((e) => e.uid)).toContain(`trial-${trialId}`);
    expect(companyEvents.every((e) => e.uid.startsWith("trial-"))).toBe(true);
    // Nobody else sees or ends the coach's feed.
    expect((await company.calendar.feeds.query()).map((f) => f.id)).not.toContain(feedId);
    expect(await codeOf(company.calendar.revokeFeed.mutate({ feedId }))).toBe("NOT_FOUND");

    await coach.calendar.revokeFeed.mutate({ feedId });
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}/public/${id}/calendar/${"A".repeat(43)}.ics`)).status).toBe(404);

    // The trial ends: it leaves the company's feed at once.
    await coach.trials.end.mutate({ trialId });
    const after = parse(await (await fetch(`${api.url}${companyFeed.path}`)).text());
    expect(after.map((e) => e.uid)).not.toContain(`trial-${trialId}`);
    await tutor.withdrawConsent.mutate({ handoverId });
  });
});
