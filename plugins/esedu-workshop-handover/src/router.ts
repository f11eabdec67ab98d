import { consentGivers, isMinor, localDateIn, outcomeKinds, stepStatuses } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, desc, eq, inArray, notExists, sql } from "@polku/plugin-sdk/drizzle";
import {
  findStudent,
  grantAccess,
  Id,
  input,
  LocalDateInput,
  Note,
  PageLimit,
  PageOffset,
  procedure,
  recordOutcome,
  recordStep,
  revokeGrant,
  router,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { agreementInForce, agreementRouter } from "./agreements.ts";
import { calendarRouter } from "./calendar-router.ts";
import { handover, meeting, outcomeEvidence, serviceAgreement, workTrial } from "./db/schema.ts";
import {
  activeHandover,
  assertActive,
  findHandover,
  grantJoin,
  handoverColumns,
  isActive,
} from "./handover-query.ts";
import { coveredPacket, employmentKinds, evidenceKinds, lastedTwoMonths, packetParts } from "./packet.ts";
import { badgesOf, planOf } from "./packet-sources.ts";
import { placementRouter } from "./placement.ts";
import { planRouter } from "./plans.ts";
import { resultsRouter } from "./results.ts";
import { selfAssessmentRouter } from "./self-assessment.ts";
import { handoverPhases, isHandoverCandidate, situations } from "./situation.ts";
import { workshopStepKindIds } from "./step-kinds.ts";
import { organisationNote } from "./step-notes.ts";
import { trialRouter } from "./trials.ts";
import { wageWorkRouter } from "./wage-work.ts";

const { student, organisation, accessGrant, pathwayStep, outcome, unitProgress } = core;

const CreateInput = Schema.Struct({
  studentId: Id,
  workshopId: Id,
  situation: Schema.Literals(situations),
  consentGivenBy: Schema.Literals(consentGivers),
  /** The service agreement with the workshop the handover rests on. */
  agreementId: Id,
  /** What the consent covers: the packet carries only these parts. */
  consentCovers: Schema.Array(Schema.Literals(packetParts)),
  graduationDate: Schema.optional(LocalDateInput),
  careerGoals: Schema.optional(Note),
  supportThatWorked: Schema.optional(Note),
  note: Schema.optional(Note),
});

const RecordStepInput = Schema.Struct({
  handoverId: Id,
  kind: Schema.Literals(workshopStepKindIds),
  status: Schema.Literals(stepStatuses),
  startsOn: Schema.optional(LocalDateInput),
  endsOn: Schema.optional(LocalDateInput),
  note: Schema.optional(Note),
});

const RecordOutcomeInput = Schema.Struct({
  handoverId: Id,
  kind: Schema.Literals(outcomeKinds),
  occurredOn: LocalDateInput,
  employmentMonths: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 12 }))),
  /** What shows it: a contract, the employer's word, an admission letter... */
  evidence: Schema.Literals(evidenceKinds),
  evidenceNote: Schema.optional(Note),
  note: Schema.optional(Note),
});

const HandoverRef = Schema.Struct({ handoverId: Id });

/** A page of handovers, newest first: `limit` (default and at most 200) and `offset`. */
const ListInput = Schema.Struct({
  status: Schema.optional(Schema.Literals(["active", "ended", "withdrawn"])),
  limit: Schema.optional(PageLimit()),
  offset: Schema.optional(PageOffset),
});

/**
 * The graduating students of one provider without a handover are naturally bounded (a year's
 * graduates): a hard cap in SQL.
 */
const MAX_CANDIDATES = 1000;

/** One student's continuation steps and outcomes are a handful: a hard cap in SQL. */
const MAX_HANDOVER_ROWS = 500;

export const handoverRouter = router({
  agreements: agreementRouter,
  trials: trialRouter,
  placement: placementRouter,
  calendar: calendarRouter,
  results: resultsRouter,
  selfAssessment: selfAssessmentRouter,
  plans: planRouter,
  wageWork: wageWorkRouter,

  /** Graduating students of the tutor's provider who have no active handover yet. */
  candidates: procedure.meta({ permission: "handover.create" }).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        id: student.id,
        providerId: student.providerId,
        firstName: student.firstName,
        lastName: student.lastName,
        birthDate: student.birthDate,
        phase: student.phase,
        studyRightState: student.studyRightState,
        qualificationName: student.qualificationName,
        expectedGraduation: student.expectedGraduation,
      })
      .from(student)
      .where(
        and(
          inArray(student.phase, [...handoverPhases]),
          notExists(activeHandover(ctx.tx, student.providerId, student.id)),
        ),
      )
      .orderBy(
        asc(student.expectedGraduation),
        asc(student.lastName),
        asc(student.firstName),
        asc(student.id),
      )
      .limit(MAX_CANDIDATES);
    const candidates = rows.filter(isHandoverCandidate);
    await ctx.audit(
      candidates.map((s) => ({ providerId: s.providerId, studentId: s.id, action: "read" as const })),
    );
    const today = localDateIn(new Date());
    return candidates.map((s) => ({ ...s, minor: isMinor(s.birthDate, today) }));
  }),

  /**
   * Hands a graduating student over to a workshop: records the consent as a core access grant, the
   * handover, a "handover" step on the pathway, and moves the student into the continuation phase.
   */
  create: procedure
    .meta({ permission: "handover.create" })
    .input(input(CreateInput))
    .mutation(async ({ ctx, input: request }) => {
      const found = await findStudent(ctx.tx, request.studentId);
      const today = localDateIn(new Date());
      const [workshop] = await ctx.tx
        .select({ kind: organisation.kind, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.id, request.workshopId));
      if (workshop?.kind !== "workshop") {
        throw new TRPCError({ code: "BAD_REQUEST", message: "workshopId: choose a youth workshop." });
      }
      const [existing] = await activeHandover(ctx.tx, found.providerId, found.id);
      if (existing) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "The student has already been handed over to a workshop.",
        });
      }
      await agreementInForce(ctx.tx, found.providerId, request.workshopId, request.agreementId);
      const covers = [...new Set(request.consentCovers)];
      // The completed units of the HOKS as the tutor reads them now: the workshop never reads the HOKS.
      const units = covers.includes("competence")
        ? await ctx.tx
            .select({
              code: unitProgress.unitCode,
              name: unitProgress.unitName,
              competencePoints: unitProgress.competencePoints,
            })
            .from(unitProgress)
            .where(
              and(
                eq(unitProgress.providerId, found.providerId),
                eq(unitProgress.studentId, found.id),
                eq(unitProgress.status, "completed"),
              ),
            )
            .orderBy(asc(unitProgress.unitName))
            .limit(MAX_HANDOVER_ROWS)
        : [];
      // The plan made with the student before graduation goes with the career goals; the badges earned
      // (when the deployment has the passport) with the competence.
      const continuationPlan = covers.includes("career_goals")
        ? await planOf(ctx.tx, found.providerId, found.id)
        : null;
      const badges = covers.includes("competence") ? await badgesOf(ctx.tx, found.providerId, found.id) : [];
      const packet = coveredPacket(covers, {
        competence: units.map((u) => ({ ...u, name: u.name ?? u.code })),
        badges,
        continuationPlan,
        careerGoals: request.careerGoals,
        supportThatWorked: request.supportThatWorked,
        note: request.note,
      });
      const actor = ctx.actor!;
      // The consent rules (a minor's is a guardian's, an adult's their own) and the time limit are the core's.
      const grant = await grantAccess(ctx, found, {
        granteeOrganisationId: request.workshopId,
        scope: "handover",
        consentGivenBy: request.consentGivenBy,
      });
      const [created] = await ctx.tx
        .insert(handover)
        .values({
          providerId: found.providerId,
          studentId: found.id,
          workshopId: request.workshopId,
          grantId: grant.id,
          situation: request.situation,
          graduationDate: request.graduationDate,
          agreementId: request.agreementId,
          consentCovers: covers,
          ...packet,
          createdBy: actor.personId,
        })
        .returning({ id: handover.id });
      // The step's audit entry covers the handover: one change, one entry.
      await recordStep(ctx, found, {
        kind: "handover",
        status: "done",
        startsOn: today,
        note: organisationNote("workshop", workshop.name),
      });
      await ctx.tx
        .update(student)
        .set({ phase: "continuation" })
        .where(and(eq(student.providerId, found.providerId), eq(student.id, found.id)));
      return { id: created!.id };
    }),

  /** Handovers this actor may see: a workshop's own (while consent lasts), or the provider's. */
  list: procedure
    .meta({ permission: "handover.read" })
    .input(input(ListInput))
    .query(async ({ ctx, input: { status, limit = 200, offset = 0 } }) => {
      const rows = await ctx.tx
        .select({
          ...handoverColumns,
          // The path's deadline: the agreement's weeks per coachee from the handover (Helsinki dates).
          deadline: sql<string | null>`(select ((${handover.createdAt} at time zone 'Europe/Helsinki')::date
            + a.weeks_per_coachee * 7)::text from esedu_workshop_handover.service_agreement a
            where a.provider_id = ${handover.providerId} and a.id = ${handover.agreementId})`,
          nextMeeting: sql<string | null>`(select min(m.starts_at) from esedu_workshop_handover.meeting m
            where m.provider_id = ${handover.providerId} and m.handover_id = ${handover.id} and m.starts_at > now())`,
          trialEnds: sql<string | null>`(select min(t.ends_on)::text from esedu_workshop_handover.work_trial t
            where t.provider_id = ${handover.providerId} and t.handover_id = ${handover.id} and t.status = 'active')`,
          // Wage-subsidised work planned from a day to come: the coach's next thing to prepare.
          wageWorkStarts: sql<
            string | null
          >`(select min(w.starts_on)::text from esedu_workshop_handover.wage_subsidy w
            where w.provider_id = ${handover.providerId} and w.handover_id = ${handover.id}
              and w.starts_on > (now() at time zone 'Europe/Helsinki')::date)`,
        })
        .from(handover)
        .innerJoin(
          student,
          and(eq(student.providerId, handover.providerId), eq(student.id, handover.studentId)),
        )
        .innerJoin(organisation, eq(organisation.id, handover.workshopId))
        .innerJoin(accessGrant, grantJoin)
        .where(status ? eq(handover.status, status) : undefined)
        .orderBy(desc(handover.createdAt), desc(handover.id))
        .limit(limit)
        .offset(offset);
      await ctx.audit(
        rows.map((r) => ({ providerId: r.providerId, studentId: r.studentId, action: "read" as const })),
      );
      return rows;
    }),

  /** One handover with the continuation steps and outcomes recorded for the student. */
  get: procedure
    .meta({ permission: "handover.read" })
    .input(input(HandoverRef))
    .query(async ({ ctx, input: { handoverId } }) => {
      const found = await findHandover(ctx.tx, handoverId);
      const steps = await ctx.tx
        .select({
          id: pathwayStep.id,
          kind: pathwayStep.kind,
          status: pathwayStep.status,
          startsOn: pathwayStep.startsOn,
          endsOn: pathwayStep.endsOn,
          note: pathwayStep.note,
          createdAt: pathwayStep.createdAt,
        })
        .from(pathwayStep)
        .where(
          and(
            eq(pathwayStep.providerId, found.providerId),
            eq(pathwayStep.studentId, found.studentId),
            eq(pathwayStep.phase, "continuation"),
          ),
        )
        .orderBy(asc(pathwayStep.createdAt), asc(pathwayStep.id))
        .limit(MAX_HANDOVER_ROWS);
      const outcomes = await ctx.tx
        .select({
          id: outcome.id,
          kind: outcome.kind,
          occurredOn: outcome.occurredOn,
          employmentMonths: outcome.employmentMonths,
          recordedByOrganisation: organisation.name,
          evidence: outcomeEvidence.evidence,
          evidenceNote: outcomeEvidence.description,
          lastedTwoMonths: outcomeEvidence.lastedTwoMonths,
        })
        .from(outcome)
        .leftJoin(organisation, eq(organisation.id, outcome.organisationId))
        .leftJoin(
          outcomeEvidence,
          and(eq(outcomeEvidence.providerId, outcome.providerId), eq(outcomeEvidence.outcomeId, outcome.id)),
        )
        .where(and(eq(outcome.providerId, found.providerId), eq(outcome.studentId, found.studentId)))
        .orderBy(desc(outcome.occurredOn))
        .limit(MAX_HANDOVER_ROWS);
      const trials = await ctx.tx
        .select({
          id: workTrial.id,
          companyId: workTrial.companyId,
          companyName: organisation.name,
          startsOn: workTrial.startsOn,
          endsOn: workTrial.endsOn,
          goals: workTrial.goals,
          status: workTrial.status,
          feedback: workTrial.feedback,
          wouldHire: workTrial.wouldHire,
          feedbackAt: workTrial.feedbackAt,
        })
        .from(workTrial)
        .innerJoin(organisation, eq(organisation.id, workTrial.companyId))
        .where(and(eq(workTrial.providerId, found.providerId), eq(workTrial.handoverId, found.id)))
        .orderBy(asc(workTrial.startsOn), asc(workTrial.id))
        .limit(MAX_HANDOVER_ROWS);
      const [agreement] = found.agreementId
        ? await ctx.tx
            .select({
              id: serviceAgreement.id,
              title: serviceAgreement.title,
              services: serviceAgreement.services,
              weeksPerCoachee: serviceAgreement.weeksPerCoachee,
              resources: serviceAgreement.resources,
              validFrom: serviceAgreement.validFrom,
              validUntil: serviceAgreement.validUntil,
            })
            .from(serviceAgreement)
            .where(
              and(
                eq(serviceAgreement.providerId, found.providerId),
                eq(serviceAgreement.id, found.agreementId),
              ),
            )
        : [];
      const meetings = await ctx.tx
        .select({
          id: meeting.id,
          title: meeting.title,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          place: meeting.place,
        })
        .from(meeting)
        .where(and(eq(meeting.providerId, found.providerId), eq(meeting.handoverId, found.id)))
        .orderBy(asc(meeting.startsAt))
        .limit(MAX_HANDOVER_ROWS);
      await ctx.audit([{ providerId: found.providerId, studentId: found.studentId, action: "read" }]);
      const { grantId, grantInForce, ...shown } = found;
      // The packet is stored only as far as the consent covers it; it is shown the same way.
      const packet = coveredPacket(found.consentCovers, found);
      return { ...shown, ...packet, agreement: agreement ?? null, steps, outcomes, trials, meetings };
    }),

  /** The workshop records what it does: competence mapping, a work trial, wage-subsidised work, job placement. */
  recordStep: procedure
    .meta({ permission: "handover.record" })
    .input(input(RecordStepInput))
    .mutation(async ({ ctx, input: step }) => {
      const found = await findHandover(ctx.tx, step.handoverId);
      assertActive(found);
      const { handoverId, ...fields } = step;
      return recordStep(ctx, { providerId: found.providerId, id: found.studentId }, fields);
    }),

  /** Where the student ended up; the handover ends with it, and so does the workshop's access. */
  recordOutcome: procedure
    .meta({ permission: "handover.record" })
    .input(input(RecordOutcomeInput))
    .mutation(async ({ ctx, input: result }) => {
      const found = await findHandover(ctx.tx, result.handoverId);
      assertActive(found);
      const { handoverId, evidence, evidenceNote, ...fields } = result;
      const employment = (employmentKinds as readonly string[]).includes(fields.kind);
      if (employment && fields.employmentMonths === undefined) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "employmentMonths: say how many months the employment has lasted so far.",
        });
      }
      const lasted = employment ? lastedTwoMonths(fields.employmentMonths ?? 0) : null;
      // The core's write emits core.outcomeRecorded, which the funding work and other plugins read.
      const created = await recordOutcome(ctx, { providerId: found.providerId, id: found.studentId }, fields);
      await ctx.tx.insert(outcomeEvidence).values({
        providerId: found.providerId,
        outcomeId: created.id,
        handoverId: found.id,
        studentId: found.studentId,
        evidence,
        description: evidenceNote,
        startsOn: fields.occurredOn,
        lastedTwoMonths: lasted,
        recordedBy: ctx.actor?.personId,
      });
      // A job not yet two months old does not count yet: the path goes on until it has lasted (or not).
      if (lasted === false) return { ...created, ended: false };
      await ctx.tx
        .update(handover)
        .set({ status: "ended", endedAt: new Date() })
        .where(and(eq(handover.providerId, found.providerId), eq(handover.id, found.id)));
      // The work is done: the workshop gives its access up (the grant was for this path only).
      await revokeGrant(ctx, found.grantId);
      return { ...created, ended: true };
    }),

  /** Withdraws the consent: the grant is revoked and the workshop's access ends with this transaction. */
  withdrawConsent: procedure
    .meta({ permission: "handover.withdraw" })
    .input(input(HandoverRef))
    .mutation(async ({ ctx, input: { handoverId } }) => {
      const found = await findHandover(ctx.tx, handoverId);
      if (!isActive(found)) return { ok: true as const };
      // Revoking the grant withdraws the handover, in this transaction (the core.grantRevoked subscriber).
      await revokeGrant(ctx, found.grantId);
      return { ok: true as const };
    }),
});

export type HandoverRouter = typeof handoverRouter;
