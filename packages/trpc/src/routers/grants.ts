import { schema } from "@polku/db";
import { consentGivers, grantScopes, partnerOrganisationKinds } from "@polku/domain";
import { and, desc, eq } from "drizzle-orm";
import { Schema } from "effect";
import { notFound } from "../errors.ts";
import { grantAccess, revokeGrant } from "../grant-writes.ts";
import { procedure, router } from "../init.ts";
import { Id, LocalDateInput, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { findStudent } from "./student-lookup.ts";

const { accessGrant, organisation } = schema;
const _partnerKinds: ReadonlySet<string> = new Set(partnerOrganisationKinds);

/** A student's consents are naturally few (one per partner and purpose): a hard cap, newest first. */
const MAX_GRANTS_PER_STUDENT = 200;

const CreateGrantInput = Schema.Struct({
  studentId: Id,
  granteeOrganisationId: Id,
  scope: Schema.Literals(grantScopes),
  consentGivenBy: Schema.Literals(consentGivers),
  validUntil: Schema.optional(LocalDateInput),
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
        .orderBy(desc(accessGrant.validFrom), desc(accessGrant.id))
        .limit(MAX_GRANTS_PER_STUDENT);
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return rows;
    }),

  /** Opens a student to a partner organisation on recorded consent (see grantAccess for the rules). */
  create: procedure
    .meta({ permission: "grant.create" })
    .input(input(CreateGrantInput))
    .mutation(async ({ ctx, input: { studentId, ...grant } }) =>
      grantAccess(ctx, await findStudent(ctx.tx, studentId), grant),
    ),

  /** Withdraws consent: the partner's access ends with this transaction. */
  revoke: procedure
    .meta({ permission: "grant.revoke" })
    .input(input(Schema.Struct({ grantId: Id })))
    .mutation(async ({ ctx, input: { grantId } }) => {
      if (!(await revokeGrant(ctx, grantId))) throw notFound("An active consent");
      return { ok: true as const };
    }),
});
