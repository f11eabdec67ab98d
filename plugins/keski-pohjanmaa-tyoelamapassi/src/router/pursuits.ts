/** Reading pursuits (what each badge's state is) for the learner, the assessors and the learner's staff. */
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, desc, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import { notFound } from "@polku/plugin-sdk/server";
import { badgeClass, badgeVersion, evidence, issuedBadge, pursuit } from "../db/schema.ts";

/** A pursuit the acting person may see (row-level security decides), or NOT_FOUND. */
export async function visiblePursuit(tx: Database, pursuitId: string) {
  const [row] = await tx.select().from(pursuit).where(eq(pursuit.id, pursuitId));
  if (!row) throw notFound("The badge pursuit");
  return row;
}

/** Pursuits with their badge version's words, evidence count and issued badge, newest first. */
export async function pursuitDetails(tx: Database, where: ReturnType<typeof and>, limit = 200) {
  const rows = await tx
    .select({
      id: pursuit.id,
      providerId: pursuit.providerId,
      studentId: pursuit.studentId,
      badgeClassId: pursuit.badgeClassId,
      slug: badgeClass.slug,
      version: pursuit.version,
      currentVersion: badgeClass.currentVersion,
      status: pursuit.status,
      returnReason: pursuit.returnReason,
      assessorOrganisationId: pursuit.assessorOrganisationId,
      assessorName: core.organisation.name,
      name: badgeVersion.name,
      criteria: badgeVersion.criteria,
      evidenceNeeded: badgeVersion.evidence,
      learningGoals: badgeVersion.learningGoals,
      validityMonths: badgeVersion.validityMonths,
      updatedAt: pursuit.updatedAt,
      evidenceCount: sql<number>`(select count(*)::int from keski_pohjanmaa_tyoelamapassi.evidence e
        where e.provider_id = ${pursuit.providerId} and e.pursuit_id = ${pursuit.id})`,
    })
    .from(pursuit)
    .innerJoin(badgeClass, eq(badgeClass.id, pursuit.badgeClassId))
    .innerJoin(
      badgeVersion,
      and(eq(badgeVersion.badgeClassId, pursuit.badgeClassId), eq(badgeVersion.version, pursuit.version)),
    )
    .leftJoin(core.organisation, eq(core.organisation.id, pursuit.assessorOrganisationId))
    .where(where)
    .orderBy(desc(pursuit.updatedAt), desc(pursuit.id))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  const badges =
    ids.length === 0
      ? []
      : await tx
          .select({
            id: issuedBadge.id,
            pursuitId: issuedBadge.pursuitId,
            issuedAt: issuedBadge.issuedAt,
            validUntil: issuedBadge.validUntil,
            revokedAt: issuedBadge.revokedAt,
            revokeReason: issuedBadge.revokeReason,
          })
          .from(issuedBadge)
          .where(inArray(issuedBadge.pursuitId, ids));
  const byPursuit = new Map(badges.map((b) => [b.pursuitId, b]));
  return rows.map((r) => ({ ...r, badge: byPursuit.get(r.id) ?? null }));
}

export async function evidenceOf(tx: Database, p: { providerId: string; id: string }) {
  return tx
    .select({
      id: evidence.id,
      kind: evidence.kind,
      text: evidence.text,
      url: evidence.url,
      fileName: evidence.fileName,
      mediaType: evidence.mediaType,
      size: evidence.size,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .where(and(eq(evidence.providerId, p.providerId), eq(evidence.pursuitId, p.id)))
    .orderBy(evidence.createdAt, evidence.id)
    .limit(100);
}
