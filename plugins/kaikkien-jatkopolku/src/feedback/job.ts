/**
 * The follow-up feedback's job: when a training's follow-up weeks have passed since its last day (in
 * Helsinki), each learner gets a feedback request with a single-use link that expires, sent through the
 * core's notifications. Once across every API process, as the plugin's job role; a training's requests
 * and its mark commit together, so a training is asked once.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { newPublicToken, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { schedule } from "@polku/plugin-sdk/server";
import { FEEDBACK_VALID_DAYS } from "../vocabulary.ts";
import { feedbackPath } from "./token.ts";

/** Trainings handled in one run: the rest wait for the next (a run stays well inside its lease). */
const TRAININGS_PER_RUN = 50;

export const createFeedbackRequests = schedule({
  id: "create-feedback-requests",
  every: "15 minutes",
  run: async ({ tx, log }) => {
    const due = rowsOf<{ provider_id: string; id: string; name: string }>(
      await tx.execute(sql`select t.provider_id, t.id, t.name from kaikkien_jatkopolku.training t
        where t.feedback_created_at is null
          and t.ends_on + t.follow_up_weeks * 7 <= (now() at time zone 'Europe/Helsinki')::date
        order by t.ends_on, t.id limit ${TRAININGS_PER_RUN}`),
    );
    let sent = 0;
    let unreachable = 0;
    for (const t of due) {
      const learners = rowsOf<{ id: string }>(
        await tx.execute(sql`select l.id from kaikkien_jatkopolku.learner l
          where l.provider_id = ${t.provider_id}::uuid and l.training_id = ${t.id}::uuid`),
      );
      for (const l of learners) {
        const token = newPublicToken();
        const [created] = rowsOf<{ id: string; expires_on: string }>(
          await tx.execute(sql`insert into kaikkien_jatkopolku.feedback_request
              (provider_id, training_id, learner_id, token_hash, expires_at)
            values (${t.provider_id}::uuid, ${t.id}::uuid, ${l.id}::uuid, ${publicTokenHash(token)},
              now() + make_interval(days => ${FEEDBACK_VALID_DAYS}))
            on conflict (provider_id, learner_id) do nothing
            returning id, to_char(expires_at at time zone 'Europe/Helsinki', 'YYYY-MM-DD') as expires_on`),
        );
        if (!created) continue;
        const data = { trainingName: t.name, path: feedbackPath(token), expiresOn: created.expires_on };
        const [result] = rowsOf<{ sent: boolean }>(
          await tx.execute(sql`select kaikkien_jatkopolku.send_feedback_link(${t.provider_id}::uuid, ${created.id}::uuid,
            ${JSON.stringify(data)}::jsonb) as sent`),
        );
        if (result?.sent) sent++;
        else unreachable++;
      }
      await tx.execute(sql`update kaikkien_jatkopolku.training set feedback_created_at = now()
        where provider_id = ${t.provider_id}::uuid and id = ${t.id}::uuid`);
    }
    if (due.length > 0)
      log.info({ trainings: due.length, sent, unreachable }, "follow-up feedback requested");
  },
});
