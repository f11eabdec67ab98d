/**
 * The documents a verifier needs, read from the database: an issuer's DID document (every key it has
 * had) and its signed status lists. Both go through this plugin's definer functions, so the public
 * routes, which run with no one signed in, read exactly these and nothing else.
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { type DocumentLoader, didDocument, makeDocumentLoader } from "../credentials/index.ts";
import { issuerDid, publicBase } from "./config.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function didDocumentOf(tx: Database, organisationId: string) {
  const keys = rowsOf<{ key_id: string; public_key_multibase: string }>(
    await tx.execute(sql`select * from keski_pohjanmaa_tyoelamapassi.public_keys(${organisationId}::uuid)`),
  );
  return didDocument(
    issuerDid(organisationId),
    keys.map((k) => ({ id: k.key_id, publicKeyMultibase: k.public_key_multibase })),
  );
}

/** The organisation whose did:web this is, when it is one of this deployment's issuers. */
export function organisationOfDid(did: string): string | undefined {
  const id = did.split(":").at(-1) ?? "";
  return uuidPattern.test(id) && issuerDid(id) === did ? id : undefined;
}

export async function statusListOf(tx: Database, organisationId: string, listNo: number) {
  const [row] = rowsOf<{ credential: Record<string, unknown> | null }>(
    await tx.execute(
      sql`select keski_pohjanmaa_tyoelamapassi.public_status_list(${organisationId}::uuid, ${listNo}::int) as credential`,
    ),
  );
  return row?.credential && Object.keys(row.credential).length > 0 ? row.credential : undefined;
}

/** The status list a URL of this deployment names: `<base>/status/<organisation>/<list>`. */
export function parseStatusListUrl(url: string): { organisationId: string; listNo: number } | undefined {
  const prefix = `${publicBase()}/status/`;
  if (!url.startsWith(prefix)) return undefined;
  const [organisationId, list, ...rest] = url.slice(prefix.length).split("/");
  if (
    rest.length > 0 ||
    !organisationId ||
    !uuidPattern.test(organisationId) ||
    !/^[1-9]\d{0,5}$/.test(list ?? "")
  ) {
    return undefined;
  }
  return { organisationId, listNo: Number(list) };
}

/**
 * A loader holding what this credential names of this deployment: its issuer's DID document and its
 * status list. Anything else stays unknown, and the verifier says so.
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
    if (list) documents.set(url, list);
    issuers.add(issuerDid(parsed.organisationId));
  }
  for (const did of issuers) {
    const organisationId = organisationOfDid(did);
    if (organisationId) documents.set(did, await didDocumentOf(tx, organisationId));
  }
  return makeDocumentLoader(documents);
}
