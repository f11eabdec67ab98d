/**
 * Meetings with partners and the iCalendar feeds (RFC 5545), through the real API: each feed is parsed
 * with an independent parser (ical.js) and its events checked against the meeting rows, across both
 * daylight-saving changes of Europe/Helsinki; a revoked or unknown feed answers nothing.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  codeOf,
  inScope,
  loginAs,
  rowsOf,
  startTestApi,
  type TestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { adults, id, partnerOrganisationId, personIdOf, trainerOf } from "./support.ts";

/** The feed's events as ical.js reads them, with its VTIMEZONEs registered first. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate,
      end: event.endDate,
      tzid: component.getFirstProperty("dtstart")?.getParameter("tzid") ?? null,
    };
  });
}

describe.each(testDatabases())("kaikkien-jatkopolku meetings and calendar feeds on $kind", ({ kind }) => {
  let api: TestApi;
  let trainingId: string;
  let learnerName: string;

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id], jobs: false });
    const { plugin } = await trainerOf(api);
    // Spring 2027 to autumn 2027: Helsinki moves to +03 on 28 March and back to +02 on 31 October.
    ({ id: trainingId } = await plugin.trainings.create.mutate({
      name: "Kevään digiarki",
      theme: "digital",
      startsOn: "2027-03-01",
      endsOn: "2027-11-05",
      followUpWeeks: 4,
    }));
    const { id: partnerId } = await plugin.trainings.addPartner.mutate({
      trainingId,
      organisationId: await partnerOrganisationId(api),
      roles: ["expertise"],
    });
    const [student] = await adults(api, 1);
    learnerName = student!.lastName;
    const { id: learnerId } = await plugin.learners.add.mutate({
      trainingId,
      studentId: student!.id,
      challenge: "Ajanvaraus",
      personalGoal: "Varaan ajan itse",
    });
    const book = (date: string, startTime: string, endTime: string, extra: { learnerId?: string } = {}) =>
      plugin.meetings.book.mutate({
        trainingPartnerId: partnerId,
        title: "Sparraus",
        place: "Asukastila",
        date,
        startTime,
        endTime,
        ...extra,
      });
    await book("2027-03-26", "10:00", "11:00");
    await book("2027-03-29", "10:00", "11:30", { learnerId });
    await book("2027-10-29", "14:00", "15:00");
    await book("2027-11-01", "14:00", "15:00");
  }, 120_000);
  afterAll(() => api?.close());

  it("gives the trainer a feed whose events are the meetings, in Helsinki time across daylight saving", async () => {
    const { plugin } = await trainerOf(api);
    const { path } = await plugin.feeds.create.mutate();
    expect(path).toMatch(/^\/public\/kaikkien-jatkopolku\/kalenteri\/[A-Za-z0-9_-]{43}$/);
    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = await response.text();
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).not.toContain(learnerName);
    const events = parse(text);
    const rows = rowsOf<{
      id: string;
      starts_at: string | Date;
      ends_at: string | Date;
      learner_id: string | null;
    }>(
      await api.db.execute(sql`select id, starts_at, ends_at, learner_id from kaikkien_jatkopolku.meeting
        where training_id = ${trainingId}::uuid order by starts_at`),
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const event = events.find((e) => e.uid === `meeting-${row.id}@kaikkien-jatkopolku.polku`)!;
      expect(event).toBeDefined();
      expect(event.tzid).toBe("Europe/Helsinki");
      expect(event.start.toJSDate().getTime()).toBe(new Date(row.starts_at).getTime());
      expect(event.end.toJSDate().getTime()).toBe(new Date(row.ends_at).getTime());
      expect(event.location).toBe("Asukastila");
      expect(event.summary).toBe(
        `${row.learner_id ? "Oppijan tapaaminen" : "Tapaaminen"}: Sparraus (Mikkelin nuorisopalvelut, Kevään digiarki)`,
      );
    }
    // The wall clock stays where it was booked on both sides of each change; the instants move.
    const local = rows.map((row) => {
      const e = events.find((x) => x.uid === `meeting-${row.id}@kaikkien-jatkopolku.polku`)!;
      return `${e.start.toString()} ${new Date(row.starts_at).toISOString()}`;
    });
    expect(local).toEqual([
      "2027-03-26T10:00:00 2027-03-26T08:00:00.000Z",
      "2027-03-29T10:00:00 2027-03-29T07:00:00.000Z",
      "2027-10-29T14:00:00 2027-10-29T11:00:00.000Z",
      "2027-11-01T14:00:00 2027-11-01T12:00:00.000Z",
    ]);
    // The follow-up feedback day, four weeks after the last day, as an all-day event.
    const feedback = events.find((e) => e.uid === `feedback-${trainingId}@kaikkien-jatkopolku.polku`)!;
    expect(feedback.start.isDate).toBe(true);
    expect(feedback.start.toString()).toBe("2027-12-03");
    expect(feedback.summary).toBe("Jälkipalaute pyydetään: Kevään digiarki");
  });

  it("gives the partner contact its partnerships' meetings, and nothing after the feed is revoked", async () => {
    const partner = (await loginAs(api.url, "kumppani")).plugin<PluginRouter>(id);
    const meetings = await partner.partner.meetings.query({ trainingId });
    expect(meetings.map((m) => m.withLearner)).toEqual([false, true, false, false]);
    expect(Object.keys(meetings[0]!)).not.toContain("learnerId");
    // The workshop, no partner of this training, sees none of its meetings.
    const coach = (await loginAs(api.url, "valmentaja")).plugin<PluginRouter>(id);
    expect(await codeOf(coach.partner.meetings.query({ trainingId }))).toBe("FORBIDDEN");
    const { path } = await partner.feeds.create.mutate();
    const events = parse(await (await fetch(`${api.url}${path}`)).text());
    const ours = events.filter((e) => e.summary?.includes("Kevään digiarki"));
    expect(ours).toHaveLength(4);
    expect(events.some((e) => e.uid?.startsWith("feedback-"))).toBe(false);
    const [feed] = await partner.feeds.mine.query();
    await partner.feeds.revoke.mutate({ feedId: feed!.id });
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}/public/${id}/kalenteri/${"a".repeat(43)}`)).status).toBe(404);
    // Another person cannot end someone's feed, and the workshop coach has none to make.
    const { plugin } = await trainerOf(api);
    expect(await codeOf(plugin.feeds.revoke.mutate({ feedId: feed!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(coach.feeds.create.mutate())).toBe("FORBIDDEN");
  });

  it("opens a training's meetings in SQL to its partner organisation only", async () => {
    const count = (organisationId: string) =>
      inScope(
        api.db,
        { providerId: null, organisationId, personId: null, role: "partner_contact" },
        async (tx) =>
          rowsOf(
            await tx.execute(
              sql`select id from kaikkien_jatkopolku.meeting where training_id = ${trainingId}::uuid`,
            ),
          ).length,
      );
    const [workshop] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'workshop' limit 1`),
    );
    expect(await count(await partnerOrganisationId(api))).toBe(4);
    expect(await count(workshop!.id)).toBe(0);
    // And no one's feeds but one's own.
    const feeds = await inScope(
      api.db,
      { providerId: null, organisationId: workshop!.id, personId: null, role: "partner_contact" },
      async (tx) => rowsOf(await tx.execute(sql`select id from kaikkien_jatkopolku.calendar_feed`)).length,
    );
    expect(feeds).toBe(0);
  });

  it("cancels a meeting with who, when and why kept, leaves it out of the feeds, and deletes none", async () => {
    const { plugin } = await trainerOf(api);
    const before = await plugin.meetings.list.query({ trainingId });
    const target = before[2]!;
    await plugin.meetings.cancel.mutate({ meetingId: target.id, reason: "Kumppanin sairastuminen" });
    const after = await plugin.meetings.list.query({ trainingId });
    expect(after).toHaveLength(4);
    const cancelled = after.find((m) => m.id === target.id)!;
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(cancelled.cancelReason).toBe("Kumppanin sairastuminen");
    const [trainer] = rowsOf<{ name: string }>(
      await api.db.execute(
        sql`select first_name || ' ' || last_name as name from person where username = 'omaohjaaja'`,
      ),
    );
    expect(cancelled.cancelledByName).toBe(trainer!.name);
    expect(after.filter((m) => m.cancelledAt === null)).toHaveLength(3);
    expect(await codeOf(plugin.meetings.cancel.mutate({ meetingId: target.id }))).toBe("CONFLICT");
    // The partner sees it cancelled too; the feeds drop it.
    const partner = (await loginAs(api.url, "kumppani")).plugin<PluginRouter>(id);
    const seen = await partner.partner.meetings.query({ trainingId });
    expect(seen.filter((m) => m.cancelledAt !== null)).toHaveLength(1);
    const { path } = await plugin.feeds.create.mutate();
    const uids = parse(await (await fetch(`${api.url}${path}`)).text()).map((e) => e.uid);
    expect(uids).not.toContain(`meeting-${target.id}@kaikkien-jatkopolku.polku`);
    expect(uids.filter((u) => u.startsWith("meeting-"))).toHaveLength(3);
    // No silent deletion: the application role may not delete a meeting, even the trainer's own.
    const [row] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
      ),
    );
    const scope = {
      providerId: row!.provider_id,
      organisationId: row!.provider_id,
      personId: await personIdOf(api, "omaohjaaja"),
      role: "tutor" as const,
    };
    const deleted = await inScope(api.db, scope, (tx) =>
      tx.execute(sql`delete from kaikkien_jatkopolku.meeting where id = ${target.id}::uuid`),
    ).then(
      () => "OK",
      (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
    );
    expect(deleted).toBe("42501");
  });

  it("refuses a meeting that ends before it starts, and one in a closed training", async () => {
    const { plugin } = await trainerOf(api);
    const loaded = await plugin.trainings.get.query({ trainingId });
    const trainingPartnerId = loaded.partners[0]!.id;
    const book = (startTime: string, endTime: string) =>
      codeOf(
        plugin.meetings.book.mutate({
          trainingPartnerId,
          title: "Palaveri",
          date: "2027-04-01",
          startTime,
          endTime,
        }),
      );
    expect(await book("12:00", "11:00")).toBe("BAD_REQUEST");
    expect(await book("25:00", "26:00")).toBe("BAD_REQUEST");
    await plugin.trainings.close.mutate({ trainingId });
    expect(await book("12:00", "13:00")).toBe("CONFLICT");
  });
});
