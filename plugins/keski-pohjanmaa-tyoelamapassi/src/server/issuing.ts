/**
 * Issuing an approved badge and revoking one. The issuer is the learner's education provider, whose key
 * signs; the achievement is the pursued version's words, so later versions change nothing already given.
 */
import { randomUUID } from "node:crypto";
import { core, type Database, rowsOf } from "@polku/plugin-sdk/db";
import { and, eq, sql } from "@polku/plugin-sdk/drizzle";
import { buildOpenBadge, makeDocumentLoader, openKey, signCredential } from "../credentials/index.ts";
import { badgeClass, badgeVersion, issuedBadge } from "../db/schema.ts";
import { achievementUrl, config, issuerDid, publicBase } from "./config.ts";
import { didDocumentOf } from "./documents.ts";
import { currentKey, resignList, takeStatusIndex } from "./keys.ts";

export interface PursuitToIssue {
  readonly providerId: string;
  readonly id: string;
  readonly studentId: string;
  readonly badgeClassId: string;
  readonly version: number;
}

/** Adds `months` to a date (the badge version's validity period), as the calendar does. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export async function issueBadge(
  tx: Database,
  pursuit: PursuitToIssue,
  learnerName: string,
  now = new Date(),
) {
  const [found] = await tx
    .select({ slug: badgeClass.slug, v: badgeVersion })
    .from(badgeVersion)
    .innerJoin(badgeClass, eq(badgeClass.id, badgeVersion.badgeClassId))
    .where(
      and(eq(badgeVersion.badgeClassId, pursuit.badgeClassId), eq(badgeVersion.version, pursuit.version)),
    );
  if (!found) throw new Error("The badge version is missing.");
  const [issuerOrg] = await tx
    .select({ name: core.organisation.name })
    .from(core.organisation)
    .where(eq(core.organisation.id, pursuit.providerId));
  const organisationId = pursuit.providerId;
  const did = issuerDid(organisationId);
  const key = await currentKey(tx, organisationId);
  const { listNo, index } = await takeStatusIndex(tx, organisationId);
  const validUntil = found.v.validityMonths ? addMonths(now, found.v.validityMonths) : undefined;
  const id = randomUUID();
  const unsigned = buildOpenBadge({
    id: `urn:uuid:${id}`,
    issuer: { id: did, name: issuerOrg?.name ?? "", url: publicBase() },
    achievement: {
      id: achievementUrl(found.slug, found.v.version),
      name: found.v.name.fi,
      description: found.v.description.fi,
      criteria: found.v.criteria.fi,
      version: String(found.v.version),
      tags: found.v.skills,
      language: "fi",
    },
    learnerName,
    validFrom: now,
    validUntil,
    status: { listUrl: `${publicBase()}/status/${organisationId}/${listNo}`, index },
  });
  const loader = makeDocumentLoader(new Map([[did, await didDocumentOf(tx, organisationId)]]));
  const credential = await signCredential(unsigned, await openKey(config().kek, key), loader, now);
  await tx.insert(issuedBadge).values({
    providerId: pursuit.providerId,
    id,
    pursuitId: pursuit.id,
    studentId: pursuit.studentId,
    issuerOrganisationId: organisationId,
    listNo,
    statusIndex: index,
    credential,
    validUntil,
  });
  return { id, credential };
}

/** Sets the badge's bit in its list and re-signs the list: every verifier sees it revoked from now on. */
export async function revokeBadge(tx: Database, badge: typeof issuedBadge.$inferSelect, reason: string) {
  await tx
    .update(issuedBadge)
    .set({ revokedAt: sql`now()`, revokeReason: reason })
    .where(and(eq(issuedBadge.providerId, badge.providerId), eq(issuedBadge.id, badge.id)));
  // The bit is set by the definer function, which checks the badge is revoked and the caller revokes.
  const [list] = rowsOf<{ revoked: number[] }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.set_status_bit(${badge.providerId}::uuid, ${badge.id}::uuid)`,
    ),
  );
  await resignList(tx, badge.issuerOrganisationId, badge.listNo, list?.revoked ?? [badge.statusIndex]);
}
