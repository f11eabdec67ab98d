/**
 * An organisation's signing key and status list in the database: made on first use, rotated on request.
 * The secret half is sealed with the configuration key before it is written and opened only to sign.
 */
import type { Database } from "@polku/plugin-sdk/db";
import { and, eq, isNull, sql } from "@polku/plugin-sdk/drizzle";
import {
  generateKey,
  keyNumber,
  makeDocumentLoader,
  openKey,
  STATUS_LIST_LENGTH,
  type StoredKey,
  signCredential,
  statusListCredential,
} from "../credentials/index.ts";
import { issuerKey, statusList } from "../db/schema.ts";
import { config, issuerDid, statusListUrl } from "./config.ts";
import { didDocumentOf } from "./documents.ts";

const stored = (row: typeof issuerKey.$inferSelect, did: string): StoredKey => ({
  id: row.keyId,
  controller: did,
  publicKeyMultibase: row.publicKeyMultibase,
  sealedSecret: row.sealedSecret,
});

/** The organisation's current key, made now if it has none. */
export async function currentKey(tx: Database, organisationId: string): Promise<StoredKey> {
  const did = issuerDid(organisationId);
  const [row] = await tx
    .select()
    .from(issuerKey)
    .where(and(eq(issuerKey.organisationId, organisationId), isNull(issuerKey.retiredAt)));
  if (row) return stored(row, did);
  return addKey(tx, organisationId, 1);
}

async function addKey(tx: Database, organisationId: string, n: number): Promise<StoredKey> {
  const key = await generateKey(config().kek, issuerDid(organisationId), n);
  await tx.insert(issuerKey).values({
    organisationId,
    keyId: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    sealedSecret: key.sealedSecret,
  });
  return key;
}

/**
 * A new key signs from now on; the old one is retired but stays in the DID document, so the badges it
 * signed still verify. The status lists are re-signed with the new key.
 */
export async function rotateKey(tx: Database, organisationId: string): Promise<{ keyId: string }> {
  const rows = await tx.select().from(issuerKey).where(eq(issuerKey.organisationId, organisationId));
  const next = Math.max(0, ...rows.map((r) => keyNumber(r.keyId))) + 1;
  await tx
    .update(issuerKey)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(issuerKey.organisationId, organisationId), isNull(issuerKey.retiredAt)));
  const key = await addKey(tx, organisationId, next);
  const lists = await tx.select().from(statusList).where(eq(statusList.organisationId, organisationId));
  for (const list of lists) await resignList(tx, organisationId, list.listNo, list.revoked);
  return { keyId: key.id };
}

/** Signs an organisation's status list as it now stands and stores it. */
export async function resignList(
  tx: Database,
  organisationId: string,
  listNo: number,
  revoked: readonly number[],
) {
  const key = await currentKey(tx, organisationId);
  const did = issuerDid(organisationId);
  const listUrl = statusListUrl(organisationId, listNo);
  const loader = makeDocumentLoader(new Map([[did, await didDocumentOf(tx, organisationId)]]));
  const unsigned = await statusListCredential({ listUrl, issuerDid: did, revoked, validFrom: new Date() });
  const credential = await signCredential(unsigned, await openKey(config().kek, key), loader);
  await tx
    .update(statusList)
    .set({ credential, updatedAt: sql`now()` })
    .where(and(eq(statusList.organisationId, organisationId), eq(statusList.listNo, listNo)));
  return credential;
}

/**
 * The next free place in the organisation's status list, taken under the row's lock (concurrent issuers
 * get different places); a full list starts the next one.
 */
export async function takeStatusIndex(
  tx: Database,
  organisationId: string,
): Promise<{ listNo: number; index: number }> {
  const [taken] = await tx
    .update(statusList)
    .set({ nextIndex: sql`${statusList.nextIndex} + 1` })
    .where(
      and(
        eq(statusList.organisationId, organisationId),
        sql`${statusList.nextIndex} < ${STATUS_LIST_LENGTH}`,
        sql`${statusList.listNo} = (select max(list_no) from keski_pohjanmaa_tyoelamapassi.status_list where organisation_id = ${organisationId}::uuid)`,
      ),
    )
    .returning({ listNo: statusList.listNo, next: statusList.nextIndex });
  if (taken) return { listNo: taken.listNo, index: taken.next - 1 };
  const [last] = await tx
    .select({ listNo: sql<number>`coalesce(max(${statusList.listNo}), 0)::int` })
    .from(statusList)
    .where(eq(statusList.organisationId, organisationId));
  const listNo = (last?.listNo ?? 0) + 1;
  await tx.insert(statusList).values({ organisationId, listNo, nextIndex: 1, credential: {} });
  await resignList(tx, organisationId, listNo, []);
  return { listNo, index: 0 };
}
