/**
 * Loads one training as its provider's staff see it: the partners with their lifecycle steps, the
 * learners with their goals, unresolved items and consents, and the checklist worked out from them.
 */
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, asc, eq, sql } from "@polku/plugin-sdk/drizzle";
import { notFound } from "@polku/plugin-sdk/server";
import {
  feedbackRequest,
  learner,
  learnerConsent,
  openItem,
  partnerStep,
  training,
  trainingPartner,
} from "./db/schema.ts";
import { checklistOf } from "./vocabulary.ts";

/** A training holds a group: a hard cap on what one page loads. */
const MAX_ROWS = 500;

export async function findTraining(tx: Database, trainingId: string) {
  const [found] = await tx.select().from(training).where(eq(training.id, trainingId));
  if (!found) throw notFound("The training");
  return found;
}

export async function loadTraining(tx: Database, trainingId: string) {
  const t = await findTraining(tx, trainingId);
  const inTraining = (providerCol: typeof trainingPartner.providerId) => eq(providerCol, t.providerId);
  const partners = await tx
    .select({
      id: trainingPartner.id,
      organisationId: trainingPartner.organisationId,
      name: core.organisation.name,
      roles: trainingPartner.roles,
    })
    .from(trainingPartner)
    .innerJoin(core.organisation, eq(core.organisation.id, trainingPartner.organisationId))
    .where(and(inTraining(trainingPartner.providerId), eq(trainingPartner.trainingId, t.id)))
    .orderBy(asc(core.organisation.name))
    .limit(MAX_ROWS);
  const steps = await tx
    .select({
      partnerId: partnerStep.trainingPartnerId,
      kind: partnerStep.kind,
      doneOn: partnerStep.doneOn,
      note: partnerStep.note,
    })
    .from(partnerStep)
    .innerJoin(
      trainingPartner,
      and(
        eq(trainingPartner.providerId, partnerStep.providerId),
        eq(trainingPartner.id, partnerStep.trainingPartnerId),
      ),
    )
    .where(and(eq(partnerStep.providerId, t.providerId), eq(trainingPartner.trainingId, t.id)))
    .limit(MAX_ROWS);
  const learners = await tx
    .select({
      id: learner.id,
      studentId: learner.studentId,
      firstName: core.student.firstName,
      lastName: core.student.lastName,
      challenge: learner.challenge,
      personalGoal: learner.personalGoal,
      continuationPath: learner.continuationPath,
    })
    .from(learner)
    .innerJoin(
      core.student,
      and(eq(core.student.providerId, learner.providerId), eq(core.student.id, learner.studentId)),
    )
    .where(and(eq(learner.providerId, t.providerId), eq(learner.trainingId, t.id)))
    .orderBy(asc(core.student.lastName), asc(core.student.firstName), asc(learner.id))
    .limit(MAX_ROWS);
  const items = await tx
    .select({ id: openItem.id, learnerId: openItem.learnerId, text: openItem.text, status: openItem.status })
    .from(openItem)
    .innerJoin(learner, and(eq(learner.providerId, openItem.providerId), eq(learner.id, openItem.learnerId)))
    .where(and(eq(openItem.providerId, t.providerId), eq(learner.trainingId, t.id)))
    .orderBy(asc(openItem.createdAt), asc(openItem.id))
    .limit(MAX_ROWS * 10);
  const consents = await tx
    .select({
      learnerId: learnerConsent.learnerId,
      partnerId: learnerConsent.trainingPartnerId,
      grantId: learnerConsent.grantId,
      shareGoal: learnerConsent.shareGoal,
      shareContinuation: learnerConsent.shareContinuation,
      // A consent whose grant was withdrawn or ran out no longer opens anything.
      inForce: sql<boolean>`exists (select 1 from ${core.accessGrant} g where g.provider_id = ${learnerConsent.providerId}
        and g.id = ${learnerConsent.grantId} and g.revoked_at is null and now() < g.valid_until)`,
    })
    .from(learnerConsent)
    .innerJoin(
      learner,
      and(eq(learner.providerId, learnerConsent.providerId), eq(learner.id, learnerConsent.learnerId)),
    )
    .where(and(eq(learnerConsent.providerId, t.providerId), eq(learner.trainingId, t.id)))
    .limit(MAX_ROWS * 10);
  const [answers] = await tx
    .select({ n: sql<number>`count(${feedbackRequest.usedAt})::int` })
    .from(feedbackRequest)
    .where(and(eq(feedbackRequest.providerId, t.providerId), eq(feedbackRequest.trainingId, t.id)));

  const partnerViews = partners.map((p) => ({ ...p, steps: steps.filter((s) => s.partnerId === p.id) }));
  const learnerViews = learners.map((l) => ({
    ...l,
    items: items.filter((i) => i.learnerId === l.id),
    consents: consents.filter((c) => c.learnerId === l.id),
  }));
  const checklist = checklistOf({
    realisticPathsConfirmed: t.realisticPathsConfirmedAt !== null,
    feedbackCreated: t.feedbackCreatedAt !== null,
    answers: answers?.n ?? 0,
    partners: partnerViews.map((p) => ({ id: p.id, roles: p.roles, steps: p.steps.map((s) => s.kind) })),
    learners: learnerViews.map((l) => ({
      continuationPath: l.continuationPath,
      unresolved: l.items.filter((i) => i.status !== "resolved").length,
      consentedPartnerIds: l.consents.filter((c) => c.inForce).map((c) => c.partnerId),
    })),
  });
  return { training: t, partners: partnerViews, learners: learnerViews, answers: answers?.n ?? 0, checklist };
}
