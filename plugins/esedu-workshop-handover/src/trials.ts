import { canTransitionStep, localDateIn, type StepStatus } from "@polku/domain";
import { core, type Database, rowsOf, studentCard } from "@polku/plugin-sdk/db";
import { and, asc, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import {
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  procedure,
  recordStep,
  router,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { requireAgreedService } from "./agreements.ts";
import { workTrial } from "./db/schema.ts";
import { assertActive, findHandover } from "./handover-query.ts";
import { organisationNote } from "./step-notes.ts";

/** The refusal when the handover's service agreement leaves this service out. */
const noTrialsMessage = "The service agreement does not include work trials.";

const { organisation, pathwayStep } = core;

const RecordTrialInput = Schema.Struct({
  handoverId: Id,
  companyId: Id,
  startsOn: LocalDateInput,
  endsOn: LocalDateInput,
  goals: MultiLineText(2000),
});

const FeedbackInput = Schema.Struct({
  trialId: Id,
  // Feedback with no words tells the coach nothing: the form says so at the field.
  feedback: MultiLineText(4000).check(Schema.isMinLength(1, { message: "Write how the trial went." })),
  wouldHire: Schema.Boolean,
});

const TrialRef = Schema.Struct({ trialId: Id });

/** A company has a handful of trials going at once, a workshop some dozens a year: a hard cap. */
const MAX_TRIALS = 500;

/** What a trial company sees: who, when, what for, and its own feedback. Nothing of the packet. */
const companyColumns = {
  id: workTrial.id,
  providerId: workTrial.providerId,
  studentId: workTrial.studentId,
  firstName: studentCard.firstName,
  lastName: studentCard.lastName,
  workshopName: organisation.name,
  startsOn: workTrial.startsOn,
  endsOn: workTrial.endsOn,
  goals: workTrial.goals,
  status: workTrial.status,
  feedback: workTrial.feedback,
  wouldHire: workTrial.wouldHire,
  feedbackAt: workTrial.feedbackAt,
};

/**
 * The trial's step on the pathway ends with the trial, through the core's step transitions: a trial
 * under way is done (on today, if that is before its planned last day), one not yet started is
 * cancelled; a step already final stays as it is.
 */
async function endTrialStep(tx: Database, providerId: string, stepId: string): Promise<void> {
  const [step] = await tx
    .select({ status: pathwayStep.status, endsOn: pathwayStep.endsOn })
    .from(pathwayStep)
    .where(and(eq(pathwayStep.providerId, providerId), eq(pathwayStep.id, stepId)));
  if (!step) return;
  const from = step.status as StepStatus;
  const to: StepStatus = from === "planned" ? "cancelled" : "done";
  if (!canTransitionStep(from, to)) return;
  const today = localDateIn(new Date());
  const endsEarly = to === "done" && (!step.endsOn || today < step.endsOn);
  await tx
    .update(pathwayStep)
    .set({ status: to, updatedAt: new Date(), ...(endsEarly ? { endsOn: today } : {}) })
    .where(and(eq(pathwayStep.providerId, providerId), eq(pathwayStep.id, stepId)));
}

export const trialRouter = router({
  /**
   * The workshop records a work trial at a company: the company gets a `work-trial` grant for the
   * coachee until the trial's last day (only when the consent covers trials and the agreement has
   * them), and the trial is a step on the pathway.
   */
  record: procedure
    .meta({ permission: "handover.record" })
    .input(input(RecordTrialInput))
    .mutation(async ({ ctx, input: trial }) => {
      const found = await findHandover(ctx.tx, trial.handoverId);
      assertActive(found);
      if (trial.endsOn < trial.startsOn) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "endsOn: the end date is before the start date.",
        });
      }
      if (!found.consentCovers.includes("work_trial")) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message:
            "The consent does not cover work trials: ask the student for it before a company sees them.",
        });
      }
      await requireAgreedService(ctx.tx, found, "work-trial", noTrialsMessage);
      const [company] = await ctx.tx
        .select({ kind: organisation.kind, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.id, trial.companyId));
      if (company?.kind !== "company") {
        throw new TRPCError({ code: "BAD_REQUEST", message: "companyId: choose a company." });
      }
      const [opened] = rowsOf<{ id: string }>(
        await ctx.tx.execute(
          sql`select esedu_workshop_handover.open_trial_grant(${found.providerId}::uuid, ${found.id}::uuid, ${trial.companyId}::uuid, ${trial.endsOn}::date) as id`,
        ),
      );
      const today = localDateIn(new Date());
      const step = await recordStep(
        ctx,
        { providerId: found.providerId, id: found.studentId },
        {
          kind: "work-trial",
          status: trial.startsOn > today ? "planned" : trial.endsOn < today ? "done" : "in_progress",
          startsOn: trial.startsOn,
          endsOn: trial.endsOn,
          note: organisationNote("company", company.name),
        },
      );
      const [created] = await ctx.tx
        .insert(workTrial)
        .values({
          providerId: found.providerId,
          handoverId: found.id,
          studentId: found.studentId,
          workshopId: found.workshopId,
          companyId: trial.companyId,
          grantId: opened!.id,
          stepId: step.id,
          startsOn: trial.startsOn,
          endsOn: trial.endsOn,
          goals: trial.goals,
          createdBy: ctx.actor?.personId,
        })
        .returning({ id: workTrial.id });
      return { id: created!.id, grantId: opened!.id };
    }),

  /** Ends a trial early or on its day: the company's access ends with this transaction. */
  end: procedure
    .meta({ permission: "handover.record" })
    .input(input(TrialRef))
    .mutation(async ({ ctx, input: { trialId } }) => {
      const [trial] = await ctx.tx
        .select({
          providerId: workTrial.providerId,
          studentId: workTrial.studentId,
          stepId: workTrial.stepId,
        })
        .from(workTrial)
        .where(eq(workTrial.id, trialId));
      if (!trial) throw new TRPCError({ code: "NOT_FOUND", message: "The work trial was not found." });
      await ctx.audit([{ providerId: trial.providerId, studentId: trial.studentId, action: "update" }]);
      await ctx.tx.execute(
        sql`select esedu_workshop_handover.end_trial(${trial.providerId}::uuid, ${trialId}::uuid)`,
      );
      if (trial.stepId) await endTrialStep(ctx.tx, trial.providerId, trial.stepId);
      return { ok: true as const };
    }),

  /** The company's own trials while each lasts (its grant says so), newest first. */
  forCompany: procedure.meta({ permission: "trial.feedback" }).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select(companyColumns)
      .from(workTrial)
      // The student's card, not the row: a work-trial grant opens the coachee's name and nothing else.
      .innerJoinLateral(studentCard.of(workTrial.studentId), studentCard.on(workTrial.providerId))
      .innerJoin(organisation, eq(organisation.id, workTrial.workshopId))
      .where(eq(workTrial.status, "active"))
      .orderBy(desc(workTrial.startsOn), asc(workTrial.id))
      .limit(MAX_TRIALS);
    await ctx.audit(
      rows.map((r) => ({ providerId: r.providerId, studentId: r.studentId, action: "read" as const })),
    );
    return rows;
  }),

  /** The company's feedback on a trial (how it went, whether it would hire); it may revise it while the trial lasts. */
  giveFeedback: procedure
    .meta({ permission: "trial.feedback" })
    .input(input(FeedbackInput))
    .mutation(async ({ ctx, input: f }) => {
      const updated = await ctx.tx
        .update(workTrial)
        .set({
          feedback: f.feedback,
          wouldHire: f.wouldHire,
          feedbackBy: ctx.actor?.personId,
          feedbackAt: new Date(),
        })
        .where(eq(workTrial.id, f.trialId))
        .returning({ providerId: workTrial.providerId, studentId: workTrial.studentId });
      const [trial] = updated;
      if (!trial) throw new TRPCError({ code: "NOT_FOUND", message: "The work trial was not found." });
      await ctx.audit([{ providerId: trial.providerId, studentId: trial.studentId, action: "update" }]);
      return { ok: true as const };
    }),
});
