/**
 * A verifier of eddsa-rdfc-2022 proofs that shares no code with the signer: jsonld-streaming-parser turns
 * the JSON-LD into RDF, rdfjs-c14n canonicalises it (RDFC-1.0), and node:crypto checks the Ed25519
 * signature over SHA-256(proof options) || SHA-256(document), as the cryptosuite specification says.
 * Contexts come from the same files (they are data), through a loader that never fetches.
 */
import { createHash, createPublicKey, verify } from "node:crypto";
import { JsonLdParser } from "jsonld-streaming-parser";
import { RDFC10 } from "rdfjs-c14n";
import { knownContexts } from "../src/credentials/loader.ts";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function base58(text: string): Uint8Array {
  let n = 0n;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error("not base58");
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const c of text) {
    if (c !== "1") break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

async function canonical(doc: unknown): Promise<string> {
  const parser = new JsonLdParser({
    documentLoader: {
      load: async (url: string) => {
        const context = knownContexts.get(url);
        if (!context) throw new Error(`no context ${url}`);
        return context;
      },
    },
  });
  const quads: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    parser.on("data", (q: unknown) => quads.push(q));
    parser.on("error", reject);
    parser.on("end", () => resolve());
    parser.write(JSON.stringify(doc));
    parser.end();
  });
  return new RDFC10().canonicalize(quads);
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** True when the credential's one proof is a valid eddsa-rdfc-2022 signature by `publicKeyMultibase`. */
export async function independentlyVerify(credential: Record<string, unknown>, publicKeyMultibase: string) {
  const { proof, ...document } = credential;
  const [one] = Array.isArray(proof) ? proof : [proof];
  const { proofValue, ...options } = one as Record<string, unknown>;
  if (options.cryptosuite !== "eddsa-rdfc-2022" || typeof proofValue !== "string") return false;
  const proofConfig = { "@context": document["@context"], ...options };
  const data = Buffer.concat([sha256(await canonical(proofConfig)), sha256(await canonical(document))]);
  const key = base58(publicKeyMultibase.slice(1));
  if (key[0] !== 0xed || key[1] !== 0x01 || key.length !== 34) throw new Error("not an Ed25519 multikey");
  const publicKey = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(key.subarray(2)).toString("base64url") },
    format: "jwk",
  });
  return verify(null, data, publicKey, Buffer.from(base58(proofValue.slice(1))));
}
