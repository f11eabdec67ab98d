import { core, rowsOf } from "@polku/plugin-sdk/db";
import { and, desc, eq, ne, sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { handover } from "./db/schema.ts";

export { assessmentAreas, MIN_RESPONDENTS } from "./self-assessment-areas.ts";

const Score = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 5 }));
const AnswerInput = Schema.Struct({
  handoverId: Id,
  selfKnowledge: Score,
  socialSkills: Score,
  everydayLife: Score,
  studyWorkReadiness: Score,
  lifeManagement: Score,
});

export interface AssessmentResult {
  period: string;
  /** Null below seven respondents. */
  respondents: number | null;
  self_knowledge: string | null;
  social_skills: string | null;
  everyday_life: string | null;
  study_work_readiness: string | null;
  life_management: string | null;
}

/**
 * The anonymous end-of-period self-assessment (migration 0011): the coachee answers through one definer
 * function that keeps no link from the answer to them; results are averages from seven respondents up.
 */
export const selfAssessmentRouter = router({
  /** The coachee's own paths with a workshop, and whether each is answered already. */
  mine: procedure.meta({ permission: "selfAssessment.answer" }).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        id: handover.id,
        providerId: handover.providerId,
        studentId: handover.studentId,
        workshopName: core.organisation.name,
        status: handover.status,
        answered: sql<boolean>`exists (select 1 from esedu_workshop_handover.self_assessment_done d
          where d.provider_id = ${handover.providerId} and d.handover_id = ${handover.id})`,
      })
      .from(handover)
      .innerJoin(core.organisation, eq(core.organisation.id, handover.workshopId))
      .where(and(ne(handover.status, "withdrawn")))
      .orderBy(desc(handover.createdAt))
      .limit(20);
    await ctx.audit(
      rows.map((r) => ({ providerId: r.providerId, studentId: r.studentId, action: "read" as const })),
    );
    return rows.map(({ providerId, studentId, ...r }) => r);
  }),

  answer: procedure
    .meta({ permission: "selfAssessment.answer" })
    .input(input(AnswerInput))
    .mutation(async ({ ctx, input: a }) => {
      const [found] = await ctx.tx
        .select({ providerId: handover.providerId })
        .from(handover)
        .where(eq(handover.id, a.handoverId));
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "The handover was not found." });
      try {
        // A savepoint: a second answer's unique violation must not abort the request's transaction.
        await ctx.tx.transaction((tx) =>
          tx.execute(sql`select esedu_workshop_handover.answer_self_assessment(${found.providerId}::uuid,
            ${a.handoverId}::uuid, ${a.selfKnowledge}::smallint, ${a.socialSkills}::smallint,
            ${a.everydayLife}::smallint, ${a.studyWorkReadiness}::smallint, ${a.lifeManagement}::smallint)`),
        );
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code === "23505") {
          throw new TRPCError({ code: "CONFLICT", message: "The self-assessment is answered already." });
        }
        throw error;
      }
      // No audit entry names the student here: it would link the answer's moment to them.
      return { ok: true as const };
    }),

  /** Per half-year: respondents from seven up, and the averages once the half-year has ended (null else). */
  results: procedure
    .meta({ permission: "handover.read" })
    .query(async ({ ctx }) =>
      rowsOf<AssessmentResult>(
        await ctx.tx.execute(sql`select * from esedu_workshop_handover.self_assessment_results()`),
      ),
    ),
});
