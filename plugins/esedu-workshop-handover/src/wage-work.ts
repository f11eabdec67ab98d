/**
 * Wage-subsidised work (seed 000) as the workshop arranges it: with which employer, for which period,
 * on which subsidy decision (number, day, and who decided), and the qualification completed one unit
 * at a time alongside it: units of the coachee's qualification from the national requirements in the
 * core's catalogue, each with its progress. The work is a step on the pathway as well.
 */

import { localDateIn } from "@polku/domain";
import { core, type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import {
  Id,
  input,
  LocalDateInput,
  procedure,
  recordStep,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { requireAgreedService } from "./agreements.ts";
import { type UnitName, wageSubsidy, wageSubsidyUnit } from "./db/wage-schema.ts";
import { assertActive, findHandover } from "./handover-query.ts";
import { organisationNote } from "./step-notes.ts";
import { subsidyDeciders, unitStatuses } from "./wage-work-vocabulary.ts";

/** The refusal when the handover's service agreement leaves this service out. */
const noWageWorkMessage = "The service agreement does not include wage-subsidised work.";

const { organisation } = core;

/** A period of wage-subsidised work takes a handful of units at most: a bound on the input. */
const MAX_UNITS = 20;
/** A qualification has some dozens of units: a hard cap. */
const MAX_CATALOGUE = 300;

const RecordInput = Schema.Struct({
  handoverId: Id,
  employerId: Id,
  startsOn: LocalDateInput,
  endsOn: LocalDateInput,
  decisionNumber: SingleLineText(100).check(
    Schema.isMinLength(1, { message: "Give the number of the subsidy decision." }),
  ),
  decisionDate: LocalDateInput,
  decidedBy: Schema.Literals(subsidyDeciders),
  deciderName: Schema.optional(SingleLineText(200)),
  unitCodes: Schema.Array(SingleLineText(100)).check(Schema.isMaxLength(MAX_UNITS)),
});

const ProgressInput = Schema.Struct({
  wageSubsidyId: Id,
  unitCode: SingleLineText(100),
  status: Schema.Literals(unitStatuses),
});

interface CatalogueUnit {
  code: string;
  name: UnitName;
  competencePoints: number | null;
}

/** The units of the coachee's qualification in the requirements' order (the newest requirements loaded). */
async function qualificationUnits(tx: Database, educationCode: string | null): Promise<CatalogueUnit[]> {
  if (!educationCode) return [];
  const rows = rowsOf<{
    code: string;
    name_fi: string;
    name_sv: string | null;
    name_en: string | null;
    points: string | null;
  }>(
    await tx.execute(sql`select u.code, u.name_fi, u.name_sv, u.name_en, u.competence_points as points
      from qualification_unit u
      join (select id from qualification where ${educationCode}::text = any(education_codes)
            order by loaded_at desc limit 1) q on q.id = u.qualification_id
      order by u.position, u.code limit ${MAX_CATALOGUE}`),
  );
  return rows.map((r) => ({
    code: r.code,
    name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    competencePoints: r.points === null ? null : Number(r.points),
  }));
}

export const wageWorkRouter = router({
  /** The units the coachee's qualification has, to pick those completed alongside the work. */
  units: procedure
    .meta({ permission: "handover.record" })
    .input(input(Schema.Struct({ handoverId: Id })))
    .query(async ({ ctx, input: { handoverId } }) => {
      const found = await findHandover(ctx.tx, handoverId);
      return qualificationUnits(ctx.tx, found.qualificationCode);
    }),

  /** Records a period of wage-subsidised work, its decision and the units to complete alongside it. */
  record: procedure
    .meta({ permission: "handover.record" })
    .input(input(RecordInput))
    .mutation(async ({ ctx, input: work }) => {
      const found = await findHandover(ctx.tx, work.handoverId);
      assertActive(found);
      if (work.endsOn < work.startsOn) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "endsOn: the end date is before the start date.",
        });
      }
      // The work rests on the decision: it is made before the work ends, not after.
      if (work.decisionDate > work.endsOn) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "decisionDate: the subsidy decision is dated after the work ends.",
        });
      }
      await requireAgreedService(ctx.tx, found, "wage-subsidised-work", noWageWorkMessage);
      const [employer] = await ctx.tx
        .select({ kind: organisation.kind, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.id, work.employerId));
      if (!employer || !["company", "partner", "provider", "institution"].includes(employer.kind)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "employerId: choose the employer." });
      }
      const catalogue = new Map(
        (await qualificationUnits(ctx.tx, found.qualificationCode)).map((u) => [u.code, u]),
      );
      const codes = [...new Set(work.unitCodes)];
      const unknown = codes.filter((c) => !catalogue.has(c));
      if (unknown.length > 0) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "unitCodes: choose units of the coachee's qualification.",
        });
      }
      const today = localDateIn(new Date());
      const step = await recordStep(
        ctx,
        { providerId: found.providerId, id: found.studentId },
        {
          kind: "wage-subsidised-work",
          status: work.startsOn > today ? "planned" : work.endsOn < today ? "done" : "in_progress",
          startsOn: work.startsOn,
          endsOn: work.endsOn,
          note: organisationNote("employer", employer.name),
        },
      );
      const personId = ctx.actor!.personId;
      const [created] = await ctx.tx
        .insert(wageSubsidy)
        .values({
          providerId: found.providerId,
          handoverId: found.id,
          studentId: found.studentId,
          workshopId: found.workshopId,
          employerId: work.employerId,
          stepId: step.id,
          startsOn: work.startsOn,
          endsOn: work.endsOn,
          decisionNumber: work.decisionNumber,
          decisionDate: work.decisionDate,
          decidedBy: work.decidedBy,
          deciderName: work.deciderName || null,
          createdBy: personId,
        })
        .returning({ id: wageSubsidy.id });
      if (codes.length > 0) {
        await ctx.tx.insert(wageSubsidyUnit).values(
          codes.map((code) => {
            const unit = catalogue.get(code)!;
            return {
              providerId: found.providerId,
              wageSubsidyId: created!.id,
              studentId: found.studentId,
              workshopId: found.workshopId,
              unitCode: code,
              unitName: unit.name,
              competencePoints: unit.competencePoints,
              changedOn: today,
              changedBy: personId,
            };
          }),
        );
      }
      return { id: created!.id };
    }),

  /** One unit's progress (planned, in progress, demonstrated, completed), as the coach follows it. */
  setProgress: procedure
    .meta({ permission: "handover.record" })
    .input(input(ProgressInput))
    .mutation(async ({ ctx, input: { wageSubsidyId, unitCode, status } }) => {
      const [work] = await ctx.tx
        .select({
          handoverId: wageSubsidy.handoverId,
          providerId: wageSubsidy.providerId,
          studentId: wageSubsidy.studentId,
        })
        .from(wageSubsidy)
        .where(eq(wageSubsidy.id, wageSubsidyId));
      if (!work)
        throw new TRPCError({ code: "NOT_FOUND", message: "The wage-subsidised work was not found." });
      assertActive(await findHandover(ctx.tx, work.handoverId));
      const changed = await ctx.tx
        .update(wageSubsidyUnit)
        .set({ status, changedOn: localDateIn(new Date()), changedBy: ctx.actor!.personId })
        .where(
          and(
            eq(wageSubsidyUnit.providerId, work.providerId),
            eq(wageSubsidyUnit.wageSubsidyId, wageSubsidyId),
            eq(wageSubsidyUnit.unitCode, unitCode),
          ),
        )
        .returning({ code: wageSubsidyUnit.unitCode });
      if (changed.length === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "The unit is not part of this work." });
      }
      await ctx.audit([{ providerId: work.providerId, studentId: work.studentId, action: "update" }]);
      return { ok: true as const };
    }),

  /** The handover's periods of wage-subsidised work with their units, in order. */
  list: procedure
    .meta({ permission: "handover.read" })
    .input(input(Schema.Struct({ handoverId: Id })))
    .query(async ({ ctx, input: { handoverId } }) => {
      const found = await findHandover(ctx.tx, handoverId);
      const periods = await ctx.tx
        .select({
          id: wageSubsidy.id,
          employerName: organisation.name,
          startsOn: wageSubsidy.startsOn,
          endsOn: wageSubsidy.endsOn,
          decisionNumber: wageSubsidy.decisionNumber,
          decisionDate: wageSubsidy.decisionDate,
          decidedBy: wageSubsidy.decidedBy,
          deciderName: wageSubsidy.deciderName,
        })
        .from(wageSubsidy)
        .innerJoin(organisation, eq(organisation.id, wageSubsidy.employerId))
        .where(and(eq(wageSubsidy.providerId, found.providerId), eq(wageSubsidy.handoverId, found.id)))
        .orderBy(asc(wageSubsidy.startsOn), asc(wageSubsidy.id))
        .limit(100);
      const units =
        periods.length === 0
          ? []
          : await ctx.tx
              .select({
                wageSubsidyId: wageSubsidyUnit.wageSubsidyId,
                code: wageSubsidyUnit.unitCode,
                name: wageSubsidyUnit.unitName,
                competencePoints: wageSubsidyUnit.competencePoints,
                status: wageSubsidyUnit.status,
                changedOn: wageSubsidyUnit.changedOn,
              })
              .from(wageSubsidyUnit)
              .where(
                and(
                  eq(wageSubsidyUnit.providerId, found.providerId),
                  inArray(
                    wageSubsidyUnit.wageSubsidyId,
                    periods.map((p) => p.id),
                  ),
                ),
              )
              .orderBy(asc(wageSubsidyUnit.unitCode))
              .limit(MAX_UNITS * 100);
      await ctx.audit([{ providerId: found.providerId, studentId: found.studentId, action: "read" }]);
      return periods.map((p) => ({ ...p, units: units.filter((u) => u.wageSubsidyId === p.id) }));
    }),
});
