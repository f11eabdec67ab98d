import { core } from "@polku/plugin-sdk/db";
import { and, asc, desc, eq } from "@polku/plugin-sdk/drizzle";
import { Id, input, Note, procedure, recordStep, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { assertActive, findHandover } from "./handover-query.ts";

const { companyCompetenceNeed: need, organisation } = core;

/** The region's open needs fit in one page many times over: a hard cap. */
const MAX_NEEDS = 500;

/**
 * Competence mapping and job placement against companies' stated competence needs (the core's table,
 * migration 0024, which companies fill in the partner portal): the coachee's qualification held against
 * each open need, and a placement proposal recorded as a job-placement step on the pathway.
 */
export const placementRouter = router({
  /** Open needs, those for the coachee's own qualification first. */
  needs: procedure
    .meta({ permission: "handover.record" })
    .input(input(Schema.Struct({ handoverId: Id })))
    .query(async ({ ctx, input: { handoverId } }) => {
      const found = await findHandover(ctx.tx, handoverId);
      const rows = await ctx.tx
        .select({
          id: need.id,
          organisationName: organisation.name,
          field: need.field,
          qualificationCode: need.qualificationCode,
          descriptionFi: need.descriptionFi,
          headcount: need.headcount,
          neededFrom: need.neededFrom,
          neededUntil: need.neededUntil,
        })
        .from(need)
        .innerJoin(organisation, eq(organisation.id, need.organisationId))
        .where(eq(need.status, "open"))
        .orderBy(desc(need.createdAt), asc(need.id))
        .limit(MAX_NEEDS);
      await ctx.audit([{ providerId: found.providerId, studentId: found.studentId, action: "read" }]);
      const matched = rows.map((r) => ({
        ...r,
        matchesQualification: r.qualificationCode !== null && r.qualificationCode === found.qualificationCode,
      }));
      return matched.sort((a, b) => Number(b.matchesQualification) - Number(a.matchesQualification));
    }),

  /** The coach proposes the coachee for a company's open need: a job-placement step naming it. */
  propose: procedure
    .meta({ permission: "handover.record" })
    .input(input(Schema.Struct({ handoverId: Id, needId: Id, note: Schema.optional(Note) })))
    .mutation(async ({ ctx, input: proposal }) => {
      const found = await findHandover(ctx.tx, proposal.handoverId);
      assertActive(found);
      const [open] = await ctx.tx
        .select({ field: need.field, company: organisation.name })
        .from(need)
        .innerJoin(organisation, eq(organisation.id, need.organisationId))
        .where(and(eq(need.id, proposal.needId), eq(need.status, "open")));
      if (!open) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "The competence need was not found, or it is closed.",
        });
      }
      const words = [`${open.company}: ${open.field}`, proposal.note].filter(Boolean).join(". ");
      return recordStep(
        ctx,
        { providerId: found.providerId, id: found.studentId },
        { kind: "job-placement", status: "in_progress", note: words },
      );
    }),
});
