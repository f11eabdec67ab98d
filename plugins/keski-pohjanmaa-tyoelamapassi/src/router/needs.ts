/**
 * Badges and the companies' competence needs: a version names the needs it answers by their id in the
 * core's `company_competence_need` (the one place needs are kept, shared with the continuation work);
 * what a need says is always read from there.
 */
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import { TRPCError } from "@polku/plugin-sdk/server";
import { badgeClass, badgeVersion, badgeVersionNeed } from "../db/schema.ts";

/** Links a version just written to the needs it answers; each must be an open need of a company. */
export async function linkNeeds(
  tx: Database,
  badgeClassId: string,
  version: number,
  needIds: readonly string[] | undefined,
) {
  const ids = [...new Set(needIds ?? [])];
  if (ids.length === 0) return;
  const open = await tx
    .select({ id: core.companyCompetenceNeed.id })
    .from(core.companyCompetenceNeed)
    .where(and(inArray(core.companyCompetenceNeed.id, ids), eq(core.companyCompetenceNeed.status, "open")));
  if (open.length !== ids.length) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "competenceNeedIds: choose open competence needs of the region's companies.",
    });
  }
  await tx.insert(badgeVersionNeed).values(ids.map((needId) => ({ badgeClassId, version, needId })));
}

export interface NeedOfBadge {
  readonly id: string;
  readonly field: string;
  readonly description: string;
  readonly status: string;
  readonly organisationId: string;
  readonly organisationName: string;
}

/** The needs each of these versions answers, keyed `<badge class id>/<version>`. */
export async function needsOfVersions(
  tx: Database,
  versions: readonly { badgeClassId: string; version: number }[],
): Promise<Map<string, NeedOfBadge[]>> {
  const byVersion = new Map<string, NeedOfBadge[]>();
  const classIds = [...new Set(versions.map((v) => v.badgeClassId))];
  if (classIds.length === 0) return byVersion;
  const wanted = new Set(versions.map((v) => `${v.badgeClassId}/${v.version}`));
  const rows = await tx
    .select({
      badgeClassId: badgeVersionNeed.badgeClassId,
      version: badgeVersionNeed.version,
      id: core.companyCompetenceNeed.id,
      field: core.companyCompetenceNeed.field,
      description: core.companyCompetenceNeed.descriptionFi,
      status: core.companyCompetenceNeed.status,
      organisationId: core.organisation.id,
      organisationName: core.organisation.name,
    })
    .from(badgeVersionNeed)
    .innerJoin(core.companyCompetenceNeed, eq(core.companyCompetenceNeed.id, badgeVersionNeed.needId))
    .innerJoin(core.organisation, eq(core.organisation.id, core.companyCompetenceNeed.organisationId))
    .where(inArray(badgeVersionNeed.badgeClassId, classIds))
    .orderBy(asc(core.organisation.name), asc(core.companyCompetenceNeed.field));
  for (const { badgeClassId, version, ...need } of rows) {
    const key = `${badgeClassId}/${version}`;
    if (!wanted.has(key)) continue;
    byVersion.set(key, [...(byVersion.get(key) ?? []), need]);
  }
  return byVersion;
}

/**
 * The open competence needs of the region's companies (of one company, if given), each with the badges
 * whose current version answers it: what the catalogue keeper picks from, and what a company sees.
 */
export async function needsWithBadges(tx: Database, organisationId?: string) {
  const needs = await tx
    .select({
      id: core.companyCompetenceNeed.id,
      field: core.companyCompetenceNeed.field,
      description: core.companyCompetenceNeed.descriptionFi,
      headcount: core.companyCompetenceNeed.headcount,
      organisationId: core.organisation.id,
      organisationName: core.organisation.name,
    })
    .from(core.companyCompetenceNeed)
    .innerJoin(core.organisation, eq(core.organisation.id, core.companyCompetenceNeed.organisationId))
    .where(
      and(
        eq(core.companyCompetenceNeed.status, "open"),
        organisationId ? eq(core.companyCompetenceNeed.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(core.organisation.name), asc(core.companyCompetenceNeed.field))
    .limit(500);
  const ids = needs.map((n) => n.id);
  const badges =
    ids.length === 0
      ? []
      : await tx
          .select({ needId: badgeVersionNeed.needId, badgeClassId: badgeClass.id, name: badgeVersion.name })
          .from(badgeVersionNeed)
          .innerJoin(badgeClass, eq(badgeClass.id, badgeVersionNeed.badgeClassId))
          .innerJoin(
            badgeVersion,
            and(
              eq(badgeVersion.badgeClassId, badgeVersionNeed.badgeClassId),
              eq(badgeVersion.version, badgeVersionNeed.version),
            ),
          )
          .where(
            and(
              inArray(badgeVersionNeed.needId, ids),
              eq(badgeVersionNeed.version, badgeClass.currentVersion),
            ),
          )
          .orderBy(asc(sql`${badgeVersion.name}->>'fi'`));
  return needs.map((n) => ({
    ...n,
    badges: badges
      .filter((b) => b.needId === n.id)
      .map((b) => ({ badgeClassId: b.badgeClassId, name: b.name })),
  }));
}
