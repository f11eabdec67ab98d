import { schema } from "@polku/db";
import { outcomeKinds, type StepStatus, stepStatuses, transitionStep } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq } from "drizzle-orm";
import { Schema } from "effect";
import { runDomain } from "../domain.ts";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { recordOutcome, recordStep } from "../pathway-writes.ts";
import { Id, LocalDateInput, Note, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { findStudent } from "./student-lookup.ts";

const { pathwayStep, outcome, organisation, person } = schema;

const AddStepInput = Schema.Struct({
  studentId: Id,
  kind: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(80)),
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

const OutcomeInput = Schema.Struct({
  studentId: Id,
  kind: Schema.Literals(outcomeKinds),
  occurredOn: LocalDateInput,
  employmentMonths: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 120 }))),
  note: Schema.optional(Note),
});

export const pathwayRouter = router({
  /** The student's pathway as a timeline: steps and outcomes, newest last. */
  get: procedure
    .meta({ permission: "pathway.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const key = and(eq(pathwayStep.providerId, found.providerId), eq(pathwayStep.studentId, found.id));
      // Independent statements of one transaction: postgres.js pipelines them on its connection.
      const [steps, outcomes] = await Promise.all([
        ctx.tx
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
          })
          .from(pathwayStep)
          .leftJoin(organisation, eq(organisation.id, pathwayStep.organisationId))
          .leftJoin(person, eq(person.id, pathwayStep.recordedBy))
          .where(key)
          .orderBy(asc(pathwayStep.createdAt), asc(pathwayStep.id)),
        ctx.tx
          .select({
            id: outcome.id,
            kind: outcome.kind,
            occurredOn: outcome.occurredOn,
            employmentMonths: outcome.employmentMonths,
            note: outcome.note,
          })
          .from(outcome)
          .where(and(eq(outcome.providerId, found.providerId), eq(outcome.studentId, found.id)))
          .orderBy(desc(outcome.occurredOn)),
        ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]),
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
      const status = runDomain(transitionStep(current.status as StepStatus, change.status));
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

  recordOutcome: procedure
    .meta({ permission: "outcome.write" })
    .input(input(OutcomeInput))
    .mutation(async ({ ctx, input: { studentId, ...result } }) =>
      recordOutcome(ctx, await findStudent(ctx.tx, studentId), result),
    ),
});
