/**
 * The learner's shareable passport: a link to a page showing the badges they choose, and nothing else
 * of them. The link's token is shown once; only its hash is kept. It ends when the learner revokes it
 * or when its time (1 to 12 months, 6 by default) is up, and the page then reads as for a revoked link.
 */
import { core } from "@polku/plugin-sdk/db";
import { and, desc, eq, inArray, isNull, sql } from "@polku/plugin-sdk/drizzle";
import { newPublicToken, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { Id, input, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { issuedBadge, passportShare } from "../db/schema.ts";
import { publicBase } from "../server/config.ts";

/** A link's life when the learner does not pick one, and the longest they may pick. */
export const DEFAULT_SHARE_MONTHS = 6;
export const MAX_SHARE_MONTHS = 12;

export const sharingRouter = router({
  mine: procedure.meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" }).query(async ({ ctx }) =>
    ctx.tx
      .select({
        id: passportShare.id,
        badgeIds: passportShare.badgeIds,
        createdAt: passportShare.createdAt,
        revokedAt: passportShare.revokedAt,
        expiresAt: passportShare.expiresAt,
      })
      .from(passportShare)
      .orderBy(desc(passportShare.createdAt))
      .limit(50),
  ),

  create: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(
      input(
        Schema.Struct({
          badgeIds: Schema.Array(Id).check(
            Schema.isMinLength(1, { message: "Choose the badges to show." }),
            Schema.isMaxLength(50),
          ),
          /** How long the link works, in months (the learner picks; 6 unless they do, at most 12). */
          months: Schema.optional(
            Schema.Int.check(
              Schema.isBetween(
                { minimum: 1, maximum: MAX_SHARE_MONTHS },
                { message: "A link lasts 1 to 12 months." },
              ),
            ),
          ),
        }),
      ),
    )
    .mutation(async ({ ctx, input: { badgeIds, months = DEFAULT_SHARE_MONTHS } }) => {
      const badges = await ctx.tx
        .select({ id: issuedBadge.id, providerId: issuedBadge.providerId, studentId: issuedBadge.studentId })
        .from(issuedBadge)
        .innerJoin(
          core.student,
          and(
            eq(core.student.providerId, issuedBadge.providerId),
            eq(core.student.id, issuedBadge.studentId),
          ),
        )
        .where(
          and(
            inArray(issuedBadge.id, [...badgeIds]),
            eq(core.student.personId, ctx.actor!.personId),
            isNull(issuedBadge.revokedAt),
          ),
        );
      const students = new Set(badges.map((b) => `${b.providerId}/${b.studentId}`));
      if (badges.length !== new Set(badgeIds).size || students.size !== 1) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "badgeIds: choose badges of your own that are in force.",
        });
      }
      const token = newPublicToken();
      const [first] = badges;
      const [created] = await ctx.tx
        .insert(passportShare)
        .values({
          providerId: first!.providerId,
          studentId: first!.studentId,
          tokenHash: publicTokenHash(token),
          badgeIds: badges.map((b) => b.id),
          createdBy: ctx.actor!.personId,
          expiresAt: sql`now() + make_interval(months => ${months}::int)`,
        })
        .returning({ id: passportShare.id, expiresAt: passportShare.expiresAt });
      await ctx.audit([{ providerId: first!.providerId, studentId: first!.studentId, action: "create" }]);
      return { id: created!.id, url: `${publicBase()}/passport/${token}`, expiresAt: created!.expiresAt };
    }),

  revoke: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ shareId: Id })))
    .mutation(async ({ ctx, input: { shareId } }) => {
      const revoked = await ctx.tx
        .update(passportShare)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(passportShare.id, shareId), isNull(passportShare.revokedAt)))
        .returning({ providerId: passportShare.providerId, studentId: passportShare.studentId });
      if (revoked.length === 0) throw notFound("The passport link");
      await ctx.audit([
        { providerId: revoked[0]!.providerId, studentId: revoked[0]!.studentId, action: "update" },
      ]);
      return { revoked: true };
    }),
});
