/**
 * The deployment's public address changes (a new domain): the issuers' did:web changes with it, but a
 * badge issued before still verifies here, against the key stored under the DID it names, and can still
 * be revoked (its status list is re-signed under its own DID); a badge issued after names the new DID.
 * Both DID documents stay served.
 */
import { randomBytes } from "node:crypto";
import { sql } from "@polku/plugin-sdk/drizzle";
import { loginAs, rowsOf, startTestApi, type TestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attestationOf,
  buildOpenBadge,
  didDocument,
  generateKey,
  makeDocumentLoader,
  openKey,
  parseKeyEncryptionKey,
  signCredential,
} from "../src/credentials/index.ts";
import type { PluginRouter } from "../src/router.ts";
import { config, configure } from "../src/server/config.ts";
import { keySecret, passportSettings, pluginId } from "./setup.ts";

const before = "https://polku.example.fi";
const after = "https://passi.keski-pohjanmaa.example:8443/polku";

type Credential = { issuer: { id: string }; credentialStatus: { statusListCredential: string } };
type Verdict = { verified: boolean; checks: { check: string; ok: boolean }[] };

describe.each(testDatabases())("a changed public address on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings });
  }, 120_000);
  afterAll(async () => {
    configure({ keySecret, publicUrl: before });
    await api?.close();
  });

  let issuedBefore: Credential | undefined;
  const verify = async (credential: unknown) =>
    (await (
      await fetch(`${api.url}/public/${pluginId}/verify`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(credential),
      })
    ).json()) as Verdict;

  /** A teacher-assessed badge for the demo learner, issued now. */
  async function issue(slug: string) {
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const teacher = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const badge = (await learner.catalogue.list.query()).find((b) => b.slug === slug)!;
    const { id: pursuitId } = await learner.earning.start.mutate({
      badgeClassId: badge.badgeClassId,
      assessorOrganisationId: null,
    });
    await learner.earning.addEvidence.mutate({ pursuitId, kind: "text", text: "Tein sen." });
    await learner.earning.submit.mutate({ pursuitId });
    const { badgeId } = await teacher.assessing.approve.mutate({ pursuitId });
    const { credential } = (await learner.earning.download.query({ badgeId })) as unknown as {
      credential: Credential;
    };
    return { badgeId, credential, teacher };
  }

  it("verifies a badge issued before the change, and issues new ones under the new DID", async () => {
    // The host configured the plugin from the settings; this is the same module it configured.
    expect(config().publicUrl).toBe(before);
    const old = await issue("yrittajamainen-asenne");
    issuedBefore = old.credential;
    expect(old.credential.issuer.id).toMatch(/^did:web:polku\.example\.fi:public:/);
    expect((await verify(old.credential)).verified).toBe(true);

    configure({ keySecret, publicUrl: after });
    const stillGood = await verify(old.credential);
    expect(stillGood.checks).toEqual(stillGood.checks.map((c) => ({ ...c, ok: true })));
    expect(stillGood.verified).toBe(true);

    const fresh = await issue("paikallinen-elinkeinoelama");
    expect(fresh.credential.issuer.id).toMatch(
      /^did:web:passi\.keski-pohjanmaa\.example%3A8443:polku:public:keski-pohjanmaa-tyoelamapassi:issuers:/,
    );
    expect(fresh.credential.credentialStatus.statusListCredential.startsWith(`${after}/public/`)).toBe(true);
    expect((await verify(fresh.credential)).verified).toBe(true);
    expect((await verify(old.credential)).verified).toBe(true);

    // Both DID documents are served: the current one by default, the old one when asked for by its DID.
    const org = old.credential.issuer.id.split(":").at(-1);
    const didUrl = `${api.url}/public/${pluginId}/issuers/${org}/did.json`;
    const current = (await (await fetch(didUrl)).json()) as {
      id: string;
      verificationMethod: { id: string }[];
    };
    expect(current.id).toBe(fresh.credential.issuer.id);
    expect(current.verificationMethod.every((m) => m.id.startsWith(`${current.id}#`))).toBe(true);
    const earlier = (await (
      await fetch(`${didUrl}?did=${encodeURIComponent(old.credential.issuer.id)}`)
    ).json()) as {
      id: string;
      verificationMethod: { id: string }[];
    };
    expect(earlier.id).toBe(old.credential.issuer.id);
    expect(earlier.verificationMethod.length).toBeGreaterThan(0);
    const elsewhere = await fetch(
      `${didUrl}?did=${encodeURIComponent(old.credential.issuer.id.replace(org!, "00000000-0000-4000-8000-000000000000"))}`,
    );
    expect(elsewhere.status).toBe(404);

    // The old badge is still revocable: its own list, under its own DID, says so from now on.
    await old.teacher.staff.revoke.mutate({ badgeId: old.badgeId, reason: "Myönnetty virheellisesti." });
    const revoked = await verify(old.credential);
    expect(revoked.verified).toBe(false);
    expect(revoked.checks.find((c) => c.check === "status")?.ok).toBe(false);
    expect(revoked.checks.find((c) => c.check === "signature")?.ok).toBe(true);
    expect((await verify(fresh.credential)).verified).toBe(true);

    // A key rotation under the new address leaves both generations verifying.
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<PluginRouter>(pluginId);
    await manager.staff.rotateKey.mutate();
    expect((await verify(fresh.credential)).verified).toBe(true);
    const again = await verify(old.credential);
    expect(again.checks.find((c) => c.check === "signature")?.ok).toBe(true);
    expect(again.checks.find((c) => c.check === "status")?.ok).toBe(false);
  }, 90_000);

  it("takes no key planted under another did:web for one of ours, unless this server attested it", async () => {
    configure({ keySecret, publicUrl: before });
    const real = issuedBefore!;
    const org = real.issuer.id.split(":").at(-1) ?? "";
    expect(org).toMatch(/^[0-9a-f-]{36}$/);
    const forgedDid = `did:web:forger.example:public:${pluginId}:issuers:${org}`;
    const otherKek = parseKeyEncryptionKey(randomBytes(32).toString("base64"));
    const key = await generateKey(otherKek, forgedDid, 99);
    const plant = (attestation: string | null) =>
      api.db.execute(sql`insert into keski_pohjanmaa_tyoelamapassi.issuer_key
        (organisation_id, key_id, public_key_multibase, sealed_secret, retired_at, attestation)
        values (${org}::uuid, ${key.id}, ${key.publicKeyMultibase}, ${key.sealedSecret}, now(), ${attestation})
        on conflict (organisation_id, key_id) do update set attestation = excluded.attestation`);
    const forged = await signCredential(
      buildOpenBadge({
        id: "urn:uuid:6f1c1a52-4c1e-4d0b-9a51-6a0c0f5e2b11",
        issuer: { id: forgedDid, name: "Väärennös" },
        achievement: {
          id: `${before}/public/${pluginId}/badges/x/v1`,
          name: "Väärä merkki",
          description: "x",
          criteria: "x",
          version: "1",
          tags: [],
          language: "fi",
        },
        learnerName: "Kuka Tahansa",
        validFrom: new Date(),
        status: { listUrl: real.credentialStatus.statusListCredential, index: 5 },
      }),
      await openKey(otherKek, key),
      makeDocumentLoader(new Map([[forgedDid, didDocument(forgedDid, [key])]])),
    );
    const signature = async () => (await verify(forged)).checks.find((c) => c.check === "signature")?.ok;
    await plant(null);
    expect(await signature()).toBe(false);
    await plant(attestationOf(otherKek, key.id, key.publicKeyMultibase));
    expect(await signature()).toBe(false);
    // The control: with this server's own attestation the key would count (so the refusals above are
    // the attestation's doing, not some other failure of the forged badge).
    await plant(attestationOf(parseKeyEncryptionKey(keySecret), key.id, key.publicKeyMultibase));
    expect(await signature()).toBe(true);
    await api.db.execute(sql`delete from keski_pohjanmaa_tyoelamapassi.issuer_key where key_id = ${key.id}`);
  }, 60_000);

  it("signs again when the address goes back to an earlier one", async () => {
    configure({ keySecret, publicUrl: after });
    configure({ keySecret, publicUrl: before });
    // The demo learner has pursued the seeded teacher-assessed badges above: a new class of badge.
    const teacher = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const { id } = await teacher.catalogue.create.mutate({
      slug: "takaisin-vanhaan-osoitteeseen",
      version: {
        name: { fi: "Takaisin" },
        description: { fi: "x" },
        criteria: { fi: "x" },
        learningGoals: [{ fi: "x" }],
        evidence: { fi: "x" },
        assessorRoles: ["teacher"],
        assessorOrganisations: [],
        skills: [],
      },
    });
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const { id: pursuitId } = await learner.earning.start.mutate({
      badgeClassId: id,
      assessorOrganisationId: null,
    });
    await learner.earning.addEvidence.mutate({ pursuitId, kind: "text", text: "x" });
    await learner.earning.submit.mutate({ pursuitId });
    const { badgeId } = await teacher.assessing.approve.mutate({ pursuitId });
    const { credential } = (await learner.earning.download.query({ badgeId })) as unknown as {
      credential: Credential;
    };
    expect(credential.issuer.id).toMatch(/^did:web:polku\.example\.fi:/);
    expect((await verify(credential)).verified).toBe(true);
  }, 60_000);

  it("writes the server's own attestation over one a signer poisoned, so the old DID's keys count again", async () => {
    configure({ keySecret, publicUrl: before });
    // A signer (the definer function lets any) wrote words that are no HMAC over every key's attestation.
    await api.db.execute(sql`update keski_pohjanmaa_tyoelamapassi.issuer_key set attestation = 'poisoned'`);
    const teacher = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const { id } = await teacher.catalogue.create.mutate({
      slug: "myrkytetty-todistus",
      version: {
        name: { fi: "Myrkky" },
        description: { fi: "x" },
        criteria: { fi: "x" },
        learningGoals: [{ fi: "x" }],
        evidence: { fi: "x" },
        assessorRoles: ["teacher"],
        assessorOrganisations: [],
        skills: [],
      },
    });
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const { id: pursuitId } = await learner.earning.start.mutate({
      badgeClassId: id,
      assessorOrganisationId: null,
    });
    await learner.earning.addEvidence.mutate({ pursuitId, kind: "text", text: "x" });
    await learner.earning.submit.mutate({ pursuitId });
    // Signing takes the current key, and first re-checks every key's attestation.
    await teacher.assessing.approve.mutate({ pursuitId });
    const rows = rowsOf<{ key_id: string; public_key_multibase: string; attestation: string }>(
      await api.db.execute(
        sql`select key_id, public_key_multibase, attestation from keski_pohjanmaa_tyoelamapassi.issuer_key`,
      ),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const k of rows) {
      expect(k.attestation).toBe(attestationOf(config().kek, k.key_id, k.public_key_multibase));
    }
  }, 60_000);
});
