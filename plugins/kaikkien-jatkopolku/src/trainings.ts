/**
 * The trainer's trainings: a training with its local partners and their roles, each partner's
 * lifecycle steps (kick-off to closing meeting), the closing of the training (what stays unresolved is
 * carried into the continuation paths), and the checklist.
 */
import { partnerOrganisationKinds } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, desc, eq, inArray, isNull, sql } from "@polku/plugin-sdk/drizzle";
import {
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  notFound,
  procedure,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { learner, openItem, partnerStep, training, trainingPartner } from "./db/schema.ts";
import { findTraining, loadTraining } from "./load.ts";
import { lifecycleSteps, partnerRoles, themes } from "./vocabulary.ts";

/** A provider's trainings are a few a term: a hard cap. */
const MAX_TRAININGS = 200;

const TrainingRef = Schema.Struct({ trainingId: Id });

const CreateInput = Schema.Struct({
  name: SingleLineText(200).check(Schema.isMinLength(1, { message: "Name the training." })),
  theme: Schema.Literals(themes),
  startsOn: LocalDateInput,
  endsOn: LocalDateInput,
  followUpWeeks: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 52 }))),
});

const AddPartnerInput = Schema.Struct({
  trainingId: Id,
  organisationId: Id,
  roles: Schema.Array(Schema.Literals(partnerRoles)).check(
    Schema.isMinLength(1, { message: "Choose at least one role for the partner." }),
  ),
});

const StepInput = Schema.Struct({
  trainingPartnerId: Id,
  kind: Schema.Literals(lifecycleSteps),
  doneOn: LocalDateInput,
  note: MultiLineText(2000).check(Schema.isMinLength(1, { message: "Write down what was agreed." })),
});

/** A change to a closed training is refused: its continuation paths are already handed on. */
export function refuseClosed(t: { closedAt: Date | null }) {
  if (t.closedAt) throw new TRPCError({ code: "CONFLICT", message: "The training is closed already." });
}

export const trainingsRouter = router({
  list: procedure.meta({ permission: "jatkopolku.read" }).query(async ({ ctx }) =>
    ctx.tx
      .select({
        id: training.id,
        name: training.name,
        theme: training.theme,
        startsOn: training.startsOn,
        endsOn: training.endsOn,
        closedAt: training.closedAt,
        // Qualified by hand: drizzle writes a one-table select's columns bare, and a bare training_id
        // inside the subquery is the learner's own (the count was always 0).
        learners: sql<number>`(select count(*)::int from ${learner} l where l.provider_id = ${training}.provider_id
          and l.training_id = ${training}.id)`,
      })
      .from(training)
      .orderBy(desc(training.startsOn), asc(training.name))
      .limit(MAX_TRAININGS),
  ),

  create: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(CreateInput))
    .mutation(async ({ ctx, input: values }) => {
      if (values.endsOn < values.startsOn) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "endsOn: the training ends before it starts." });
      }
      const actor = ctx.actor!;
      if (!actor.providerId)
        throw new TRPCError({ code: "FORBIDDEN", message: "Only a provider's staff arrange trainings." });
      const [created] = await ctx.tx
        .insert(training)
        .values({ ...values, providerId: actor.providerId, trainerPersonId: actor.personId })
        .returning({ id: training.id });
      return { id: created!.id };
    }),

  /** The whole training: partners, learners (each read is audited), the checklist. */
  get: procedure
    .meta({ permission: "jatkopolku.read" })
    .input(input(TrainingRef))
    .query(async ({ ctx, input: { trainingId } }) => {
      const loaded = await loadTraining(ctx.tx, trainingId);
      if (loaded.learners.length > 0) {
        await ctx.audit(
          loaded.learners.map((l) => ({
            providerId: loaded.training.providerId,
            studentId: l.studentId,
            action: "read" as const,
          })),
        );
      }
      return loaded;
    }),

  /** The organisations a training may take as partners (associations, public services, foundations...). */
  partnerOptions: procedure.meta({ permission: "jatkopolku.write" }).query(async ({ ctx }) =>
    ctx.tx
      .select({ id: core.organisation.id, name: core.organisation.name, kind: core.organisation.kind })
      .from(core.organisation)
      .where(inArray(core.organisation.kind, [...partnerOrganisationKinds]))
      .orderBy(asc(core.organisation.name))
      .limit(MAX_TRAININGS),
  ),

  addPartner: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(AddPartnerInput))
    .mutation(async ({ ctx, input: { trainingId, organisationId, roles } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      refuseClosed(t);
      const [org] = await ctx.tx
        .select({ kind: core.organisation.kind })
        .from(core.organisation)
        .where(eq(core.organisation.id, organisationId));
      if (!org || !(partnerOrganisationKinds as readonly string[]).includes(org.kind)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "organisationId: choose a partner organisation.",
        });
      }
      const [created] = await ctx.tx
        .insert(trainingPartner)
        .values({ providerId: t.providerId, trainingId: t.id, organisationId, roles: [...new Set(roles)] })
        .onConflictDoUpdate({
          target: [trainingPartner.providerId, trainingPartner.trainingId, trainingPartner.organisationId],
          set: { roles: [...new Set(roles)] },
        })
        .returning({ id: trainingPartner.id });
      return { id: created!.id };
    }),

  /** Records (or corrects) a lifecycle step of one partner with what was written down. */
  recordStep: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(StepInput))
    .mutation(async ({ ctx, input: { trainingPartnerId, kind, doneOn, note } }) => {
      const [partner] = await ctx.tx
        .select({ providerId: trainingPartner.providerId, trainingId: trainingPartner.trainingId })
        .from(trainingPartner)
        .where(eq(trainingPartner.id, trainingPartnerId));
      if (!partner) throw notFound("The partner of the training");
      const values = { doneOn, note, recordedBy: ctx.actor!.personId };
      await ctx.tx
        .insert(partnerStep)
        .values({ providerId: partner.providerId, trainingPartnerId, kind, ...values })
        .onConflictDoUpdate({
          target: [partnerStep.providerId, partnerStep.trainingPartnerId, partnerStep.kind],
          set: values,
        });
      return { ok: true as const };
    }),

  /** The trainer's own tick: the continuation paths are realistic for what each learner develops. */
  confirmRealisticPaths: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(TrainingRef))
    .mutation(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      await ctx.tx
        .update(training)
        .set({ realisticPathsConfirmedAt: new Date() })
        .where(and(eq(training.providerId, t.providerId), eq(training.id, t.id)));
      return { ok: true as const };
    }),

  /**
   * Closes the training: every item still open is carried into its learner's continuation path (the
   * partners the learner agreed to share it with see it there), in this one transaction.
   */
  close: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(TrainingRef))
    .mutation(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      refuseClosed(t);
      const carried = await ctx.tx
        .update(openItem)
        .set({ status: "carried", carriedAt: new Date() })
        .where(
          and(
            eq(openItem.providerId, t.providerId),
            eq(openItem.status, "open"),
            inArray(
              openItem.learnerId,
              ctx.tx
                .select({ id: learner.id })
                .from(learner)
                .where(and(eq(learner.providerId, t.providerId), eq(learner.trainingId, t.id))),
            ),
          ),
        )
        .returning({ learnerId: openItem.learnerId });
      // Each learner whose continuation path changed has it in their audit trail.
      const changed = [...new Set(carried.map((c) => c.learnerId))];
      if (changed.length > 0) {
        const students = await ctx.tx
          .select({ studentId: learner.studentId })
          .from(learner)
          .where(and(eq(learner.providerId, t.providerId), inArray(learner.id, changed)));
        await ctx.audit(
          students.map((s) => ({
            providerId: t.providerId,
            studentId: s.studentId,
            action: "update" as const,
          })),
        );
      }
      await ctx.tx
        .update(training)
        .set({ closedAt: new Date() })
        .where(and(eq(training.providerId, t.providerId), eq(training.id, t.id), isNull(training.closedAt)));
      return { carried: carried.length };
    }),
});
