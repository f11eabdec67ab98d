/**
 * An organisation's signing key and status list in the database: made on first use, rotated on request.
 * The secret half is sealed with the configuration key before it is written and opened only to sign.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  attestationHolds,
  attestationOf,
  generateKey,
  keyNumber,
  makeDocumentLoader,
  openKey,
  opensWith,
  STATUS_LIST_LENGTH,
  type StoredKey,
  signCredential,
  statusListCredential,
} from "../credentials/index.ts";
import { config, didOfKey, issuerDid, statusListUrl } from "./config.ts";
import { didDocumentOf, publicKeysOf, statusListOf } from "./documents.ts";

// The application role reaches keys and lists only through the plugin's definer functions, each of
// which checks that the caller may sign in the organisation's name (migration 0004).

/**
 * Holds the organisation's keys for the rest of the transaction: two requests making its first key or
 * rotating it at once would both number the new key alike (a unique violation). The second waits and
 * then sees the first's key.
 */
const lockKeys = (tx: Database, organisationId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`keski-key:${organisationId}`}))`);

/** Records the server's attestation of a key it made (see attestationOf). */
async function attest(tx: Database, organisationId: string, key: { id: string; publicKeyMultibase: string }) {
  const attestation = attestationOf(config().kek, key.id, key.publicKeyMultibase);
  await tx.execute(
    sql`select keski_pohjanmaa_tyoelamapassi.attest_key(${organisationId}::uuid, ${key.id}, ${attestation})`,
  );
}

/**
 * Attests the organisation's keys whose attestation does not hold (none yet, or words some signer wrote
 * that are no HMAC of ours): those whose secret opens with our key, so keys made before attestation count.
 */
async function attestEarlierKeys(tx: Database, organisationId: string) {
  const rows = rowsOf<KeyRow & { attestation: string | null }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.keys_to_attest(${organisationId}::uuid)`,
    ),
  );
  for (const row of rows) {
    const key = storedKey(row);
    if (attestationHolds(config().kek, key.id, key.publicKeyMultibase, row.attestation)) continue;
    if (opensWith(config().kek, key)) await attest(tx, organisationId, key);
  }
}

type KeyRow = { key_id: string; public_key_multibase: string; sealed_secret: string };
const storedKey = (row: KeyRow): StoredKey => ({
  id: row.key_id,
  controller: didOfKey(row.key_id),
  publicKeyMultibase: row.public_key_multibase,
  sealedSecret: row.sealed_secret,
});

/**
 * The organisation's current key under its current DID, made now if it has none. When the deployment's
 * public address has changed since its key was made, the key is under the old DID: a key under the new
 * DID is made and signs from now on, and the old one keeps its DID (its badges verify as issued).
 */
export async function currentKey(tx: Database, organisationId: string): Promise<StoredKey> {
  const did = issuerDid(organisationId);
  await lockKeys(tx, organisationId);
  await attestEarlierKeys(tx, organisationId);
  const [row] = rowsOf<KeyRow>(
    await tx.execute(sql`select * from keski_pohjanmaa_tyoelamapassi.signing_key(${organisationId}::uuid)`),
  );
  if (row && didOfKey(row.key_id) === did) return storedKey(row);
  if (row) {
    const known = await publicKeysOf(tx, organisationId);
    const next = Math.max(0, ...known.map((k) => keyNumber(k.key_id))) + 1;
    const key = await generateKey(config().kek, did, next);
    await tx.execute(
      sql`select keski_pohjanmaa_tyoelamapassi.add_key_for_new_did(${organisationId}::uuid, ${key.id}, ${key.publicKeyMultibase}, ${key.sealedSecret})`,
    );
    await attest(tx, organisationId, key);
    return key;
  }
  const key = await generateKey(config().kek, did, 1);
  await tx.execute(
    sql`select keski_pohjanmaa_tyoelamapassi.add_first_key(${organisationId}::uuid, ${key.id}, ${key.publicKeyMultibase}, ${key.sealedSecret})`,
  );
  await attest(tx, organisationId, key);
  return key;
}

/** The key that signs under `did`: the current one for the current DID, else that DID's newest key. */
async function keyOfDid(tx: Database, organisationId: string, did: string): Promise<StoredKey> {
  if (did === issuerDid(organisationId)) return currentKey(tx, organisationId);
  const [row] = rowsOf<KeyRow>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.signing_key_of_did(${organisationId}::uuid, ${did})`,
    ),
  );
  if (!row) throw new Error(`The organisation has no key under ${did}.`);
  return storedKey(row);
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
  await attest(tx, organisationId, key);
  const lists = rowsOf<{ list_no: number; revoked: number[] }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.status_lists_of(${organisationId}::uuid)`,
    ),
  );
  for (const list of lists) await resignList(tx, organisationId, list.list_no, list.revoked);
  return { keyId: key.id };
}

/**
 * Signs an organisation's status list as it now stands and stores it, under the DID and address it was
 * first signed with (a list made before the public address changed keeps its old ones; a new list
 * takes the current ones).
 */
export async function resignList(
  tx: Database,
  organisationId: string,
  listNo: number,
  revoked: readonly number[],
) {
  const stored = await statusListOf(tx, organisationId, listNo);
  const did = typeof stored?.issuer === "string" ? stored.issuer : issuerDid(organisationId);
  const listUrl = typeof stored?.id === "string" ? stored.id : statusListUrl(organisationId, listNo);
  const key = await keyOfDid(tx, organisationId, did);
  const loader = makeDocumentLoader(new Map([[did, await didDocumentOf(tx, organisationId, did)]]));
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
      sql`select * from keski_pohjanmaa_tyoelamapassi.take_status_index(${organisationId}::uuid, ${STATUS_LIST_LENGTH}::int, ${issuerDid(organisationId)})`,
    ),
  );
  if (!taken) throw new Error("No status list place was given.");
  if (taken.fresh) await resignList(tx, organisationId, taken.list_no, []);
  return { listNo: taken.list_no, index: taken.status_index };
}
