/**
 * Per-organisation Ed25519 signing keys. A key is made with the signing library (Ed25519Multikey), and
 * its secret half is kept only sealed: AES-256-GCM under the deployment's key-encryption key (a plugin
 * setting), with the key's id as associated data so a sealed secret cannot be moved to another key's row.
 * Rotation adds a key and retires the old one from signing; retired keys stay in the DID document, so
 * every badge signed with them still verifies.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";

/** What is stored of a key: the public half in the open, the secret half sealed. */
export interface StoredKey {
  /** The verification method's id: `<did>#key-<n>`. */
  readonly id: string;
  readonly controller: string;
  readonly publicKeyMultibase: string;
  /** base64 of iv (12 bytes) + tag (16 bytes) + ciphertext. */
  readonly sealedSecret: string;
}

/** The key-encryption key: 32 bytes, given as base64 in configuration. */
export type KeyEncryptionKey = Uint8Array;

export function parseKeyEncryptionKey(text: string): KeyEncryptionKey {
  const bytes = Buffer.from(text.trim(), "base64");
  if (bytes.length !== 32 || bytes.toString("base64") !== text.trim()) {
    throw new Error("The key-encryption key must be 32 bytes in base64 (44 characters).");
  }
  return new Uint8Array(bytes);
}

export function seal(kek: KeyEncryptionKey, keyId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", kek, iv);
  cipher.setAAD(Buffer.from(keyId, "utf8"));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function unseal(kek: KeyEncryptionKey, keyId: string, sealed: string): string {
  const bytes = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", kek, bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId, "utf8"));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error(
      "The signing key could not be opened: the key-encryption key is not the one it was sealed with.",
    );
  }
}

/** A new key for `did`, numbered `n` (1 for the first, the next number on each rotation). */
export async function generateKey(kek: KeyEncryptionKey, did: string, n: number): Promise<StoredKey> {
  const id = `${did}#key-${n}`;
  const pair = await Ed25519Multikey.generate({ id, controller: did });
  const exported = await pair.export({ publicKey: true, secretKey: true, includeContext: false });
  const secret = exported.secretKeyMultibase;
  if (!secret) throw new Error("The signing library exported no secret key.");
  return {
    id,
    controller: did,
    publicKeyMultibase: pair.publicKeyMultibase,
    sealedSecret: seal(kek, id, secret),
  };
}

/** The key pair the signer uses, opened from its stored form. */
export async function openKey(kek: KeyEncryptionKey, key: StoredKey): Promise<Ed25519Multikey.MultikeyPair> {
  return Ed25519Multikey.from({
    type: "Multikey",
    id: key.id,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: unseal(kek, key.id, key.sealedSecret),
  });
}

/** The number after `#key-` of a key id, for the next rotation. */
export const keyNumber = (id: string) => Number(/#key-(\d+)$/.exec(id)?.[1] ?? 0);

/**
 * The server's word that it made this key: an HMAC under the key-encryption key of the key's id and
 * public half. Stored with the key and published; without the key-encryption key no one can make one,
 * so a key row planted under some DID is not taken for one of ours.
 */
export function attestationOf(kek: KeyEncryptionKey, keyId: string, publicKeyMultibase: string): string {
  return createHmac("sha256", kek)
    .update(`polku-issuer-key\0${keyId}\0${publicKeyMultibase}`, "utf8")
    .digest("base64url");
}

export function attestationHolds(
  kek: KeyEncryptionKey,
  keyId: string,
  publicKeyMultibase: string,
  attestation: string | null | undefined,
): boolean {
  if (!attestation) return false;
  const want = Buffer.from(attestationOf(kek, keyId, publicKeyMultibase), "utf8");
  const got = Buffer.from(attestation, "utf8");
  return want.length === got.length && timingSafeEqual(want, got);
}

/** Whether a stored key's secret opens with this key-encryption key (so this deployment made it). */
export function opensWith(kek: KeyEncryptionKey, key: StoredKey): boolean {
  try {
    unseal(kek, key.id, key.sealedSecret);
    return true;
  } catch {
    return false;
  }
}
