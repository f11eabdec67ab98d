/**
 * The follow-up feedback as the trainer sees it: the training's summary and its answers, anonymous.
 * The answers sit apart from the learners in a table no request role reads; a definer function gives
 * them without who gave them, only from MIN_ANSWERS answers up and in an order set by their content, so
 * no answer can be tied to a learner (nor by its place in the list). No learner's data is read here.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, procedure, router } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { findTraining } from "../load.ts";
import { feedbackSummary } from "../partner.ts";

export type FeedbackAnswer = {
  situation: number;
  continuedWithPartner: boolean | null;
  needs: string[];
  comment: string | null;
};

export const feedbackRouter = router({
  results: procedure
    .meta({ permission: "jatkopolku.read" })
    .input(input(Schema.Struct({ trainingId: Id })))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      const rows = rowsOf<{
        situation: number;
        continued_with_partner: boolean | null;
        needs: string[];
        comment: string | null;
      }>(
        await ctx.tx.execute(
          sql`select * from kaikkien_jatkopolku.feedback_answers(${t.providerId}::uuid, ${t.id}::uuid)`,
        ),
      );
      const answers: FeedbackAnswer[] = rows.map((r) => ({
        situation: r.situation,
        continuedWithPartner: r.continued_with_partner,
        needs: r.needs,
        comment: r.comment,
      }));
      return {
        feedbackCreatedAt: t.feedbackCreatedAt,
        answers,
        summary: await feedbackSummary(ctx.tx, t.providerId, t.id),
      };
    }),
});
