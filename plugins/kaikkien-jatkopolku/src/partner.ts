/**
 * The partner portal's procedures: a partner contact sees the trainings their organisation is a
 * partner of (its roles and lifecycle steps), the learners who agreed to share with it (only what each
 * agreed), and the follow-up feedback in aggregate (from MIN_ANSWERS answers up, never who said what).
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { asc, desc, sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, procedure, router } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { meeting, partnerStep, training, trainingPartner } from "./db/schema.ts";
import { findTraining } from "./load.ts";
import { MIN_ANSWERS } from "./vocabulary.ts";

const TrainingRef = Schema.Struct({ trainingId: Id });
const MAX_TRAININGS = 200;

export interface FeedbackSummary {
  requested: number;
  answered: number;
  /** NULL below the minimum number of answers. */
  averageSituation: number | null;
  continued: number | null;
  needs: Record<string, number> | null;
  minimum: number;
}

/** The aggregate of a training's follow-up feedback through the plugin's definer function. */
export async function feedbackSummary(
  tx: Parameters<typeof findTraining>[0],
  providerId: string,
  trainingId: string,
): Promise<FeedbackSummary> {
  const [row] = rowsOf<{
    requested: number;
    answered: number;
    average_situation: string | null;
    continued: number | null;
    needs: Record<string, number> | null;
  }>(
    await tx.execute(
      sql`select * from kaikkien_jatkopolku.feedback_summary(${providerId}::uuid, ${trainingId}::uuid)`,
    ),
  );
  return {
    requested: row?.requested ?? 0,
    answered: row?.answered ?? 0,
    averageSituation: row?.average_situation == null ? null : Number(row.average_situation),
    continued: row?.continued ?? null,
    needs: row?.needs ?? null,
    // The floor lives in the SQL function; this is only what the page tells.
    minimum: MIN_ANSWERS,
  };
}

export const partnerRouter = router({
  /** The trainings the partner is in (row-level security: its own partnerships only), newest first. */
  trainings: procedure.meta({ permission: "jatkopolku.partner" }).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        id: training.id,
        name: training.name,
        theme: training.theme,
        startsOn: training.startsOn,
        endsOn: training.endsOn,
        closedAt: training.closedAt,
        partnerId: trainingPartner.id,
        roles: trainingPartner.roles,
      })
      .from(trainingPartner)
      .innerJoin(
        training,
        sql`${training.providerId} = ${trainingPartner.providerId} and ${training.id} = ${trainingPartner.trainingId}`,
      )
      .orderBy(desc(training.startsOn), asc(training.name))
      .limit(MAX_TRAININGS);
    const steps = await ctx.tx
      .select({
        partnerId: partnerStep.trainingPartnerId,
        kind: partnerStep.kind,
        doneOn: partnerStep.doneOn,
        note: partnerStep.note,
      })
      .from(partnerStep)
      .limit(MAX_TRAININGS * 6);
    return rows.map((r) => ({ ...r, steps: steps.filter((s) => s.partnerId === r.partnerId) }));
  }),

  /** The learners of a training who agreed to share with this partner, each as far as they agreed. */
  learners: procedure
    .meta({ permission: "jatkopolku.partner" })
    .input(input(TrainingRef))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      const rows = rowsOf<{
        learner_id: string;
        student_id: string;
        first_name: string;
        last_name: string;
        personal_goal: string | null;
        continuation_path: string | null;
        carried_items: string[] | null;
      }>(
        await ctx.tx.execute(
          sql`select * from kaikkien_jatkopolku.partner_learners(${t.providerId}::uuid, ${t.id}::uuid)`,
        ),
      );
      if (rows.length > 0) {
        await ctx.audit(
          rows.map((r) => ({ providerId: t.providerId, studentId: r.student_id, action: "read" as const })),
        );
      }
      return rows.map((r) => ({
        learnerId: r.learner_id,
        firstName: r.first_name,
        lastName: r.last_name,
        personalGoal: r.personal_goal,
        continuationPath: r.continuation_path,
        carriedItems: r.carried_items,
      }));
    }),

  /**
   * The meetings of this partner's partnership in a training (row-level security: its own only), soonest
   * first; a learner's meeting says only that it is one, not whose.
   */
  meetings: procedure
    .meta({ permission: "jatkopolku.partner" })
    .input(input(TrainingRef))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      const rows = await ctx.tx
        .select({
          id: meeting.id,
          title: meeting.title,
          place: meeting.place,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          withLearner: sql<boolean>`${meeting.learnerId} is not null`,
          cancelledAt: meeting.cancelledAt,
        })
        .from(meeting)
        .where(sql`${meeting.providerId} = ${t.providerId} and ${meeting.trainingId} = ${t.id}`)
        .orderBy(asc(meeting.startsAt))
        .limit(500);
      return rows;
    }),

  /** The follow-up feedback in aggregate: the figures only from MIN_ANSWERS answers up. */
  feedback: procedure
    .meta({ permission: "jatkopolku.partner" })
    .input(input(TrainingRef))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      return feedbackSummary(ctx.tx, t.providerId, t.id);
    }),
});
