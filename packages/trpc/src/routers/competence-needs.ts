import { schema } from "@polku/db";
import { localDateIn } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, desc, eq } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { Id, LocalDateInput, MultiLineText, PageLimit, SingleLineText } from "../schemas.ts";
import { input } from "../validation.ts";

/** The region's open needs fit many times in one page; the largest a call returns. */
export const MAX_NEEDS = 1000;

const QualificationCode = Schema.String.check(
  Schema.isPattern(/^[0-9]{6}$/, { message: "qualificationCode: a qualification's code has six digits." }),
);

/** A need with no words would be listed, counted and linked to badges as a blank: refused. */
const written = ({ message }: { message: string }) =>
  Schema.makeFilter((s: string) => (s.trim() === "" ? message : undefined));

const StateNeed = Schema.Struct({
  field: SingleLineText(200).check(written({ message: "Name the field or qualification the need is in." })),
  qualificationCode: Schema.optional(QualificationCode),
  descriptionFi: MultiLineText(4000).check(written({ message: "Say in Finnish what competence is needed." })),
  headcount: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 1000 })),
  neededFrom: Schema.optional(LocalDateInput),
  neededUntil: Schema.optional(LocalDateInput),
});

const ListNeeds = Schema.Struct({
  /** Only this company's needs (the company's own page); all companies' when left out. */
  organisationId: Schema.optional(Id),
  status: Schema.optional(Schema.Literals(["open", "closed"])),
  limit: Schema.optional(PageLimit(MAX_NEEDS)),
});

/**
 * Companies' competence needs, shared by every feature that holds people's competence against them
 * (a workshop's competence mapping and job placement, a badge passport). No personal data: no audit
 * entries; row-level security says who states and closes them (migration 0024).
 */
export const competenceNeedsRouter = router({
  list: procedure
    .meta({ permission: "competenceNeed.read" })
    .input(input(ListNeeds))
    .query(({ ctx, input: { organisationId, status, limit = MAX_NEEDS } }) => {
      const { companyCompetenceNeed: need, organisation } = schema;
      return ctx.tx
        .select({
          id: need.id,
          organisationId: need.organisationId,
          organisationName: organisation.name,
          field: need.field,
          qualificationCode: need.qualificationCode,
          descriptionFi: need.descriptionFi,
          headcount: need.headcount,
          status: need.status,
          neededFrom: need.neededFrom,
          neededUntil: need.neededUntil,
          createdAt: need.createdAt,
        })
        .from(need)
        .innerJoin(organisation, eq(organisation.id, need.organisationId))
        .where(
          and(
            organisationId ? eq(need.organisationId, organisationId) : undefined,
            status ? eq(need.status, status) : undefined,
          ),
        )
        .orderBy(asc(need.status), desc(need.createdAt), asc(need.id))
        .limit(limit);
    }),

  /** A company's contact states a need of the company it acts for. */
  state: procedure
    .meta({ permission: "competenceNeed.write" })
    .input(input(StateNeed))
    .mutation(async ({ ctx, input: need }) => {
      const organisationId = ctx.actor?.organisationId;
      if (!organisationId) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Only a company's contact states its needs." });
      }
      if (need.neededFrom && need.neededUntil && need.neededUntil < need.neededFrom) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "neededUntil: the end is before the start." });
      }
      if (need.neededUntil && need.neededUntil < localDateIn(new Date())) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "neededUntil: the end is in the past." });
      }
      const [created] = await ctx.tx
        .insert(schema.companyCompetenceNeed)
        .values({ ...need, organisationId, createdBy: ctx.actor?.personId })
        .returning({ id: schema.companyCompetenceNeed.id });
      return { id: created!.id };
    }),

  /** The need is filled or gone: closed, never deleted (a placement may have rested on it). */
  close: procedure
    .meta({ permission: "competenceNeed.write" })
    .input(input(Schema.Struct({ needId: Id })))
    .mutation(async ({ ctx, input: { needId } }) => {
      const closed = await ctx.tx
        .update(schema.companyCompetenceNeed)
        .set({ status: "closed", closedAt: new Date() })
        .where(eq(schema.companyCompetenceNeed.id, needId))
        .returning({ id: schema.companyCompetenceNeed.id });
      if (closed.length === 0) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "The competence need was not found, or it is closed.",
        });
      }
      return { ok: true as const };
    }),
});
