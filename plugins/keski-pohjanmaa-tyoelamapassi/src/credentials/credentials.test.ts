import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { independentlyVerify } from "../../test/independent-verifier.ts";
import { buildOpenBadge, identityHash } from "./badge.ts";
import { didDocument, didWebFor, didWebUrl } from "./did.ts";
import { buildEndorsement, endorsementVerified } from "./endorsement.ts";
import { generateKey, openKey, parseKeyEncryptionKey, type StoredKey } from "./keys.ts";
import { makeDocumentLoader } from "./loader.ts";
import { schemaProblems } from "./schema.ts";
import { signCredential } from "./sign.ts";
import { isSet, statusListCredential } from "./status-list.ts";
import { verifyBadge } from "./verify.ts";

const kek = parseKeyEncryptionKey(randomBytes(32).toString("base64"));
const did = didWebFor("https://polku.example.fi", "keski-pohjanmaa-tyoelamapassi", "org-1");
const listUrl = "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/status/org-1/1";
const issuedAt = new Date("2026-11-02T10:00:00Z");
const now = new Date("2026-12-01T10:00:00Z");

const badgeInput = (overrides: Partial<Parameters<typeof buildOpenBadge>[0]> = {}) =>
  buildOpenBadge({
    id: "urn:uuid:4f1b2c3d-0000-4000-8000-000000000001",
    issuer: { id: did, name: "Keski-Pohjanmaan koulutusyhtymä" },
    achievement: {
      id: "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/badges/asiakaspalvelu/v2",
      name: "Asiakaspalvelu yrityksessä",
      description: "Osaa palvella asiakasta paikallisessa yrityksessä.",
      criteria: "Palvelee asiakkaita kahden viikon ajan ja kuvaa yhden tilanteen.",
      version: "2",
      tags: ["vuorovaikutus"],
      language: "fi",
    },
    learnerName: "Aino Opiskelija",
    validFrom: issuedAt,
    status: { listUrl, index: 7 },
    ...overrides,
  });

async function setUp(revoked: number[] = []) {
  const key1 = await generateKey(kek, did, 1);
  const signer = await openKey(kek, key1);
  const documents = new Map<string, unknown>([[did, didDocument(did, [key1])]]);
  const loader = makeDocumentLoader(documents);
  documents.set(
    listUrl,
    await signCredential(
      await statusListCredential({ listUrl, issuerDid: did, revoked, validFrom: issuedAt }),
      signer,
      loader,
      issuedAt,
    ),
  );
  return { key1, signer, documents, loader };
}

describe("keys", () => {
  it("keeps the secret only sealed, and opens it only with the same key-encryption key", async () => {
    const key = await generateKey(kek, did, 1);
    expect(JSON.stringify(key)).not.toMatch(/secretKeyMultibase/);
    expect(key.id).toBe(`${did}#key-1`);
    const other = parseKeyEncryptionKey(randomBytes(32).toString("base64"));
    await expect(openKey(other, key)).rejects.toThrow(/key-encryption key/);
    // The sealed secret is bound to its key id: moved to another row, it does not open.
    const moved: StoredKey = { ...key, id: `${did}#key-2` };
    await expect(openKey(kek, moved)).rejects.toThrow();
    expect((await openKey(kek, key)).publicKeyMultibase).toBe(key.publicKeyMultibase);
  });
  it("refuses a key-encryption key that is not 32 bytes of base64", () => {
    expect(() => parseKeyEncryptionKey("short")).toThrow(/32 bytes/);
  });
});

describe("did:web", () => {
  it("names a path under the deployment's address, port encoded", () => {
    expect(didWebFor("http://localhost:3000", "p", "o")).toBe("did:web:localhost%3A3000:public:p:issuers:o");
    expect(didWebUrl(did)).toBe(
      "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/issuers/org-1/did.json",
    );
  });
});

describe("issuing and verifying", () => {
  it("signs an OpenBadgeCredential that meets the 1EdTech schema and verifies", async () => {
    const { signer, loader } = await setUp();
    const signed = await signCredential(badgeInput(), signer, loader, issuedAt);
    expect(schemaProblems(badgeInput())).toEqual([]);
    expect(schemaProblems(signed)).toEqual([]);
    const proof = (signed.proof as Record<string, string>[])[0]!;
    expect(proof.type).toBe("DataIntegrityProof");
    expect(proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(proof.verificationMethod).toBe(`${did}#key-1`);
    const result = await verifyBadge(signed, loader, now);
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.summary.fi).toBe("Merkki on aito ja voimassa.");
  });

  it("names the learner only by a salted hash", async () => {
    const badge = badgeInput({ salt: "abc" });
    expect(JSON.stringify(badge)).not.toContain("Aino");
    const subject = badge.credentialSubject as { identifier: { identityHash: string }[] };
    expect(subject.identifier[0]!.identityHash).toBe(identityHash("Aino Opiskelija", "abc"));
  });

  it("an independent verifier accepts the signature, and rejects a tampered badge", async () => {
    const { key1, signer, loader } = await setUp();
    const signed = await signCredential(badgeInput(), signer, loader, issuedAt);
    expect(await independentlyVerify(signed, key1.publicKeyMultibase)).toBe(true);
    const tampered = structuredClone(signed) as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = "Johtaminen";
    expect(await independentlyVerify(tampered as never, key1.publicKeyMultibase)).toBe(false);
    const result = await verifyBadge(tampered, loader, now);
    expect(result.verified).toBe(false);
    expect(result.checks.find((c) => c.check === "signature")?.ok).toBe(false);
    expect(result.summary.en).toMatch(/changed after it was issued/);
  });

  it("fails a revoked badge with the reason in words", async () => {
    const { signer, loader, documents } = await setUp([7]);
    const signed = await signCredential(badgeInput(), signer, loader, issuedAt);
    expect(await isSet(documents.get(listUrl) as never, 7)).toBe(true);
    const result = await verifyBadge(signed, loader, now);
    expect(result.verified).toBe(false);
    expect(result.summary.fi).toBe("Myöntäjä on perunut merkin.");
    expect(result.checks.find((c) => c.check === "signature")?.ok).toBe(true);
  });

  it("fails an expired badge, saying when it expired", async () => {
    const { signer, loader } = await setUp();
    const signed = await signCredential(
      badgeInput({ validUntil: new Date("2026-11-30T10:00:00Z") }),
      signer,
      loader,
      issuedAt,
    );
    const result = await verifyBadge(signed, loader, now);
    expect(result.verified).toBe(false);
    expect(result.summary.fi).toBe("Merkin voimassaolo päättyi 30.11.2026.");
    expect(result.checks.find((c) => c.check === "signature")?.ok).toBe(true);
  });

  it("fails a badge of an issuer the loader does not know, without fetching", async () => {
    const { signer, loader } = await setUp();
    const signed = await signCredential(badgeInput(), signer, loader, issuedAt);
    const result = await verifyBadge(signed, makeDocumentLoader(new Map()), now);
    expect(result.verified).toBe(false);
    expect(result.checks.find((c) => c.check === "signature")?.reason.en).toMatch(/not known/);
  });

  it("fails a badge signed with another issuer's key", async () => {
    const { documents, loader } = await setUp();
    const elsewhere = "did:web:elsewhere.example";
    const strangerKey = await generateKey(kek, elsewhere, 1);
    documents.set(elsewhere, didDocument(elsewhere, [strangerKey]));
    const signed = await signCredential(badgeInput(), await openKey(kek, strangerKey), loader, issuedAt);
    const result = await verifyBadge(signed, loader, now);
    expect(result.verified).toBe(false);
    expect(result.checks.find((c) => c.check === "signature")?.reason.en).toBe(
      "The signing key does not belong to the badge's issuer.",
    );
  });

  it("keeps old badges verifying after a rotation", async () => {
    const { key1, signer, documents, loader } = await setUp();
    const old = await signCredential(badgeInput(), signer, loader, issuedAt);
    const key2 = await generateKey(kek, did, 2);
    documents.set(did, didDocument(did, [key1, key2]));
    const fresh = await signCredential(badgeInput(), await openKey(kek, key2), loader, now);
    expect((fresh.proof as { verificationMethod: string }[])[0]!.verificationMethod).toBe(`${did}#key-2`);
    expect((await verifyBadge(old, loader, now)).verified).toBe(true);
    expect((await verifyBadge(fresh, loader, now)).verified).toBe(true);
  });

  it("says a JSON value that is not an object is not a badge", async () => {
    const { loader } = await setUp();
    const result = await verifyBadge([1, 2], loader, now);
    expect(result.verified).toBe(false);
    expect(result.summary.fi).toMatch(/ei ole merkki/);
  });
});

describe("endorsement", () => {
  it("signs an EndorsementCredential of a badge class that verifies, and fails when changed", async () => {
    const company = didWebFor("https://polku.example.fi", "keski-pohjanmaa-tyoelamapassi", "company-1");
    const key = await generateKey(kek, company, 1);
    const loader = makeDocumentLoader(new Map([[company, didDocument(company, [key])]]));
    const endorsement = await signCredential(
      buildEndorsement({
        id: "urn:uuid:4f1b2c3d-0000-4000-8000-000000000009",
        issuer: { id: company, name: "Savon Rakennuspalvelu Oy" },
        achievementId:
          "https://polku.example.fi/public/keski-pohjanmaa-tyoelamapassi/badges/asiakaspalvelu/v2",
        comment: "Tarvitsemme juuri tätä osaamista.",
        validFrom: issuedAt,
      }),
      await openKey(kek, key),
      loader,
      issuedAt,
    );
    expect(await endorsementVerified(endorsement, loader)).toBe(true);
    expect(await independentlyVerify(endorsement, key.publicKeyMultibase)).toBe(true);
    const changed = structuredClone(endorsement) as { credentialSubject: { endorsementComment: string } };
    changed.credentialSubject.endorsementComment = "Ei tarvita.";
    expect(await endorsementVerified(changed as never, loader)).toBe(false);
  });
});
