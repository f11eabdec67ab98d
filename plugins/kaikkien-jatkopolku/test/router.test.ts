/**
 * The trainer's training through the real API: partners and their roles, the lifecycle steps, learners
 * with their goals and continuation paths, consent per partner, closing (what is unresolved is carried
 * into the continuation path) and the checklist. And access: a partner sees a training's learners only
 * as each agreed, through the API and through SQL as the application role; nobody else sees them.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  codeOf,
  inScope,
  loginAs,
  makeClient,
  rowsOf,
  startTestApi,
  type TestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { adults, dayFromToday, id, partnerOrganisationId, personIdOf, trainerOf } from "./support.ts";

describe.each(testDatabases())("kaikkien-jatkopolku trainings on $kind", ({ kind }) => {
  let api: TestApi;
  let trainingId: string;
  let partnerId: string;
  let sharing: { id: string; studentId: string };
  let notSharing: { id: string; studentId: string };

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id], jobs: false });
    const { plugin } = await trainerOf(api);
    ({ id: trainingId } = await plugin.trainings.create.mutate({
      name: "Arjen raha-asiat",
      theme: "money",
      startsOn: dayFromToday(-10),
      endsOn: dayFromToday(20),
    }));
    const organisationId = await partnerOrganisationId(api);
    ({ id: partnerId } = await plugin.trainings.addPartner.mutate({
      trainingId,
      organisationId,
      roles: ["expertise", "after_care"],
    }));
    const [a, b] = await adults(api, 2);
    const first = await plugin.learners.add.mutate({
      trainingId,
      studentId: a!.id,
      challenge: "Laskut jäävät maksamatta",
      personalGoal: "Teen kuukauden budjetin",
      continuationPath: "Talous- ja velkaneuvonta kumppanin kanssa",
    });
    const second = await plugin.learners.add.mutate({
      trainingId,
      studentId: b!.id,
      challenge: "Verkkopankki on vaikea",
      personalGoal: "Maksan laskut verkkopankissa",
      continuationPath: "Digituki kirjastossa",
    });
    sharing = { id: first.id, studentId: a!.id };
    notSharing = { id: second.id, studentId: b!.id };
    await plugin.learners.addItem.mutate({ learnerId: sharing.id, text: "Velkojen järjestely" });
    const done = await plugin.learners.addItem.mutate({ learnerId: sharing.id, text: "Budjettipohja" });
    await plugin.learners.resolveItem.mutate({ itemId: done.id });
    // The first learner agrees to share the goal (not the continuation path) with the partner.
    await plugin.learners.consent.mutate({
      learnerId: sharing.id,
      trainingPartnerId: partnerId,
      shareGoal: true,
      shareContinuation: false,
    });
  }, 120_000);
  afterAll(() => api?.close());

  it("records the partner's lifecycle and works the checklist out from what is recorded", async () => {
    const { plugin } = await trainerOf(api);
    const before = await plugin.trainings.get.query({ trainingId });
    expect(before.partners).toHaveLength(1);
    expect(before.partners[0]).toMatchObject({
      name: "Mikkelin nuorisopalvelut",
      roles: ["expertise", "after_care"],
    });
    const done = (items: typeof before.checklist) => Object.fromEntries(items.map((i) => [i.item, i.done]));
    expect(done(before.checklist)).toMatchObject({
      goal_includes_path: true,
      partners_committed: false,
      continuation_ensured: true,
    });
    await plugin.trainings.recordStep.mutate({
      trainingPartnerId: partnerId,
      kind: "kickoff",
      doneOn: dayFromToday(-30),
      note: "Hyödyt: uusia asiakkaita talousneuvontaan",
    });
    await plugin.trainings.recordStep.mutate({
      trainingPartnerId: partnerId,
      kind: "agreement",
      doneOn: dayFromToday(-20),
      note: "Rooli: sparraus 2 kertaa; resurssit: neuvoja 4 h",
    });
    const after = await plugin.trainings.get.query({ trainingId });
    expect(after.partners[0]!.steps.map((s) => s.kind).sort()).toEqual(["agreement", "kickoff"]);
    expect(done(after.checklist)).toMatchObject({
      partners_committed: true,
      partners_thanked: false,
      realistic_path: false,
    });
    expect(
      await codeOf(
        plugin.trainings.recordStep.mutate({
          trainingPartnerId: partnerId,
          kind: "reward",
          doneOn: dayFromToday(0),
          note: "",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("lets the partner see only the learners who agreed, and only what they agreed to", async () => {
    const partner = (await loginAs(api.url, "kumppani")).plugin<PluginRouter>(id);
    const trainings = await partner.partner.trainings.query();
    expect(trainings.map((t) => t.id)).toContain(trainingId);
    const learners = await partner.partner.learners.query({ trainingId });
    expect(learners).toHaveLength(1);
    expect(learners[0]).toMatchObject({
      learnerId: sharing.id,
      personalGoal: "Teen kuukauden budjetin",
      continuationPath: null,
      carriedItems: null,
    });
    // The trainer's own view is not the partner's.
    expect(await codeOf(partner.trainings.get.query({ trainingId }))).toBe("FORBIDDEN");
    // Another provider's tutor, the student and no one at all see nothing of it.
    const other = (await loginAs(api.url, "harju.ohjaaja")).plugin<PluginRouter>(id);
    expect(await codeOf(other.trainings.get.query({ trainingId }))).toBe("NOT_FOUND");
    expect((await other.trainings.list.query()).map((t) => t.id)).not.toContain(trainingId);
    const student = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(id);
    expect(await codeOf(student.trainings.list.query())).toBe("FORBIDDEN");
    expect(await codeOf(makeClient(api.url).plugin<PluginRouter>(id).partner.trainings.query())).toBe(
      "UNAUTHORIZED",
    );
  });

  it("holds the same wall in SQL as the application role", async () => {
    const organisationId = await partnerOrganisationId(api);
    const personId = await personIdOf(api, "kumppani");
    const scope = { providerId: null, organisationId, personId, role: "partner_contact" };
    const seen = await inScope(api.db, scope, async (tx) => ({
      learnerRows: rowsOf(await tx.execute(sql`select * from kaikkien_jatkopolku.learner`)).length,
      consentRows: rowsOf(await tx.execute(sql`select * from kaikkien_jatkopolku.learner_consent`)).length,
      itemRows: rowsOf(await tx.execute(sql`select * from kaikkien_jatkopolku.open_item`)).length,
      trainings: rowsOf<{ id: string }>(
        await tx.execute(sql`select id from kaikkien_jatkopolku.training`),
      ).map((r) => r.id),
      viaFunction: rowsOf<{
        learner_id: string;
        personal_goal: string | null;
        continuation_path: string | null;
      }>(
        await tx.execute(sql`select learner_id, personal_goal, continuation_path from kaikkien_jatkopolku.partner_learners(
          (select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid), ${trainingId}::uuid)`),
      ),
    }));
    // The demo's trainings with the same partner are there too; this one is.
    expect(seen.trainings).toContain(trainingId);
    expect({ ...seen, trainings: [] }).toEqual({
      learnerRows: 0,
      consentRows: 0,
      itemRows: 0,
      trainings: [],
      viaFunction: [
        { learner_id: sharing.id, personal_goal: "Teen kuukauden budjetin", continuation_path: null },
      ],
    });
    const [{ provider_id: providerId }] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
      ),
    ) as [{ provider_id: string }];
    // Another partner organisation (the workshop) sees neither the training nor its learners.
    const [workshop] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'workshop' limit 1`),
    );
    const outsider = await inScope(
      api.db,
      { providerId: null, organisationId: workshop!.id, personId: null, role: "partner_contact" },
      async (tx) => ({
        trainings: rowsOf(await tx.execute(sql`select id from kaikkien_jatkopolku.training`)).length,
        learners: rowsOf(
          await tx.execute(sql`select * from kaikkien_jatkopolku.partner_learners(
        ${providerId}::uuid, ${trainingId}::uuid)`),
        ).length,
        steps: rowsOf(await tx.execute(sql`select * from kaikkien_jatkopolku.partner_step`)).length,
      }),
    );
    expect(outsider).toEqual({ trainings: 0, learners: 0, steps: 0 });
    // A partner cannot write the trainer's rows, whatever its SQL says.
    const writes = await inScope(
      api.db,
      scope,
      async (tx) =>
        rowsOf(await tx.execute(sql`update kaikkien_jatkopolku.learner set personal_goal = 'x' returning id`))
          .length,
    );
    expect(writes).toBe(0);
  });

  it("carries what stays unresolved into the continuation path, which the partner sees once agreed", async () => {
    const { plugin } = await trainerOf(api);
    // The goal and its path are agreed on the way: the trainer records the change with the learner.
    await plugin.learners.update.mutate({
      learnerId: sharing.id,
      challenge: "Laskut jäävät maksamatta",
      personalGoal: "Teen kuukauden budjetin ja pidän siitä kiinni",
      continuationPath: "Talous- ja velkaneuvonta kumppanin kanssa, sitten työnhaku",
    });
    expect(
      await codeOf(
        plugin.learners.update.mutate({ learnerId: sharing.id, challenge: "x", personalGoal: "" }),
      ),
    ).toBe("BAD_REQUEST");
    const [updated] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log where student_id = ${sharing.studentId}::uuid
        and action = 'update' and procedure like 'plugins.kaikkien-jatkopolku.learners.update%'`),
    );
    expect(updated!.n).toBe(1);
    await plugin.learners.consent.mutate({
      learnerId: sharing.id,
      trainingPartnerId: partnerId,
      shareGoal: true,
      shareContinuation: true,
    });
    const closed = await plugin.trainings.close.mutate({ trainingId });
    expect(closed.carried).toBe(1);
    const loaded = await plugin.trainings.get.query({ trainingId });
    const items = loaded.learners.find((l) => l.id === sharing.id)!.items;
    expect(items.map((i) => [i.text, i.status])).toEqual([
      ["Velkojen järjestely", "carried"],
      ["Budjettipohja", "resolved"],
    ]);
    expect(await codeOf(plugin.trainings.close.mutate({ trainingId }))).toBe("CONFLICT");
    expect(await codeOf(plugin.learners.addItem.mutate({ learnerId: sharing.id, text: "Myöhässä" }))).toBe(
      "CONFLICT",
    );
    const partner = (await loginAs(api.url, "kumppani")).plugin<PluginRouter>(id);
    const [seen] = await partner.partner.learners.query({ trainingId });
    expect(seen).toMatchObject({
      personalGoal: "Teen kuukauden budjetin ja pidän siitä kiinni",
      continuationPath: "Talous- ja velkaneuvonta kumppanin kanssa, sitten työnhaku",
      carriedItems: ["Velkojen järjestely"],
    });
    // Withdrawing the consent ends the partner's view at once.
    await plugin.learners.withdrawConsent.mutate({ learnerId: sharing.id, trainingPartnerId: partnerId });
    expect(await partner.partner.learners.query({ trainingId })).toEqual([]);
    // Each read of a learner's data by the partner is in that learner's audit trail.
    const [audited] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log where student_id = ${sharing.studentId}::uuid
        and actor_role = 'partner_contact' and procedure like 'plugins.kaikkien-jatkopolku.partner.learners%'`),
    );
    expect(audited!.n).toBeGreaterThanOrEqual(2);
    // The learner who never agreed is nowhere in the partner's trail.
    const [never] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log where student_id = ${notSharing.studentId}::uuid
        and actor_role = 'partner_contact'`),
    );
    expect(never!.n).toBe(0);
  });

  it("refuses a minor as a learner and a training that ends before it starts", async () => {
    const { tutor, plugin } = await trainerOf(api);
    const minor = (await tutor.trpc.students.list.query({ limit: 200 })).find((s) => s.minor)!;
    const open = await plugin.trainings.create.mutate({
      name: "Terveys",
      theme: "health",
      startsOn: dayFromToday(0),
      endsOn: dayFromToday(9),
    });
    expect(
      await codeOf(
        plugin.learners.add.mutate({
          trainingId: open.id,
          studentId: minor.id,
          challenge: "x",
          personalGoal: "y",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        plugin.trainings.create.mutate({
          name: "Väärin",
          theme: "health",
          startsOn: dayFromToday(5),
          endsOn: dayFromToday(1),
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
