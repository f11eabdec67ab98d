/**
 * did:web identifiers and DID documents for issuing organisations. The DID names a path under the
 * deployment's public address, so `did:web:polku.example.fi:public:<plugin>:issuers:<org>` resolves (by the
 * did:web rules) to `https://polku.example.fi/public/<plugin>/issuers/<org>/did.json`, which the plugin's
 * public route serves. Verifying here never resolves over HTTP: the loader holds the documents.
 */
import { DID_CONTEXT_URL, MULTIKEY_CONTEXT_URL } from "./loader.ts";

export interface PublicKeyOf {
  readonly id: string;
  readonly publicKeyMultibase: string;
}

/** The did:web of an organisation under `publicUrl` (its port, if any, percent-encoded as did:web says). */
export function didWebFor(publicUrl: string, pluginId: string, organisationId: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const base = url.pathname.split("/").filter(Boolean);
  return ["did:web", host, ...base, "public", pluginId, "issuers", organisationId].join(":");
}

/** The https address a did:web resolves to (for the public route and for people reading it). */
export function didWebUrl(did: string): string {
  const [, , host, ...path] = did.split(":");
  if (!host) throw new Error(`${did} is not a did:web.`);
  const origin = decodeURIComponent(host);
  const scheme = origin.startsWith("localhost") || origin.startsWith("127.0.0.1") ? "http" : "https";
  return `${scheme}://${origin}/${path.length > 0 ? `${path.join("/")}/did.json` : ".well-known/did.json"}`;
}

/** The DID document: every key, current and retired, may assert credentials (old badges still verify). */
export function didDocument(did: string, keys: readonly PublicKeyOf[]) {
  return {
    "@context": [DID_CONTEXT_URL, MULTIKEY_CONTEXT_URL],
    id: did,
    verificationMethod: keys.map((k) => ({
      id: k.id,
      type: "Multikey",
      controller: did,
      publicKeyMultibase: k.publicKeyMultibase,
    })),
    assertionMethod: keys.map((k) => k.id),
  };
}
