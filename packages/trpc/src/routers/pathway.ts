import { prebuiltSelect, schema } from "@polku/db";
import { outcomeKinds, type StepStatus, stepStatuses, transitionStep } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Schema } from "effect";
import { runDomain } from "../domain.ts";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { recordOutcome, recordStep } from "../pathway-writes.ts";
import { Id, LocalDateInput, Note, SingleLineText, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { cancelStep, correctStep } from "./pathway-corrections.ts";
import { findStudent } from "./student-lookup.ts";

const { pathwayStep, outcome, organisation, person } = schema;

const AddStepInput = Schema.Struct({
  studentId: Id,
  kind: SingleLineText(80).check(Schema.isMinLength(1, { message: "Choose the kind of step." })),
  status: Schema.optional(Schema.Literals(stepStatuses)),
  startsOn: Schema.optional(LocalDateInput),
  endsOn: Schema.optional(LocalDateInput),
  note: Schema.optional(Note),
});

const UpdateStepInput = Schema.Struct({
  stepId: Id,
  status: Schema.Literals(stepStatuses),
  endsOn: Schema.optional(LocalDateInput),
  note: Schema.optional(Note),
});

const Reason = SingleLineText(1000).check(
  Schema.isMinLength(1, { message: "Say why, so that others reading the pathway understand the change." }),
);

const CorrectStepInput = Schema.Struct({
  stepId: Id,
  reason: Reason,
  kind: Schema.optional(SingleLineText(80)),
  startsOn: Schema.optional(Schema.NullOr(LocalDateInput)),
  endsOn: Schema.optional(Schema.NullOr(LocalDateInput)),
  note: Schema.optional(Schema.NullOr(Note)),
});

const CancelStepInput = Schema.Struct({ stepId: Id, reason: Reason });

const reviser = alias(person, "reviser");

/**
 * One student's pathway is naturally bounded (a few dozen steps over years of study and after): a
 * hard cap, so that no read returns an unbounded number of rows.
 */
export const MAX_PATHWAY_ROWS = 1000;

const OutcomeInput = Schema.Struct({
  studentId: Id,
  kind: Schema.Literals(outcomeKinds),
  occurredOn: LocalDateInput,
  employmentMonths: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 120 }))),
  note: Schema.optional(Note),
});

/**
 * pathway.get's two reads, built once (see prebuiltSelect): the API's most frequent read. Keyed by the
 * student's provider and id, as the tables' indexes are, with the provider the student lookup found.
 */
const stepsOf = prebuiltSelect((db) =>
  db
    .select({
      id: pathwayStep.id,
      kind: pathwayStep.kind,
      phase: pathwayStep.phase,
      status: pathwayStep.status,
      startsOn: pathwayStep.startsOn,
      endsOn: pathwayStep.endsOn,
      note: pathwayStep.note,
      createdAt: pathwayStep.createdAt,
      organisationName: organisation.name,
      recordedByName: person.firstName,
      revisedAt: pathwayStep.revisedAt,
      revisionReason: pathwayStep.revisionReason,
      revisedByName: sql<string | null>`${reviser.firstName} || ' ' || ${reviser.lastName}`,
    })
    .from(pathwayStep)
    .leftJoin(organisation, eq(organisation.id, pathwayStep.organisationId))
    .leftJoin(person, eq(person.id, pathwayStep.recordedBy))
    .leftJoin(reviser, eq(reviser.id, pathwayStep.revisedBy))
    .where(
      and(
        eq(pathwayStep.providerId, sql.placeholder("providerId")),
        eq(pathwayStep.studentId, sql.placeholder("studentId")),
      ),
    )
    .orderBy(asc(pathwayStep.createdAt), asc(pathwayStep.id))
    .limit(MAX_PATHWAY_ROWS),
);

const outcomesOf = prebuiltSelect((db) =>
  db
    .select({
      id: outcome.id,
      kind: outcome.kind,
      occurredOn: outcome.occurredOn,
      employmentMonths: outcome.employmentMonths,
      note: outcome.note,
    })
    .from(outcome)
    .where(
      and(
        eq(outcome.providerId, sql.placeholder("providerId")),
        eq(outcome.studentId, sql.placeholder("studentId")),
      ),
    )
    .orderBy(desc(outcome.occurredOn))
    .limit(MAX_PATHWAY_ROWS),
);

export const pathwayRouter = router({
  /** The student's pathway as a timeline: steps and outcomes, newest last. */
  get: procedure
    .meta({ permission: "pathway.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      // The student first (row-level security leaves out one the actor may not see: not found), then
      // its steps, outcomes and the audit entry by the provider found, in one round trip (postgres.js
      // pipelines them on its connection). Reading the provider once, not again in each statement,
      // spares the database three more checks of the student's visibility per read.
      const found = await findStudent(ctx.tx, studentId);
      const key = { providerId: found.providerId, studentId: found.id };
      const [steps, outcomes] = await Promise.all([
        stepsOf(ctx.tx, key),
        outcomesOf(ctx.tx, key),
        ctx.audit([{ ...key, action: "read" }]),
      ]);
      return { student: found, steps, outcomes };
    }),

  addStep: procedure
    .meta({ permission: "pathway.write" })
    .input(input(AddStepInput))
    .mutation(async ({ ctx, input: { studentId, ...step } }) =>
      recordStep(ctx, await findStudent(ctx.tx, studentId), step),
    ),

  updateStep: procedure
    .meta({ permission: "pathway.write" })
    .input(input(UpdateStepInput))
    .mutation(async ({ ctx, input: change }) => {
      const [current] = await ctx.tx
        .select({
          providerId: pathwayStep.providerId,
          studentId: pathwayStep.studentId,
          status: pathwayStep.status,
          organisationId: pathwayStep.organisationId,
        })
        .from(pathwayStep)
        .where(eq(pathwayStep.id, change.stepId));
      if (!current) throw notFound("The step");
      // A partner changes only the steps its own organisation recorded (row-level security agrees).
      if (ctx.actor!.providerId === null && current.organisationId !== ctx.actor!.organisationId) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the organisation that recorded this step can change it.",
        });
      }
      const status = runDomain(transitionStep(current.status as StepStatus, change.status), "status");
      await ctx.tx
        .update(pathwayStep)
        .set({
          status,
          updatedAt: new Date(),
          ...(change.endsOn ? { endsOn: change.endsOn } : {}),
          ...(change.note !== undefined ? { note: change.note } : {}),
        })
        .where(and(eq(pathwayStep.providerId, current.providerId), eq(pathwayStep.id, change.stepId)));
      await ctx.audit([{ providerId: current.providerId, studentId: current.studentId, action: "update" }]);
      return { status };
    }),

  /** Corrects a recorded step (kind, dates, note), keeping what it was, who changed it and why. */
  correctStep: procedure
    .meta({ permission: "pathway.write" })
    .input(input(CorrectStepInput))
    .mutation(({ ctx, input: { stepId, reason, ...correction } }) =>
      correctStep(ctx, stepId, reason, correction),
    ),

  /** Cancels a step recorded by mistake, whatever its status, keeping it on the pathway with the reason. */
  cancelStep: procedure
    .meta({ permission: "pathway.write" })
    .input(input(CancelStepInput))
    .mutation(({ ctx, input: { stepId, reason } }) => cancelStep(ctx, stepId, reason)),

  recordOutcome: procedure
    .meta({ permission: "outcome.write" })
    .input(input(OutcomeInput))
    .mutation(async ({ ctx, input: { studentId, ...result } }) =>
      recordOutcome(ctx, await findStudent(ctx.tx, studentId), result),
    ),
});
