/** A company endorses a badge class: an EndorsementCredential signed with the company's own key, shown with the badge. */
import { randomUUID } from "node:crypto";
import { core } from "@polku/plugin-sdk/db";
import { asc, eq } from "@polku/plugin-sdk/drizzle";
import { Id, input, MultiLineText, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { buildEndorsement, makeDocumentLoader, openKey, signCredential } from "../credentials/index.ts";
import { badgeClass, endorsement } from "../db/schema.ts";
import { achievementUrl, config, issuerDid } from "../server/config.ts";
import { didDocumentOf } from "../server/documents.ts";
import { currentKey } from "../server/keys.ts";

export const endorsingRouter = router({
  /** A badge class's endorsements, oldest first, with the companies' names and the signed credentials. */
  ofBadge: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read" })
    .input(input(Schema.Struct({ badgeClassId: Id })))
    .query(async ({ ctx, input: { badgeClassId } }) =>
      ctx.tx
        .select({
          id: endorsement.id,
          company: core.organisation.name,
          comment: endorsement.comment,
          createdAt: endorsement.createdAt,
          credential: endorsement.credential,
        })
        .from(endorsement)
        .innerJoin(core.organisation, eq(core.organisation.id, endorsement.endorserOrganisationId))
        .where(eq(endorsement.badgeClassId, badgeClassId))
        .orderBy(asc(endorsement.createdAt))
        .limit(100),
    ),

  endorse: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.endorse" })
    .input(
      input(
        Schema.Struct({
          badgeClassId: Id,
          comment: MultiLineText(1000).check(
            Schema.isMinLength(1, { message: "Say why your company endorses the badge." }),
          ),
        }),
      ),
    )
    .mutation(async ({ ctx, input: { badgeClassId, comment } }) => {
      const actor = ctx.actor!;
      const [badge] = await ctx.tx
        .select({ slug: badgeClass.slug, version: badgeClass.currentVersion })
        .from(badgeClass)
        .where(eq(badgeClass.id, badgeClassId));
      if (!badge) throw notFound("The badge");
      const [done] = await ctx.tx
        .select({ id: endorsement.id })
        .from(endorsement)
        .where(eq(endorsement.badgeClassId, badgeClassId));
      if (done && (await ownEndorsement(ctx.tx, badgeClassId, actor.organisationId))) {
        throw new TRPCError({ code: "CONFLICT", message: "Your company has endorsed this badge already." });
      }
      const did = issuerDid(actor.organisationId);
      const key = await currentKey(ctx.tx, actor.organisationId);
      const loader = makeDocumentLoader(new Map([[did, await didDocumentOf(ctx.tx, actor.organisationId)]]));
      const id = randomUUID();
      const credential = await signCredential(
        buildEndorsement({
          id: `urn:uuid:${id}`,
          issuer: { id: did, name: actor.organisationName },
          achievementId: achievementUrl(badge.slug, badge.version),
          comment,
          validFrom: new Date(),
        }),
        await openKey(config().kek, key),
        loader,
      );
      // Two requests at once both pass the check above: the unique index decides, and the second hears so.
      const inserted = await ctx.tx
        .insert(endorsement)
        .values({
          id,
          badgeClassId,
          endorserOrganisationId: actor.organisationId,
          comment,
          credential,
          createdBy: actor.personId,
        })
        .onConflictDoNothing()
        .returning({ id: endorsement.id });
      if (inserted.length === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Your company has endorsed this badge already." });
      return { id };
    }),
});

async function ownEndorsement(
  tx: Parameters<typeof didDocumentOf>[0],
  badgeClassId: string,
  organisationId: string,
) {
  const rows = await tx
    .select({ org: endorsement.endorserOrganisationId })
    .from(endorsement)
    .where(eq(endorsement.badgeClassId, badgeClassId));
  return rows.some((r) => r.org === organisationId);
}
