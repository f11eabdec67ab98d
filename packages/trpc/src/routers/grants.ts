import { schema } from "@polku/db";
import { consentGivers, grantScopes, isMinor, localDateIn, partnerOrganisationKinds } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, desc, eq, isNull } from "drizzle-orm";
import { Schema } from "effect";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { Id, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { findStudent } from "./student-lookup.ts";

const { accessGrant, organisation } = schema;
const partnerKinds: ReadonlySet<string> = new Set(partnerOrganisationKinds);

const CreateGrantInput = Schema.Struct({
  studentId: Id,
  granteeOrganisationId: Id,
  scope: Schema.Literals(grantScopes),
  consentGivenBy: Schema.Literals(consentGivers),
  validUntil: Schema.optional(Schema.String.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/))),
});

export const grantsRouter = router({
  forStudent: procedure
    .meta({ permission: "grant.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const rows = await ctx.tx
        .select({
          id: accessGrant.id,
          scope: accessGrant.scope,
          granteeOrganisationId: accessGrant.granteeOrganisationId,
          granteeName: organisation.name,
          consentGivenBy: accessGrant.consentGivenBy,
          validFrom: accessGrant.validFrom,
          validUntil: accessGrant.validUntil,
          revokedAt: accessGrant.revokedAt,
        })
        .from(accessGrant)
        .innerJoin(organisation, eq(organisation.id, accessGrant.granteeOrganisationId))
        .where(and(eq(accessGrant.providerId, found.providerId), eq(accessGrant.studentId, found.id)))
        .orderBy(desc(accessGrant.validFrom));
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return rows;
    }),

  /** Opens a student to a partner organisation on recorded consent. A minor's consent comes from a guardian. */
  create: procedure
    .meta({ permission: "grant.create" })
    .input(input(CreateGrantInput))
    .mutation(async ({ ctx, input: grant }) => {
      const found = await findStudent(ctx.tx, grant.studentId);
      if (grant.consentGivenBy === "student" && isMinor(found.birthDate, localDateIn(new Date()))) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "consentGivenBy: the student is a minor, so a guardian must give the consent.",
        });
      }
      const [grantee] = await ctx.tx
        .select({ kind: organisation.kind })
        .from(organisation)
        .where(eq(organisation.id, grant.granteeOrganisationId));
      if (!grantee || !partnerKinds.has(grantee.kind)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "granteeOrganisationId: choose a workshop, company, partner or higher-education institution.",
        });
      }
      const [created] = await ctx.tx
        .insert(accessGrant)
        .values({
          providerId: found.providerId,
          studentId: found.id,
          granteeOrganisationId: grant.granteeOrganisationId,
          scope: grant.scope,
          consentGivenBy: grant.consentGivenBy,
          grantedBy: ctx.actor!.personId,
          validUntil: grant.validUntil ? new Date(`${grant.validUntil}T23:59:59+02:00`) : null,
        })
        .returning({ id: accessGrant.id });
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "create" }]);
      return { id: created!.id };
    }),

  /** Withdraws consent: the partner's access ends with this transaction. */
  revoke: procedure
    .meta({ permission: "grant.revoke" })
    .input(input(Schema.Struct({ grantId: Id })))
    .mutation(async ({ ctx, input: { grantId } }) => {
      const [revoked] = await ctx.tx
        .update(accessGrant)
        .set({ revokedAt: new Date(), revokedBy: ctx.actor!.personId })
        .where(and(eq(accessGrant.id, grantId), isNull(accessGrant.revokedAt)))
        .returning({ providerId: accessGrant.providerId, studentId: accessGrant.studentId });
      if (!revoked) throw notFound("An active consent");
      await ctx.audit([{ providerId: revoked.providerId, studentId: revoked.studentId, action: "update" }]);
      return { ok: true as const };
    }),
});
