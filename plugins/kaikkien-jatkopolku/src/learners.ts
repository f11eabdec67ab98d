/**
 * A training's learners: adults of the provider, each with the everyday challenge, the personal goal
 * and its continuation path, the parts of the challenge still open, and what the learner agreed to
 * share with which partner (a core grant of scope `training-partner` under each consent).
 */
import { isMinor, localDateIn } from "@polku/domain";
import { and, eq } from "@polku/plugin-sdk/drizzle";
import {
  findStudent,
  grantAccess,
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  notFound,
  procedure,
  revokeGrant,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { learner, learnerConsent, openItem, trainingPartner } from "./db/schema.ts";
import { findTraining } from "./load.ts";
import { refuseClosed } from "./trainings.ts";

const Goal = Schema.Struct({
  challenge: MultiLineText(2000).check(
    Schema.isMinLength(1, { message: "Write the learner's everyday challenge." }),
  ),
  personalGoal: MultiLineText(2000).check(
    Schema.isMinLength(1, { message: "Write the learner's personal goal." }),
  ),
  continuationPath: Schema.optional(MultiLineText(2000)),
});

const AddInput = Schema.Struct({ trainingId: Id, studentId: Id, ...Goal.fields });
const UpdateInput = Schema.Struct({ learnerId: Id, ...Goal.fields });
const ItemInput = Schema.Struct({
  learnerId: Id,
  text: SingleLineText(500).check(Schema.isMinLength(1, { message: "Write what is still to be solved." })),
});
const ConsentInput = Schema.Struct({
  learnerId: Id,
  trainingPartnerId: Id,
  shareGoal: Schema.Boolean,
  shareContinuation: Schema.Boolean,
  validUntil: Schema.optional(LocalDateInput),
});
const ConsentRef = Schema.Struct({ learnerId: Id, trainingPartnerId: Id });

/** The learner row with its student, as the provider's staff see it. */
async function findLearner(tx: Parameters<typeof findTraining>[0], learnerId: string) {
  const [found] = await tx.select().from(learner).where(eq(learner.id, learnerId));
  if (!found) throw notFound("The learner");
  return found;
}

export const learnersRouter = router({
  add: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(AddInput))
    .mutation(
      async ({ ctx, input: { trainingId, studentId, challenge, personalGoal, continuationPath } }) => {
        const t = await findTraining(ctx.tx, trainingId);
        refuseClosed(t);
        const student = await findStudent(ctx.tx, studentId);
        if (student.providerId !== t.providerId) throw notFound("The student");
        // The Kaikkien model is adult education: a minor's consent and guardians are not part of it.
        if (isMinor(student.birthDate, localDateIn(new Date()))) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "studentId: the training is for adults; this student is a minor.",
          });
        }
        const [created] = await ctx.tx
          .insert(learner)
          .values({
            providerId: t.providerId,
            trainingId: t.id,
            studentId: student.id,
            challenge,
            personalGoal,
            continuationPath,
          })
          .onConflictDoNothing()
          .returning({ id: learner.id });
        if (!created)
          throw new TRPCError({
            code: "CONFLICT",
            message: "The student is a learner of this training already.",
          });
        await ctx.audit([{ providerId: t.providerId, studentId: student.id, action: "create" }]);
        return { id: created.id };
      },
    ),

  /** The goal and its continuation path, as the learner and the trainer agree them during the training. */
  update: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(UpdateInput))
    .mutation(async ({ ctx, input: { learnerId, continuationPath = "", ...goal } }) => {
      const l = await findLearner(ctx.tx, learnerId);
      refuseClosed(await findTraining(ctx.tx, l.trainingId));
      await ctx.tx
        .update(learner)
        .set({ ...goal, continuationPath })
        .where(and(eq(learner.providerId, l.providerId), eq(learner.id, l.id)));
      await ctx.audit([{ providerId: l.providerId, studentId: l.studentId, action: "update" }]);
      return { ok: true as const };
    }),

  addItem: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(ItemInput))
    .mutation(async ({ ctx, input: { learnerId, text } }) => {
      const l = await findLearner(ctx.tx, learnerId);
      refuseClosed(await findTraining(ctx.tx, l.trainingId));
      const [created] = await ctx.tx
        .insert(openItem)
        .values({ providerId: l.providerId, learnerId: l.id, text })
        .returning({ id: openItem.id });
      await ctx.audit([{ providerId: l.providerId, studentId: l.studentId, action: "create" }]);
      return { id: created!.id };
    }),

  resolveItem: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(Schema.Struct({ itemId: Id })))
    .mutation(async ({ ctx, input: { itemId } }) => {
      const [item] = await ctx.tx.select().from(openItem).where(eq(openItem.id, itemId));
      if (!item) throw notFound("The item");
      const l = await findLearner(ctx.tx, item.learnerId);
      await ctx.tx
        .update(openItem)
        .set({ status: "resolved", resolvedAt: new Date() })
        .where(and(eq(openItem.providerId, item.providerId), eq(openItem.id, item.id)));
      await ctx.audit([{ providerId: l.providerId, studentId: l.studentId, action: "update" }]);
      return { ok: true as const };
    }),

  /**
   * Records what the learner agreed to share with one partner of the training: a grant of scope
   * `training-partner` on the learner's own consent (the core checks it is an adult's and time-bounded),
   * and which parts (the goal, the continuation path) the partner sees.
   */
  consent: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(ConsentInput))
    .mutation(
      async ({ ctx, input: { learnerId, trainingPartnerId, shareGoal, shareContinuation, validUntil } }) => {
        const l = await findLearner(ctx.tx, learnerId);
        const [partner] = await ctx.tx
          .select()
          .from(trainingPartner)
          .where(
            and(eq(trainingPartner.providerId, l.providerId), eq(trainingPartner.id, trainingPartnerId)),
          );
        if (!partner || partner.trainingId !== l.trainingId) throw notFound("The partner of the training");
        const student = await findStudent(ctx.tx, l.studentId);
        const [existing] = await ctx.tx
          .select({ grantId: learnerConsent.grantId })
          .from(learnerConsent)
          .where(
            and(
              eq(learnerConsent.providerId, l.providerId),
              eq(learnerConsent.learnerId, l.id),
              eq(learnerConsent.trainingPartnerId, partner.id),
            ),
          );
        // A new consent replaces the one before: its grant ends, so one grant opens the partner's view.
        if (existing) await revokeGrant(ctx, existing.grantId);
        const grant = await grantAccess(ctx, student, {
          granteeOrganisationId: partner.organisationId,
          scope: "training-partner",
          consentGivenBy: "student",
          validUntil,
        });
        const values = { grantId: grant.id, shareGoal, shareContinuation };
        await ctx.tx
          .insert(learnerConsent)
          .values({ providerId: l.providerId, learnerId: l.id, trainingPartnerId: partner.id, ...values })
          .onConflictDoUpdate({
            target: [learnerConsent.providerId, learnerConsent.learnerId, learnerConsent.trainingPartnerId],
            set: values,
          });
        return { grantId: grant.id };
      },
    ),

  /** Withdraws the consent: the partner's view of the learner ends with this transaction. */
  withdrawConsent: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(ConsentRef))
    .mutation(async ({ ctx, input: { learnerId, trainingPartnerId } }) => {
      const l = await findLearner(ctx.tx, learnerId);
      const where = and(
        eq(learnerConsent.providerId, l.providerId),
        eq(learnerConsent.learnerId, l.id),
        eq(learnerConsent.trainingPartnerId, trainingPartnerId),
      );
      const [consent] = await ctx.tx
        .select({ grantId: learnerConsent.grantId })
        .from(learnerConsent)
        .where(where);
      if (!consent) throw notFound("The consent");
      await revokeGrant(ctx, consent.grantId);
      await ctx.tx.delete(learnerConsent).where(where);
      return { ok: true as const };
    }),
});
