/**
 * The follow-up feedback as the trainer sees it: each learner's answer (audited as a read of that
 * learner's data) and the training's summary.
 */
import { core } from "@polku/plugin-sdk/db";
import { and, asc, eq } from "@polku/plugin-sdk/drizzle";
import { Id, input, procedure, router } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { feedbackRequest, learner } from "../db/schema.ts";
import { findTraining } from "../load.ts";
import { feedbackSummary } from "../partner.ts";

export const feedbackRouter = router({
  results: procedure
    .meta({ permission: "jatkopolku.read" })
    .input(input(Schema.Struct({ trainingId: Id })))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      const answers = await ctx.tx
        .select({
          studentId: learner.studentId,
          firstName: core.student.firstName,
          lastName: core.student.lastName,
          sentAt: feedbackRequest.createdAt,
          expiresAt: feedbackRequest.expiresAt,
          answeredAt: feedbackRequest.usedAt,
          situation: feedbackRequest.situation,
          continuedWithPartner: feedbackRequest.continuedWithPartner,
          needs: feedbackRequest.needs,
          comment: feedbackRequest.comment,
        })
        .from(feedbackRequest)
        .innerJoin(
          learner,
          and(eq(learner.providerId, feedbackRequest.providerId), eq(learner.id, feedbackRequest.learnerId)),
        )
        .innerJoin(
          core.student,
          and(eq(core.student.providerId, learner.providerId), eq(core.student.id, learner.studentId)),
        )
        .where(and(eq(feedbackRequest.providerId, t.providerId), eq(feedbackRequest.trainingId, t.id)))
        .orderBy(asc(core.student.lastName), asc(core.student.firstName))
        .limit(500);
      if (answers.length > 0) {
        await ctx.audit(
          answers.map((a) => ({ providerId: t.providerId, studentId: a.studentId, action: "read" as const })),
        );
      }
      // The trainer sees every answer already, so the summary needs no minimum here.
      return {
        feedbackCreatedAt: t.feedbackCreatedAt,
        answers,
        summary: await feedbackSummary(ctx.tx, t.providerId, t.id, 1),
      };
    }),
});
