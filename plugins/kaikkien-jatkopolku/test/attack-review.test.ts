/**
 * Attack review of what landed with migrations 0006 (the feedback link dropped from the outbox after
 * delivery) and 0007 (meetings cancelled, never deleted), and goal editing: through the real API as
 * the demo's roles and the other provider, and through SQL as the application role with a person's
 * scope. A failing test here is a hole; see the report.
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
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { adults, dayFromToday, id, partnerOrganisationId, personIdOf, trainerOf } from "./support.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => error.message,
  );

describe.each(testDatabases())("Kaikkien attack review on $kind", ({ kind }) => {
  let api: TestApi;
  let trainingId = "";
  let partnerId = "";
  let learnerId = "";
  let meetingId = "";
  let providerId = "";
  let dueTrainingId = "";

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
    const { plugin } = await trainerOf(api);
    ({ id: trainingId } = await plugin.trainings.create.mutate({
      name: "Arjen taidot",
      theme: "money",
      startsOn: dayFromToday(-10),
      endsOn: dayFromToday(20),
    }));
    ({ id: partnerId } = await plugin.trainings.addPartner.mutate({
      trainingId,
      organisationId: await partnerOrganisationId(api),
      roles: ["expertise"],
    }));
    const [a, ...rest] = await adults(api, 4);
    ({ id: learnerId } = await plugin.learners.add.mutate({
      trainingId,
      studentId: a!.id,
      challenge: "Laskut",
      personalGoal: "Budjetti",
    }));
    ({ id: meetingId } = await plugin.meetings.book.mutate({
      trainingPartnerId: partnerId,
      learnerId,
      title: "Aloitus",
      date: dayFromToday(3),
      startTime: "10:00",
      endTime: "11:00",
    }));
    [{ provider_id: providerId }] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
      ),
    ) as [{ provider_id: string }];
    // A training whose follow-up feedback is due: the scheduler writes the learners' links to the outbox.
    ({ id: dueTrainingId } = await plugin.trainings.create.mutate({
      name: "Digiarki",
      theme: "digital",
      startsOn: dayFromToday(-70),
      endsOn: dayFromToday(-49),
      followUpWeeks: 6,
    }));
    for (const s of rest) {
      await plugin.learners.add.mutate({
        trainingId: dueTrainingId,
        studentId: s.id,
        challenge: "Verkkoasiointi",
        personalGoal: "Asioin verkossa",
      });
    }
    await api.db.execute(sql`update polku.job set next_run_at = now() - interval '1 second'
      where plugin = ${id} and job = 'create-feedback-requests'`);
    await vi.waitFor(
      async () => {
        const [row] = rowsOf<{ done: boolean }>(
          await api.db.execute(sql`select feedback_created_at is not null as done
            from kaikkien_jatkopolku.training where id = ${dueTrainingId}::uuid`),
        );
        expect(row?.done).toBe(true);
      },
      { timeout: 45_000, interval: 500 },
    );
  }, 120_000);
  afterAll(() => api?.close());

  const asTrainer = async () => ({
    providerId,
    organisationId: providerId,
    personId: await personIdOf(api, "omaohjaaja"),
    role: "tutor" as const,
  });

  it("the other provider, the partner, the student and the guardian cancel and edit nothing", async () => {
    const harju = (await loginAs(api.url, "harju.ohjaaja")).plugin<PluginRouter>(id);
    expect(await codeOf(harju.meetings.cancel.mutate({ meetingId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        harju.learners.update.mutate({ learnerId, challenge: "x", personalGoal: "Harjun tavoite" }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(harju.meetings.list.query({ trainingId }))).toBe("NOT_FOUND");
    for (const user of ["kumppani", "opiskelija", "huoltaja", "yritys"]) {
      const plugin = (await loginAs(api.url, user)).plugin<PluginRouter>(id);
      expect(await codeOf(plugin.meetings.cancel.mutate({ meetingId }))).toBe("FORBIDDEN");
      expect(
        await codeOf(plugin.learners.update.mutate({ learnerId, challenge: "x", personalGoal: "y" })),
      ).toBe("FORBIDDEN");
    }
  });

  it("bad input to goal editing and cancelling is a 400 naming the field, never a 5xx", async () => {
    const { plugin } = await trainerOf(api);
    expect(
      await messageOf(plugin.learners.update.mutate({ learnerId, challenge: "a\u0000b", personalGoal: "y" })),
    ).toMatch(/(^|: )challenge: /);
    expect(
      await messageOf(
        plugin.learners.update.mutate({ learnerId, challenge: "x", personalGoal: "y".repeat(2001) }),
      ),
    ).toMatch(/(^|: )personalGoal: /);
    expect(await messageOf(plugin.meetings.cancel.mutate({ meetingId, reason: "r".repeat(501) }))).toMatch(
      /(^|: )reason: /,
    );
    // Ids of the wrong kind: a learner's id for a meeting's, a meeting's for a learner's.
    expect(await codeOf(plugin.meetings.cancel.mutate({ meetingId: learnerId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        plugin.learners.update.mutate({ learnerId: meetingId, challenge: "x", personalGoal: "y" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("SQL: a cancelled meeting keeps who cancelled it; staff cannot rewrite or undo it, nor delete it", async () => {
    const { plugin } = await trainerOf(api);
    const { id: other } = await plugin.meetings.book.mutate({
      trainingPartnerId: partnerId,
      title: "Väliarvio",
      date: dayFromToday(5),
      startTime: "12:00",
      endTime: "13:00",
    });
    await plugin.meetings.cancel.mutate({ meetingId: other, reason: "Sairastuminen" });
    const teacher = {
      providerId,
      organisationId: providerId,
      personId: await personIdOf(api, "opettaja"),
      role: "teacher" as const,
    };
    expect(
      await failure(
        inScope(api.db, teacher, (tx) =>
          tx.execute(sql`delete from kaikkien_jatkopolku.meeting where id = ${other}::uuid`),
        ),
      ),
    ).toBe("42501");
    const rewrite = await failure(
      inScope(api.db, teacher, (tx) =>
        tx.execute(sql`update kaikkien_jatkopolku.meeting set cancelled_by = ${teacher.personId}::uuid,
          cancel_reason = 'Kouluttaja ei vaivautunut', cancelled_at = now() - interval '30 days'
          where id = ${other}::uuid`),
      ),
    );
    const [row] = rowsOf<{ by: string; reason: string }>(
      await api.db.execute(sql`select cancelled_by as by, cancel_reason as reason
        from kaikkien_jatkopolku.meeting where id = ${other}::uuid`),
    );
    expect({ rewrite, row }).toEqual({
      rewrite: "42501",
      row: { by: await personIdOf(api, "omaohjaaja"), reason: "Sairastuminen" },
    });
  });

  it("a closed training's goals are not edited any more (as its items and meetings are not)", async () => {
    const { plugin } = await trainerOf(api);
    const [s] = await adults(api, 1, 5);
    const { id: closing } = await plugin.trainings.create.mutate({
      name: "Suljettava",
      theme: "money",
      startsOn: dayFromToday(-30),
      endsOn: dayFromToday(-1),
    });
    const { id: l } = await plugin.learners.add.mutate({
      trainingId: closing,
      studentId: s!.id,
      challenge: "c",
      personalGoal: "g",
    });
    await plugin.trainings.close.mutate({ trainingId: closing });
    expect(await codeOf(plugin.learners.addItem.mutate({ learnerId: l, text: "t" }))).toBe("CONFLICT");
    expect(
      await codeOf(plugin.learners.update.mutate({ learnerId: l, challenge: "c", personalGoal: "muutettu" })),
    ).toBe("CONFLICT");
  });

  it("SQL: the provider's staff cannot read a learner's live feedback link out of the outbox", async () => {
    // Before the worker's delivery (and for good where the mail cannot go and the inbox carries the
    // link: 'no_email' with the inbox channel) the token sits in the row's data.
    const [all] = rowsOf<{ n: number }>(
      await api.db.execute(
        sql`select count(*)::int as n from notification where template = 'kaikkien-jatkopolku.feedbackLink'`,
      ),
    );
    expect(all!.n).toBeGreaterThan(0);
    // A teacher of the provider (not the learner, not even the trainer) reads the tokens and could
    // answer in the learners' place.
    for (const username of ["opettaja", "omaohjaaja"]) {
      const scope = { ...(await asTrainer()), personId: await personIdOf(api, username) };
      if (username === "opettaja") scope.role = "teacher" as "tutor";
      const paths = await inScope(api.db, scope, async (tx) =>
        rowsOf<{ path: string }>(
          await tx.execute(sql`select data->>'path' as path from notification
            where template = 'kaikkien-jatkopolku.feedbackLink' and data ? 'path'`),
        ),
      );
      expect({ username, readable: paths.length }).toEqual({ username, readable: 0 });
    }
  });

  it("SQL: the partner and the other provider's staff neither cancel nor read another's meetings", async () => {
    const partnerOrg = await partnerOrganisationId(api);
    const [harju] = rowsOf<{ org: string; person: string }>(
      await api.db.execute(sql`select m.organisation_id as org, m.person_id as person from membership m
        join person p on p.id = m.person_id where p.username = 'harju.ohjaaja' limit 1`),
    );
    const [partnerPerson] = rowsOf<{ id: string }>(
      await api.db.execute(
        sql`select m.person_id as id from membership m where m.organisation_id = ${partnerOrg}::uuid limit 1`,
      ),
    );
    const scopes = [
      {
        providerId: null,
        organisationId: partnerOrg,
        personId: partnerPerson?.id ?? null,
        role: "partner_contact",
      },
      { providerId: harju!.org, organisationId: harju!.org, personId: harju!.person, role: "tutor" },
    ];
    const seen: unknown[] = [];
    for (const scope of scopes) {
      seen.push(
        await inScope(api.db, scope, async (tx) => ({
          role: scope.role,
          cancelled: rowsOf(
            await tx.execute(sql`update kaikkien_jatkopolku.meeting set cancelled_at = now(),
              cancelled_by = ${scope.personId}::uuid where id = ${meetingId}::uuid returning 1`),
          ).length,
        })),
      );
    }
    const harjuRead = await inScope(api.db, scopes[1]!, async (tx) =>
      rowsOf(
        await tx.execute(
          sql`select 1 from kaikkien_jatkopolku.meeting where provider_id = ${providerId}::uuid`,
        ),
      ),
    );
    expect({ seen, harjuRead: harjuRead.length }).toEqual({
      seen: [
        { role: "partner_contact", cancelled: 0 },
        { role: "tutor", cancelled: 0 },
      ],
      harjuRead: 0,
    });
  });
});
