/**
 * Credit in higher education: an institution's rules (these badges are worth so many credits, or a
 * route to a direct study place), and for a learner, what their badges are worth where.
 */
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray, isNull, or, sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { creditRule, issuedBadge, pursuit } from "../db/schema.ts";
import { TextWords } from "./inputs.ts";

const RuleInput = Schema.Struct({
  badgeClassIds: Schema.Array(Id).check(
    Schema.isMinLength(1, { message: "Choose at least one badge." }),
    Schema.isMaxLength(20),
  ),
  kind: Schema.Literals(["credits", "study_place"]),
  credits: Schema.optional(
    Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 60 }, { message: "1 to 60 credits." })),
  ),
  description: TextWords({ message: "Say in Finnish what the badges are recognised for." }),
});

const rules = (tx: Database) =>
  tx
    .select({
      id: creditRule.id,
      institutionId: creditRule.institutionId,
      institution: core.organisation.name,
      badgeClassIds: creditRule.badgeClassIds,
      kind: creditRule.kind,
      credits: creditRule.credits,
      description: creditRule.description,
    })
    .from(creditRule)
    .innerJoin(core.organisation, eq(core.organisation.id, creditRule.institutionId))
    .orderBy(asc(core.organisation.name), asc(creditRule.createdAt))
    .limit(500);

export const creditRouter = router({
  rules: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read" })
    .query(async ({ ctx }) => rules(ctx.tx)),

  /** Each rule with the badges it asks for that I hold (issued, not revoked, in force), and whether it is met. */
  worth: procedure.meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" }).query(async ({ ctx }) => {
    const held = await ctx.tx
      .select({
        badgeClassId: pursuit.badgeClassId,
        providerId: pursuit.providerId,
        studentId: pursuit.studentId,
      })
      .from(issuedBadge)
      .innerJoin(
        pursuit,
        and(eq(pursuit.providerId, issuedBadge.providerId), eq(pursuit.id, issuedBadge.pursuitId)),
      )
      .innerJoin(
        core.student,
        and(eq(core.student.providerId, pursuit.providerId), eq(core.student.id, pursuit.studentId)),
      )
      .where(
        and(
          eq(core.student.personId, ctx.actor!.personId),
          isNull(issuedBadge.revokedAt),
          or(isNull(issuedBadge.validUntil), sql`${issuedBadge.validUntil} > now()`),
        ),
      );
    const mine = new Set(held.map((h) => h.badgeClassId));
    const seen = new Map(held.map((h) => [h.studentId, h.providerId]));
    await ctx.audit(
      [...seen].map(([studentId, providerId]) => ({ providerId, studentId, action: "read" as const })),
    );
    return (await rules(ctx.tx)).map((r) => {
      const have = r.badgeClassIds.filter((id) => mine.has(id));
      return { ...r, have, met: have.length === r.badgeClassIds.length };
    });
  }),

  add: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.credit.keep" })
    .input(input(RuleInput))
    .mutation(async ({ ctx, input: rule }) => {
      const actor = ctx.actor!;
      if (actor.organisationKind !== "higher_education") {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only a higher-education institution keeps credit rules.",
        });
      }
      if ((rule.kind === "credits") !== (rule.credits !== undefined)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "credits: give the credits for a credit rule, and none for a study place.",
        });
      }
      const [created] = await ctx.tx
        .insert(creditRule)
        .values({
          institutionId: actor.organisationId,
          badgeClassIds: [...rule.badgeClassIds],
          kind: rule.kind,
          credits: rule.credits ?? null,
          description: rule.description,
          createdBy: actor.personId,
        })
        .returning({ id: creditRule.id });
      return { id: created!.id };
    }),

  remove: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.credit.keep" })
    .input(input(Schema.Struct({ ruleId: Id })))
    .mutation(async ({ ctx, input: { ruleId } }) => {
      const removed = await ctx.tx
        .delete(creditRule)
        .where(and(eq(creditRule.id, ruleId), inArray(creditRule.institutionId, [ctx.actor!.organisationId])))
        .returning({ id: creditRule.id });
      if (removed.length === 0) throw notFound("The credit rule");
      return { removed: true };
    }),
});
