/**
 * Signing with the well-kept libraries: @digitalbazaar/vc issues, and a DataIntegrityProof with the
 * eddsa-rdfc-2022 cryptosuite (RDF canonicalisation, SHA-256, Ed25519) secures it. The proof is stored as
 * an array (a proof set of one): the 1EdTech JSON Schema requires an array, the VC model allows either,
 * and the signature covers the document without its proof, so the form does not change what was signed.
 */
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import type { MultikeyPair } from "@digitalbazaar/ed25519-multikey";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import type { DocumentLoader } from "./loader.ts";

export type Credential = Record<string, unknown>;

export async function signCredential(
  credential: Credential,
  key: MultikeyPair,
  documentLoader: DocumentLoader,
  date: Date = new Date(),
): Promise<Credential> {
  const suite = new DataIntegrityProof({ signer: key.signer(), cryptosuite, date });
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader });
  const proof = signed.proof;
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}

/** A suite that only verifies (no signer), for the verifier and the status check. */
export const verifyingSuite = () => new DataIntegrityProof({ cryptosuite });
