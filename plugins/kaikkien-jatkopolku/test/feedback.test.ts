/**
 * The follow-up feedback end to end through the real API and scheduler: the job creates a request per
 * learner once the training's follow-up weeks have passed and sends its link through the core's
 * notifications; the link's public page answers once, refuses a used or expired link, and keeps only
 * the token's hash; the answers are anonymous (apart from the learners, in a table no request role
 * reads), and the trainer sees them and the aggregates, a partner only the aggregates, from five up.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { publicTokenHash } from "@polku/plugin-sdk/public-token";
import {
  inScope,
  loginAs,
  rowsOf,
  startTestApi,
  type TestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { startSmtpServer } from "@polku/plugin-sdk/testing/smtp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { feedbackLink } from "../src/feedback/template.ts";
import type { PluginRouter } from "../src/router.ts";
import { adults, dayFromToday, id, partnerOrganisationId, personIdOf, trainerOf } from "./support.ts";

/** "OK", or the SQLSTATE an SQL call failed with (42501 permission denied, 42703 no such column, 42883 no such function). */
const sqlState = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

const answer = (lines: string[]) => ({
  method: "POST",
  headers: { "content-type": "text/plain" },
  body: lines.map((l) => `${l}\r\n`).join(""),
});

describe.each(testDatabases())("kaikkien-jatkopolku follow-up feedback on $kind", ({ kind }) => {
  let api: TestApi;
  let trainingId: string;
  let links: Array<{ path: string; recipient: string | null; email: string | null }>;
  let providerId: string;
  const tokenOf = (i: number) => links[i]!.path.split("/").at(-1)!;
  /** SQL as the application role, as the trainer (a tutor of the training's provider). */
  const asTrainer = async <T>(run: (tx: Parameters<typeof inScope>[0]) => Promise<T>) =>
    inScope(
      api.db,
      { providerId, organisationId: null, personId: await personIdOf(api, "omaohjaaja"), role: "tutor" },
      run,
    );

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id] });
    const { plugin } = await trainerOf(api);
    // Ended seven weeks ago with six follow-up weeks: due. Another, ended last week, is not.
    ({ id: trainingId } = await plugin.trainings.create.mutate({
      name: "Digiarki",
      theme: "digital",
      startsOn: dayFromToday(-70),
      endsOn: dayFromToday(-49),
      followUpWeeks: 6,
    }));
    const notYet = await plugin.trainings.create.mutate({
      name: "Terveysarki",
      theme: "health",
      startsOn: dayFromToday(-20),
      endsOn: dayFromToday(-7),
    });
    await plugin.trainings.addPartner.mutate({
      trainingId,
      organisationId: await partnerOrganisationId(api),
      roles: ["after_care"],
    });
    for (const s of await adults(api, 6)) {
      await plugin.learners.add.mutate({
        trainingId,
        studentId: s.id,
        challenge: "Verkkoasiointi",
        personalGoal: "Asioin Kelassa verkossa",
      });
    }
    const [late] = await adults(api, 1, 6);
    await plugin.learners.add.mutate({
      trainingId: notYet.id,
      studentId: late!.id,
      challenge: "Uni",
      personalGoal: "Nukun paremmin",
    });
    // The job's time has come (the scheduler polls every 30 seconds).
    await api.db.execute(sql`update polku.job set next_run_at = now() - interval '1 second'
      where plugin = ${id} and job = 'create-feedback-requests'`);
    await vi.waitFor(
      async () => {
        const [row] = rowsOf<{ done: boolean }>(
          await api.db.execute(
            sql`select feedback_created_at is not null as done from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
          ),
        );
        expect(row?.done).toBe(true);
      },
      { timeout: 45_000, interval: 500 },
    );
    [{ provider_id: providerId }] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id from kaikkien_jatkopolku.training where id = ${trainingId}::uuid`,
      ),
    ) as [{ provider_id: string }];
    links = rowsOf<{ path: string; recipient: string | null; email: string | null }>(
      await api.db.execute(sql`select data->>'path' as path, recipient_person_id as recipient, recipient_email as email
        from notification n where source = ${id} and exists (select 1 from kaikkien_jatkopolku.feedback_request r
          where r.training_id = ${trainingId}::uuid and n.key = 'feedback:' || r.id::text) order by created_at, id`),
    );
  }, 120_000);
  afterAll(() => api?.close());

  it("creates one request per learner of a due training only, and sends each its link", async () => {
    expect(links).toHaveLength(6);
    for (const link of links)
      expect(link.path).toMatch(/^\/public\/kaikkien-jatkopolku\/palaute\/[A-Za-z0-9_-]{43}$/);
    expect(links.every((l) => l.recipient !== null || l.email !== null)).toBe(true);
    const [counts] = rowsOf<{ due: number; late: number }>(
      await api.db.execute(sql`select count(*) filter (where training_id = ${trainingId}::uuid)::int as due,
        count(*) filter (where training_id <> ${trainingId}::uuid)::int as late from kaikkien_jatkopolku.feedback_request`),
    );
    expect(counts!.due).toBe(6);
    const [late] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from kaikkien_jatkopolku.feedback_request r
        join kaikkien_jatkopolku.training t on t.provider_id = r.provider_id and t.id = r.training_id where t.name = 'Terveysarki'`),
    );
    expect(late!.n).toBe(0);
    // Only the token's hash is stored.
    const token = links[0]!.path.split("/").at(-1)!;
    const stored = rowsOf<{ token_hash: string }>(
      await api.db.execute(sql`select token_hash from kaikkien_jatkopolku.feedback_request`),
    );
    expect(stored.map((r) => r.token_hash)).toContain(publicTokenHash(token));
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
  });

  it("delivers each link by email through the core's notification worker, in Finnish", async () => {
    const smtp = await startSmtpServer();
    try {
      await api.delivery({ smtpUrl: smtp.url }).runOnce(new Date());
      // The demo's closed training was due too: its links went out in the same round.
      const ours = smtp.messages.filter((m) => m.subject === "Miten sinulla nyt menee? Palaute: Digiarki");
      const statuses = rowsOf<{ status: string }>(
        await api.db.execute(sql`select n.status from notification n join kaikkien_jatkopolku.feedback_request r
          on n.key = 'feedback:' || r.id::text where n.source = ${id} and r.training_id = ${trainingId}::uuid`),
      ).map((r) => r.status);
      expect(statuses).toHaveLength(6);
      expect(statuses.every((s) => s === "sent" || s === "no_email")).toBe(true);
      expect(ours.length).toBe(statuses.filter((s) => s === "sent").length);
      expect(ours.length).toBeGreaterThan(0);
      const sentLinks = links.map((l) => `https://polku.invalid${l.path}`);
      for (const mail of ours) expect(sentLinks.some((l) => mail.text?.includes(l))).toBe(true);
      // Once the mail is out, no token stays readable in the outbox: the link left the row with it.
      const stored = rowsOf<{ status: string; data: string; channels: string[] }>(
        await api.db.execute(sql`select n.status, n.data::text as data, n.channels from notification n
          join kaikkien_jatkopolku.feedback_request r on n.key = 'feedback:' || r.id::text
          where n.source = ${id} and r.training_id = ${trainingId}::uuid`),
      );
      const tokens = links.map((_, i) => tokenOf(i));
      for (const row of stored.filter((r) => r.status === "sent")) {
        expect(tokens.some((t) => row.data.includes(t))).toBe(false);
        expect(JSON.parse(row.data)).toMatchObject({ trainingName: "Digiarki", linkSent: true });
      }
      // Where no mail could go, the inbox is the link's only way to the learner: it stays there.
      for (const row of stored.filter((r) => r.status === "no_email" && r.channels.includes("inbox")))
        expect(tokens.some((t) => row.data.includes(t))).toBe(true);
      const inbox = feedbackLink.render(JSON.parse(stored.find((r) => r.status === "sent")!.data), "fi");
      expect(inbox.path).toBeUndefined();
      expect(inbox.body).toContain("lähetettiin sähköpostiisi");
    } finally {
      await smtp.close();
    }
  });

  it("answers once through the link, without an account, and refuses it after", async () => {
    const url = `${api.url}${links[0]!.path}`;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain("Digiarki");
    expect(await (await fetch(`${url}?kieli=sv`)).text()).toContain("Uppföljande respons");
    // A missing answer shows the form again with the errors.
    const incomplete = await fetch(url, answer(["needs=guidance"]));
    expect(incomplete.status).toBe(400);
    expect(await incomplete.text()).toContain("Valitse, miten asia on nyt.");
    const saved = await fetch(
      url,
      answer([
        "situation=4",
        "continued=yes",
        "needs=guidance",
        "needs=digital_help",
        "comment=Kiitos avusta",
      ]),
    );
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Kiitos palautteestasi!");
    const again = await fetch(url, answer(["situation=1", "continued=no"]));
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("Olet jo vastannut");
    expect((await fetch(url)).status).toBe(410);
    // The answer is stored apart from the request, with the training only: nothing ties it to the learner.
    const stored = rowsOf<{ situation: number; needs: string[]; comment: string }>(
      await api.db.execute(sql`select situation, needs, comment from kaikkien_jatkopolku.feedback_answer
        where training_id = ${trainingId}::uuid`),
    );
    expect(stored).toEqual([{ situation: 4, needs: ["guidance", "digital_help"], comment: "Kiitos avusta" }]);
    const columns = rowsOf<{ name: string }>(
      await api.db.execute(sql`select column_name as name from information_schema.columns
        where table_schema = 'kaikkien_jatkopolku' and table_name = 'feedback_answer' order by 1`),
    ).map((c) => c.name);
    expect(columns).toEqual([
      "comment",
      "continued_with_partner",
      "id",
      "needs",
      "provider_id",
      "situation",
      "training_id",
    ]);
  });

  it("keeps the answers out of the staff's reach in SQL as the application role", async () => {
    // The request rows hold no answer any more; the answers table and the token hashes are not theirs to read.
    expect(
      await sqlState(
        asTrainer(async (tx) =>
          tx.execute(sql`select learner_id, comment from kaikkien_jatkopolku.feedback_request`),
        ),
      ),
    ).toBe("42703");
    expect(
      await sqlState(
        asTrainer(async (tx) => tx.execute(sql`select * from kaikkien_jatkopolku.feedback_answer`)),
      ),
    ).toBe("42501");
    expect(
      await sqlState(
        asTrainer(async (tx) => tx.execute(sql`select token_hash from kaikkien_jatkopolku.feedback_request`)),
      ),
    ).toBe("42501");
    // Nor can they burn a link.
    expect(
      await sqlState(
        asTrainer(async (tx) =>
          tx.execute(
            sql`update kaikkien_jatkopolku.feedback_request set used_at = now() where training_id = ${trainingId}::uuid`,
          ),
        ),
      ),
    ).toBe("42501");
    // What they can read of a request tells only whether it was used.
    const seen = await asTrainer(async (tx) =>
      rowsOf<{ used: boolean }>(
        await tx.execute(sql`select used_at is not null as used from kaikkien_jatkopolku.feedback_request
          where training_id = ${trainingId}::uuid`),
      ),
    );
    expect(seen.filter((r) => r.used)).toHaveLength(1);
  });

  it("answers only by the link's own token, not by its stored hash", async () => {
    // Knowing the hash (from the table, as staff could before) answers nothing and leaves the link working.
    const state = await asTrainer(async (tx) =>
      rowsOf<{ state: string }>(
        await tx.execute(sql`select kaikkien_jatkopolku.answer_feedback(${publicTokenHash(tokenOf(2))}, 1, false,
          '{}'::text[], 'Vastasin toisen puolesta') as state`),
      ),
    );
    expect(state).toEqual([{ state: "unknown" }]);
    expect((await fetch(`${api.url}${links[2]!.path}`)).status).toBe(200);
  });

  it("refuses an expired link and an unknown one", async () => {
    const token = links[1]!.path.split("/").at(-1)!;
    await api.db.execute(sql`update kaikkien_jatkopolku.feedback_request set expires_at = now() - interval '1 minute'
      where token_hash = ${publicTokenHash(token)}`);
    const url = `${api.url}${links[1]!.path}`;
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("voimassaolo on päättynyt");
    expect((await fetch(url, answer(["situation=3", "continued=no"]))).status).toBe(410);
    const [row] = rowsOf<{ used: boolean }>(
      await api.db.execute(
        sql`select used_at is not null as used from kaikkien_jatkopolku.feedback_request where token_hash = ${publicTokenHash(token)}`,
      ),
    );
    expect(row?.used).toBe(false);
    expect((await fetch(`${api.url}/public/${id}/palaute/${"x".repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${api.url}/public/${id}/palaute/lyhyt`)).status).toBe(404);
  });

  it("shows the trainer every answer and the partner aggregates only from five answers up", async () => {
    const partner = (await loginAs(api.url, "kumppani")).plugin<PluginRouter>(id);
    const few = await partner.partner.feedback.query({ trainingId });
    expect(few).toMatchObject({
      requested: 6,
      answered: 1,
      averageSituation: null,
      continued: null,
      needs: null,
      minimum: 5,
    });
    // The floor of five is the function's own: a partner asking for a lower one gets nothing, and the
    // trainer sees neither figures nor answers below it either.
    const asPartner = {
      providerId: null,
      organisationId: await partnerOrganisationId(api),
      personId: await personIdOf(api, "kumppani"),
      role: "partner_contact",
    };
    expect(
      await sqlState(
        inScope(api.db, asPartner, async (tx) =>
          tx.execute(
            sql`select * from kaikkien_jatkopolku.feedback_summary(${providerId}::uuid, ${trainingId}::uuid, 1)`,
          ),
        ),
      ),
    ).toBe("42883");
    const { plugin } = await trainerOf(api);
    const early = await plugin.feedback.results.query({ trainingId });
    expect(early.summary).toMatchObject({ answered: 1, averageSituation: null, needs: null });
    expect(early.answers).toEqual([]);
    for (const link of links.slice(2)) {
      const saved = await fetch(
        `${api.url}${link.path}`,
        answer(["situation=2", "continued=no", "needs=guidance"]),
      );
      expect(saved.status).toBe(200);
    }
    const enough = await partner.partner.feedback.query({ trainingId });
    // (4 + 2 + 2 + 2 + 2) / 5 answers; one went on with a partner; guidance 5 times, digital help once.
    expect(enough).toMatchObject({
      answered: 5,
      averageSituation: 2.4,
      continued: 1,
      needs: { guidance: 5, digital_help: 1 },
    });
    const results = await plugin.feedback.results.query({ trainingId });
    expect(results.summary).toMatchObject({ answered: 5, averageSituation: 2.4 });
    // The five answers, without who gave them, in an order set by their content.
    expect(results.answers).toHaveLength(5);
    expect(results.answers.map((a) => a.situation)).toEqual([2, 2, 2, 2, 4]);
    expect(results.answers.at(-1)).toEqual({
      situation: 4,
      continuedWithPartner: true,
      needs: ["guidance", "digital_help"],
      comment: "Kiitos avusta",
    });
    expect(Object.keys(results.answers[0]!).sort()).toEqual([
      "comment",
      "continuedWithPartner",
      "needs",
      "situation",
    ]);
    // A partner does not get the answers themselves.
    const partnerAnswers = await inScope(api.db, asPartner, async (tx) =>
      rowsOf(
        await tx.execute(
          sql`select * from kaikkien_jatkopolku.feedback_answers(${providerId}::uuid, ${trainingId}::uuid)`,
        ),
      ),
    );
    expect(partnerAnswers).toEqual([]);
    const loaded = await plugin.trainings.get.query({ trainingId });
    expect(loaded.checklist.find((c) => c.item === "partners_informed")?.done).toBe(true);
    // The workshop, not a partner of this training, gets nothing.
    const coach = (await loginAs(api.url, "valmentaja")).plugin<PluginRouter>(id);
    await expect(coach.partner.feedback.query({ trainingId })).rejects.toThrow();
  });
});
