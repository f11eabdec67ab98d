/**
 * The fixes after the attack review and the usability walk: the trainings list counts its learners, a
 * meeting is not booked in the past, a cancellation is not undone in SQL, and the feedback link in the
 * outbox is readable by its recipient only (the provider's staff see the row again once 0006 has taken
 * the link off it).
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { inScope, rowsOf, startTestApi, type TestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adults, dayFromToday, id, partnerOrganisationId, personIdOf, trainerOf } from "./support.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

describe.each(testDatabases())("Kaikkien review fixes on $kind", ({ kind }) => {
  let api: TestApi;
  let trainingId = "";
  let partnerId = "";
  let providerId = "";

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
    const { plugin } = await trainerOf(api);
    ({ id: trainingId } = await plugin.trainings.create.mutate({
      name: "Laskettava",
      theme: "money",
      startsOn: dayFromToday(-5),
      endsOn: dayFromToday(25),
    }));
    ({ id: partnerId } = await plugin.trainings.addPartner.mutate({
      trainingId,
      organisationId: await partnerOrganisationId(api),
      roles: ["expertise"],
    }));
    for (const s of await adults(api, 3)) {
      await plugin.learners.add.mutate({ trainingId, studentId: s.id, challenge: "c", personalGoal: "g" });
    }
    [{ provider_id: providerId }] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
      ),
    ) as [{ provider_id: string }];
  }, 120_000);
  afterAll(() => api?.close());

  it("the trainings list counts each training's learners", async () => {
    const { plugin } = await trainerOf(api);
    const listed = (await plugin.trainings.list.query()).find((t) => t.id === trainingId);
    expect(listed?.learners).toBe(3);
  });

  it("refuses a meeting that would start in the past, naming the date, in Finnish too", async () => {
    const { plugin } = await trainerOf(api);
    const book = (date: string) =>
      plugin.meetings.book.mutate({
        trainingPartnerId: partnerId,
        title: "Myöhässä",
        date,
        startTime: "09:00",
        endTime: "10:00",
      });
    expect(await failure(book(dayFromToday(-1)))).toMatch(/(^|: )date: /);
    await expect(book(dayFromToday(2))).resolves.toHaveProperty("id");
  });

  it("SQL: a cancellation is not undone, and is made in the canceller's own name only", async () => {
    const { plugin } = await trainerOf(api);
    const book = () =>
      plugin.meetings.book.mutate({
        trainingPartnerId: partnerId,
        title: "Peruttava",
        date: dayFromToday(4),
        startTime: "12:00",
        endTime: "13:00",
      });
    const { id: cancelled } = await book();
    await plugin.meetings.cancel.mutate({ meetingId: cancelled });
    const { id: open } = await book();
    const teacher = {
      providerId,
      organisationId: providerId,
      personId: await personIdOf(api, "opettaja"),
      role: "teacher",
    };
    const undo = await failure(
      inScope(api.db, teacher, (tx) =>
        tx.execute(sql`update kaikkien_jatkopolku.meeting set cancelled_at = null, cancelled_by = null
          where id = ${cancelled}::uuid`),
      ),
    );
    const trainer = await personIdOf(api, "omaohjaaja");
    const inAnothersName = await failure(
      inScope(api.db, teacher, (tx) =>
        tx.execute(sql`update kaikkien_jatkopolku.meeting set cancelled_at = now(),
          cancelled_by = ${trainer}::uuid where id = ${open}::uuid`),
      ),
    );
    const retitled = await failure(
      inScope(api.db, teacher, (tx) =>
        tx.execute(sql`update kaikkien_jatkopolku.meeting set title = 'Muu' where id = ${open}::uuid`),
      ),
    );
    expect({ undo, inAnothersName, retitled }).toEqual({
      undo: "42501",
      inAnothersName: "42501",
      retitled: "42501",
    });
  });

  it("SQL: a feedback link still in the outbox is its recipient's to read, not the staff's", async () => {
    const recipient = await personIdOf(api, "opiskelija");
    const row = (key: string, data: object) => sql`insert into notification (provider_id, source, key,
        recipient_person_id, template, data, channels, status)
      values (${providerId}::uuid, ${id}, ${key}, ${recipient}::uuid, 'kaikkien-jatkopolku.feedbackLink',
        ${JSON.stringify(data)}::jsonb, array['email', 'inbox'], 'no_email')`;
    await api.db.execute(
      row("review-fixes:live", { trainingName: "T", path: "/x/live", expiresOn: "2027-01-01" }),
    );
    await api.db.execute(
      row("review-fixes:gone", { trainingName: "T", expiresOn: "2027-01-01", linkSent: true }),
    );
    const read = (scope: { personId: string; role: string }) =>
      inScope(api.db, { providerId, organisationId: providerId, ...scope }, async (tx) =>
        rowsOf<{ key: string }>(
          await tx.execute(sql`select key from notification where key like 'review-fixes:%' order by key`),
        ).map((r) => r.key),
      );
    expect({
      recipient: await read({ personId: recipient, role: "student" }),
      teacher: await read({ personId: await personIdOf(api, "opettaja"), role: "teacher" }),
    }).toEqual({
      recipient: ["review-fixes:gone", "review-fixes:live"],
      teacher: ["review-fixes:gone"],
    });
  });
});
