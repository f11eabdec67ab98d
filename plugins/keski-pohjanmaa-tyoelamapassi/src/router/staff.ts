/** The provider's side: a student's badges, revoking one with a reason, and rotating the signing key. */
import { and, eq, sql } from "@polku/plugin-sdk/drizzle";
import {
  findStudent,
  Id,
  input,
  MultiLineText,
  notFound,
  procedure,
  router,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { issuedBadge, pursuit } from "../db/schema.ts";
import { revokeBadge } from "../server/issuing.ts";
import { rotateKey } from "../server/keys.ts";
import { notifyLearner } from "../server/notices.ts";
import { pursuitDetails } from "./pursuits.ts";

export const staffRouter = router({
  ofStudent: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.staff" })
    .input(input(Schema.Struct({ studentId: Id })))
    .query(async ({ ctx, input: { studentId } }) => {
      const student = await findStudent(ctx.tx, studentId);
      const rows = await pursuitDetails(
        ctx.tx,
        and(eq(pursuit.providerId, student.providerId), eq(pursuit.studentId, student.id)),
      );
      await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "read" }]);
      return rows;
    }),

  revoke: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.revoke" })
    .input(
      input(
        Schema.Struct({
          badgeId: Id,
          reason: MultiLineText(1000).check(
            Schema.isMinLength(1, { message: "Say why the badge is revoked." }),
          ),
        }),
      ),
    )
    .mutation(async ({ ctx, input: { badgeId, reason } }) => {
      const providerId = ctx.actor!.providerId;
      const [badge] = providerId
        ? await ctx.tx
            .select()
            .from(issuedBadge)
            .where(and(eq(issuedBadge.providerId, providerId), eq(issuedBadge.id, badgeId)))
        : [];
      if (!badge) throw notFound("The badge");
      if (badge.revokedAt)
        throw new TRPCError({ code: "BAD_REQUEST", message: "The badge is revoked already." });
      await revokeBadge(ctx.tx, badge, reason);
      const [revoked] = await ctx.tx
        .update(pursuit)
        .set({
          status: "revoked",
          decidedBy: ctx.actor!.personId,
          decidedAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(pursuit.providerId, badge.providerId), eq(pursuit.id, badge.pursuitId)))
        .returning();
      if (revoked) await notifyLearner(ctx.tx, revoked, { what: "badgeRevoked" });
      await ctx.audit([{ providerId: badge.providerId, studentId: badge.studentId, action: "update" }]);
      return { revoked: true };
    }),

  /** A new signing key for my organisation; badges signed with the old one still verify. */
  rotateKey: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.keys" })
    .mutation(async ({ ctx }) => {
      const providerId = ctx.actor!.providerId;
      if (!providerId)
        throw new TRPCError({ code: "FORBIDDEN", message: "Only an education provider signs badges." });
      return rotateKey(ctx.tx, providerId);
    }),
});
