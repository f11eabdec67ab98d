/**
 * The documents a verifier needs, read from the database: an issuer's DID document (every key it has
 * had under that DID) and its signed status lists. Both go through this plugin's definer functions, so
 * the public routes, which run with no one signed in, read exactly these and nothing else.
 *
 * A DID is the one a key was made under, not one derived from today's public address: badges issued
 * before the address changed name the old DID, and still verify against the keys stored under it.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  attestationHolds,
  type DocumentLoader,
  didDocument,
  makeDocumentLoader,
} from "../credentials/index.ts";
import { manifest } from "../manifest.ts";
import { config, didOfKey, issuerDid } from "./config.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidSource = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** `did:web:<host>[:<path>...]:public:<plugin>:issuers:<organisation>`, under any public address. */
const issuerDidPattern = new RegExp(
  `^did:web:[A-Za-z0-9.%-]+(:[A-Za-z0-9._~%-]+)*:public:${manifest.id}:issuers:(${uuidSource})$`,
);
/** `http(s)://<anything>/public/<plugin>/status/<organisation>/<list>`, under any public address. */
const statusUrlPattern = new RegExp(
  `^https?://[^\\s?#]+/public/${manifest.id}/status/(${uuidSource})/([1-9]\\d{0,5})$`,
);

export async function publicKeysOf(tx: Database, organisationId: string) {
  return rowsOf<{ key_id: string; public_key_multibase: string; attestation: string | null }>(
    await tx.execute(
      sql`select * from keski_pohjanmaa_tyoelamapassi.public_keys_attested(${organisationId}::uuid)`,
    ),
  );
}

/**
 * The organisation's keys made under `did`. Under the current DID, every key (as before DIDs could
 * change); under another, only the keys this server attested it made (a planted row counts for nothing).
 */
async function keysUnder(tx: Database, organisationId: string, did: string) {
  const current = did === issuerDid(organisationId);
  return (await publicKeysOf(tx, organisationId)).filter(
    (k) =>
      didOfKey(k.key_id) === did &&
      (current || attestationHolds(config().kek, k.key_id, k.public_key_multibase, k.attestation)),
  );
}

/** The DIDs the organisation's (attested) keys were made under, oldest first. */
export async function didsOf(tx: Database, organisationId: string): Promise<string[]> {
  const keys = (await publicKeysOf(tx, organisationId)).filter((k) =>
    attestationHolds(config().kek, k.key_id, k.public_key_multibase, k.attestation),
  );
  return [...new Set(keys.map((k) => didOfKey(k.key_id)))];
}

/** The DID document of `did` (the current DID by default): the organisation's keys made under it. */
export async function didDocumentOf(tx: Database, organisationId: string, did = issuerDid(organisationId)) {
  const keys = await keysUnder(tx, organisationId, did);
  return didDocument(
    did,
    keys.map((k) => ({ id: k.key_id, publicKeyMultibase: k.public_key_multibase })),
  );
}

/** The organisation a did:web of this plugin names (whether this deployment holds keys under it is asked apart). */
export function organisationOfDid(did: string): string | undefined {
  return issuerDidPattern.exec(did)?.[2];
}

export async function statusListOf(tx: Database, organisationId: string, listNo: number) {
  const [row] = rowsOf<{ credential: Record<string, unknown> | null }>(
    await tx.execute(
      sql`select keski_pohjanmaa_tyoelamapassi.public_status_list(${organisationId}::uuid, ${listNo}::int) as credential`,
    ),
  );
  return row?.credential && Object.keys(row.credential).length > 0 ? row.credential : undefined;
}

/** The status list a URL of this plugin names: `<any public address>/public/<plugin>/status/<organisation>/<list>`. */
export function parseStatusListUrl(url: string): { organisationId: string; listNo: number } | undefined {
  const found = statusUrlPattern.exec(url);
  if (!found || !uuidPattern.test(found[1] ?? "")) return undefined;
  return { organisationId: found[1]!, listNo: Number(found[2]) };
}

/**
 * A loader holding what this credential names of this deployment: its issuer's DID document (the keys
 * stored under that very DID) and its status list (the one stored under that very address). Anything
 * else stays unknown, and the verifier says so.
 */
export async function loaderFor(tx: Database, credential: unknown): Promise<DocumentLoader> {
  const documents = new Map<string, unknown>();
  const c = (credential ?? {}) as { issuer?: unknown; credentialStatus?: unknown };
  const issuer = typeof c.issuer === "string" ? c.issuer : (c.issuer as { id?: unknown } | undefined)?.id;
  const issuers = new Set<string>();
  if (typeof issuer === "string") issuers.add(issuer);
  const statuses = Array.isArray(c.credentialStatus) ? c.credentialStatus : [c.credentialStatus];
  // At most two distinct lists are read, whatever the credential names (the route refuses more).
  const urls = new Set<string>();
  for (const status of statuses) {
    const url = (status as { statusListCredential?: unknown } | undefined)?.statusListCredential;
    if (typeof url === "string" && urls.size < 2) urls.add(url);
  }
  for (const url of urls) {
    const parsed = parseStatusListUrl(url);
    if (!parsed) continue;
    const list = await statusListOf(tx, parsed.organisationId, parsed.listNo);
    // A list answers only at the address it was signed for (a list moved to another address is not it).
    if (!list || list.id !== url) continue;
    documents.set(url, list);
    if (typeof list.issuer === "string") issuers.add(list.issuer);
  }
  for (const did of [...issuers].slice(0, 3)) {
    const organisationId = organisationOfDid(did);
    if (!organisationId) continue;
    const document = await didDocumentOf(tx, organisationId, did);
    if (document.verificationMethod.length > 0) documents.set(did, document);
  }
  return makeDocumentLoader(documents);
}
