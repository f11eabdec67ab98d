/**
 * An organisation's signing key and status list in the database: made on first use, rotated on request.
 * The secret half is sealed with the configuration key before it is written and opened only to sign.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  generateKey,
  makeDocumentLoader,
  openKey,
  STATUS_LIST_LENGTH,
  type StoredKey,
  signCredential,
  statusListCredential,
} from "../credentials/index.ts";
import { config, issuerDid, statusListUrl } from "./config.ts";
import { didDocumentOf } from "./documents.ts";

// The application role reaches keys and lists only through the plugin's definer functions, each of
// which checks that the caller may sign in the organisation's name (migration 0004).

/**
 * Holds the organisation's keys for the rest of the transaction: two requests making its first key or
 * rotating it at once would both number the new key alike (a unique violation). The second waits and
 * then sees the first's key.
 */
const lockKeys = (tx: Database, organisationId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`keski-key:${organisationId}`}))`);

/** The organisation's current key, made now if it has none. */
export async function currentKey(tx: Database, organisationId: string): Promise<StoredKey> {
  const did = issuerDid(organisationId);
  await lockKeys(tx, organisationId);
  const [row] = rowsOf<{ key_id: string; public_key_multibase: string; sealed_secret: string }>(
    await tx.execute(sql`select * from keski_pohjanmaa_tyoelamapassi.signing_key(${organisationId}::uuid)`),
  );
  if (row)
    return {
      id: row.key_id,
      controller: did,
      publicKeyMultibase: row.public_key_multibase,
      sealedSecret: row.sealed_secret,
    };
  const key = await generateKey(config().kek, did, 1);
  await tx.execute(
    sql`select keski_pohjanmaa_tyoelamapassi.add_first_key(${organisationId}::uuid, ${key.id}, ${key.publicKeyMultibase}, ${key.sealedSecret})`,
  );
  return key;
}

/**
 * A new key signs from now on; the old one is retired but stays in the DID document, so the badges it
 * signed still verify. The status lists are re-signed with the new key.
 */
export async function rotateKey(tx: Database, organisationId: string): Promise<{ keyId: string }> {
  await lockKeys(tx, organisationId);
  const [n] = rowsOf<{ n: number }>(
    await tx.execute(sql`select keski_pohjanmaa_tyoelamapassi.next_key_number(${organisationId}::uuid) as n`),
  );
  const key = await generateKey(config().kek, issuerDid(organisationId), Number(n?.n ?? 1));
  await tx.execute(
    sql`select keski_pohjanmaa_tyoelamapassi.rotate_key(${organisationId}::uuid, ${key.id}, ${key.publicKeyMultibase}, ${key.sealedSecret})`,
  );
  const lists = rowsOf<{ list_no: number; revoked: number[] }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.status_lists_of(${organisationId}::uuid)`,
    ),
  );
  for (const list of lists) await resignList(tx, organisationId, list.list_no, list.revoked);
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
  await tx.execute(
    sql`select keski_pohjanmaa_tyoelamapassi.store_status_list(${organisationId}::uuid, ${listNo}::int, ${JSON.stringify(credential)}::jsonb)`,
  );
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
  const [taken] = rowsOf<{ list_no: number; status_index: number; fresh: boolean }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.take_status_index(${organisationId}::uuid, ${STATUS_LIST_LENGTH}::int)`,
    ),
  );
  if (!taken) throw new Error("No status list place was given.");
  if (taken.fresh) await resignList(tx, organisationId, taken.list_no, []);
  return { listNo: taken.list_no, index: taken.status_index };
}
