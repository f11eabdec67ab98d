/**
 * The one document loader of issuing and verifying: JSON-LD contexts shipped in npm packages and in this
 * plugin, plus the documents the caller knows (issuers' DID documents, status list credentials), and
 * nothing else. It never fetches: an unknown address is an error, so a credential can name no context
 * or key that makes the verifier go out to the network (or be slowed, or tracked, by whoever serves it).
 */
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as statusListContexts } from "@digitalbazaar/vc-bitstring-status-list-context";
import { contexts as didContexts } from "did-context";
import obContext from "./data/ob-context-3.0.3.json" with { type: "json" };

export const OB_CONTEXT_URL = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const VC_V2_CONTEXT_URL = "https://www.w3.org/ns/credentials/v2";
export const DID_CONTEXT_URL = "https://www.w3.org/ns/did/v1";
export const MULTIKEY_CONTEXT_URL = "https://w3id.org/security/multikey/v1";

/** Every context a badge, a DID document or a status list of this plugin uses, by its address. */
export const knownContexts: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...credentialsContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...didContexts,
  ...statusListContexts,
  [OB_CONTEXT_URL, obContext],
]);

export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Thrown for an address the loader does not hold: the verifier words it as an unknown issuer or list. */
export class DocumentNotHeld extends Error {
  constructor(readonly url: string) {
    super(`The document ${url} is not known here, and it is never fetched.`);
    this.name = "DocumentNotHeld";
  }
}

/**
 * A loader over the known contexts and `documents` (address -> JSON). A DID URL with a fragment
 * (`did:web:...#key-1`) resolves to that verification method of the DID document, with the Multikey
 * context, as the Data Integrity verifier asks for the key first and its controller next.
 */
export function makeDocumentLoader(documents: ReadonlyMap<string, unknown> = new Map()): DocumentLoader {
  return async (url: string) => {
    const context = knownContexts.get(url);
    if (context !== undefined) return { contextUrl: null, documentUrl: url, document: context };
    const held = documents.get(url);
    if (held !== undefined) return { contextUrl: null, documentUrl: url, document: held };
    const hash = url.indexOf("#");
    if (url.startsWith("did:") && hash > 0) {
      const didDocument = documents.get(url.slice(0, hash)) as
        | { verificationMethod?: readonly { id: string }[] }
        | undefined;
      const method = didDocument?.verificationMethod?.find((m) => m.id === url);
      if (method) {
        return {
          contextUrl: null,
          documentUrl: url,
          document: { "@context": MULTIKEY_CONTEXT_URL, ...method },
        };
      }
    }
    throw new DocumentNotHeld(url);
  };
}
