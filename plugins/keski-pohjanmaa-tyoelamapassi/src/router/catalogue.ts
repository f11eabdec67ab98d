/** The region's badge catalogue: read by everyone signed in, kept (new badges, new versions) by its keepers. */
import { core } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, notFound, procedure, router, SingleLineText, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { badgeClass, badgeVersion } from "../db/schema.ts";
import { VersionInput } from "./inputs.ts";
import { linkNeeds, needsOfVersions, needsWithBadges } from "./needs.ts";

const CreateInput = Schema.Struct({
  slug: SingleLineText(80).check(
    Schema.isPattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message: "Use lower-case letters, digits and hyphens, like asiakaspalvelu-yrityksessa.",
    }),
  ),
  version: VersionInput,
});

const versionValues = (badgeClassId: string, version: number, v: VersionInput, createdBy: string) => ({
  badgeClassId,
  version,
  name: v.name,
  description: v.description,
  criteria: v.criteria,
  learningGoals: [...v.learningGoals],
  evidence: v.evidence,
  assessorRoles: [...v.assessorRoles],
  assessorOrganisations: [...v.assessorOrganisations],
  competenceNeed: v.competenceNeed ?? null,
  skills: [...v.skills],
  validityMonths: v.validityMonths ?? null,
  createdBy,
});

export const catalogueRouter = router({
  /** Every badge in its current version, with the names of the companies that may assess it. */
  list: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read" })
    .query(async ({ ctx }) => {
      const rows = await ctx.tx
        .select({ id: badgeClass.id, slug: badgeClass.slug, version: badgeVersion })
        .from(badgeClass)
        .innerJoin(
          badgeVersion,
          and(
            eq(badgeVersion.badgeClassId, badgeClass.id),
            eq(badgeVersion.version, badgeClass.currentVersion),
          ),
        )
        .orderBy(asc(sql`${badgeVersion.name}->>'fi'`))
        .limit(500);
      const orgIds = [...new Set(rows.flatMap((r) => r.version.assessorOrganisations))];
      const orgs =
        orgIds.length === 0
          ? []
          : await ctx.tx
              .select({ id: core.organisation.id, name: core.organisation.name })
              .from(core.organisation)
              .where(inArray(core.organisation.id, orgIds));
      const names = new Map(orgs.map((o) => [o.id, o.name]));
      const needs = await needsOfVersions(
        ctx.tx,
        rows.map((r) => r.version),
      );
      return rows.map((r) => ({
        slug: r.slug,
        ...r.version,
        assessors: r.version.assessorOrganisations.map((id) => ({ id, name: names.get(id) ?? "" })),
        competenceNeeds: needs.get(`${r.version.badgeClassId}/${r.version.version}`) ?? [],
      }));
    }),

  /**
   * The companies' open competence needs with the badges that answer them (a company's contact: their
   * own company's unless `all`), and the region's companies that may be named as assessors.
   */
  needs: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read" })
    .input(input(Schema.Struct({ all: Schema.optional(Schema.Boolean) })))
    .query(async ({ ctx, input: { all } }) => {
      const actor = ctx.actor!;
      const own = actor.role === "company_contact" && !all ? actor.organisationId : undefined;
      const companies = await ctx.tx
        .select({ id: core.organisation.id, name: core.organisation.name })
        .from(core.organisation)
        .where(eq(core.organisation.kind, "company"))
        .orderBy(asc(core.organisation.name))
        .limit(500);
      return { needs: await needsWithBadges(ctx.tx, own ?? undefined), companies };
    }),

  /** One badge's versions, newest first (what each version said stays as it was). */
  versions: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read" })
    .input(input(Schema.Struct({ badgeClassId: Id })))
    .query(async ({ ctx, input: { badgeClassId } }) => {
      const rows = await ctx.tx
        .select()
        .from(badgeVersion)
        .where(eq(badgeVersion.badgeClassId, badgeClassId))
        .orderBy(sql`${badgeVersion.version} desc`)
        .limit(100);
      if (rows.length === 0) throw notFound("The badge");
      return rows;
    }),

  create: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.keep" })
    .input(input(CreateInput))
    .mutation(async ({ ctx, input: { slug, version } }) => {
      const actor = ctx.actor!;
      const [taken] = await ctx.tx
        .select({ id: badgeClass.id })
        .from(badgeClass)
        .where(eq(badgeClass.slug, slug));
      if (taken)
        throw new TRPCError({ code: "CONFLICT", message: "slug: another badge has this address already." });
      const [created] = await ctx.tx
        .insert(badgeClass)
        .values({ slug, keptBy: actor.organisationId! })
        .returning({ id: badgeClass.id });
      await ctx.tx.insert(badgeVersion).values(versionValues(created!.id, 1, version, actor.personId));
      await linkNeeds(ctx.tx, created!.id, 1, version.competenceNeedIds);
      return { id: created!.id, version: 1 };
    }),

  /** A new version: learners who chose the badge before keep theirs; new pursuits take this one. */
  addVersion: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.catalogue.keep" })
    .input(input(Schema.Struct({ badgeClassId: Id, version: VersionInput })))
    .mutation(async ({ ctx, input: { badgeClassId, version } }) => {
      const [bumped] = await ctx.tx
        .update(badgeClass)
        .set({ currentVersion: sql`${badgeClass.currentVersion} + 1` })
        .where(eq(badgeClass.id, badgeClassId))
        .returning({ version: badgeClass.currentVersion });
      if (!bumped) throw notFound("The badge");
      await ctx.tx
        .insert(badgeVersion)
        .values(versionValues(badgeClassId, bumped.version, version, ctx.actor!.personId));
      await linkNeeds(ctx.tx, badgeClassId, bumped.version, version.competenceNeedIds);
      return { version: bumped.version };
    }),
});
