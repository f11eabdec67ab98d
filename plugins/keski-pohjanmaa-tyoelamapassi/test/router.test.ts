/**
 * The passport's whole flow against a real API (PGlite, and PostgreSQL when DATABASE_URL is set): the
 * learner pursues a badge and sends evidence, the company contact approves it, the learner downloads the
 * signed badge, which the public endpoint verifies (and an independent verifier too); revoked, it fails.
 */
import {
  codeOf,
  loginAs,
  makeClient,
  startTestApi,
  type TestApi,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { independentlyVerify } from "./independent-verifier.ts";
import { passportSettings, pluginId } from "./setup.ts";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const verifyAt = (api: TestApi, body: unknown) =>
  fetch(`${api.url}/public/${pluginId}/verify`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as {
      verified: boolean;
      summary: { fi: string };
      checks: { check: string; ok: boolean }[];
    },
  }));

describe.each(testDatabases())("työelämäpassi on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings });
  }, 120_000);
  afterAll(() => api?.close());

  it("goes from choosing a badge to a verified, then revoked, badge", async () => {
    const learner = await loginAs(api.url, "opiskelija");
    const passport = learner.plugin<PluginRouter>(pluginId);
    const catalogue = await passport.catalogue.list.query();
    const badge = catalogue.find((b) => b.slug === "asiakaspalvelu-yrityksessa")!;
    expect(badge.version).toBe(2);
    const company = badge.assessors[0]!;
    expect(company.name).toBe("Savon Rakennuspalvelu Oy");

    const { id: pursuitId, version } = await passport.earning.start.mutate({
      badgeClassId: badge.badgeClassId,
      assessorOrganisationId: company.id,
    });
    expect(version).toBe(2);
    // Nothing to assess yet: evidence first.
    expect(await codeOf(passport.earning.submit.mutate({ pursuitId }))).toBe("CONFLICT");
    await passport.earning.addEvidence.mutate({
      pursuitId,
      kind: "text",
      text: "Palvelin asiakkaita viikon.",
    });
    await passport.earning.addEvidence.mutate({ pursuitId, kind: "link", url: "https://example.fi/kuvat" });
    await passport.earning.addEvidence.mutate({
      pursuitId,
      kind: "file",
      fileName: "raportti.pdf",
      mediaType: "application/pdf",
      contentBase64: pdf.toString("base64"),
    });
    // A file is what its bytes say: an executable called a PDF is refused, and so is a type not taken.
    const exe = Buffer.from("MZ\x90\x00\x03\x00\x00\x00").toString("base64");
    const fake = passport.earning.addEvidence.mutate({
      pursuitId,
      kind: "file",
      fileName: "x.pdf",
      mediaType: "application/pdf",
      contentBase64: exe,
    });
    expect(await codeOf(fake)).toBe("BAD_REQUEST");
    const zip = passport.earning.addEvidence.mutate({
      pursuitId,
      kind: "file",
      fileName: "x.zip",
      mediaType: "application/zip",
      contentBase64: exe,
    });
    expect(await codeOf(zip)).toBe("BAD_REQUEST");

    // Before the learner sends it, the company sees nothing of it.
    const contact = await loginAs(api.url, "yritys");
    const assessor = contact.plugin<PluginRouter>(pluginId);
    expect(await assessor.assessing.queue.query()).toEqual([]);
    expect(await codeOf(assessor.assessing.evidence.query({ pursuitId }))).toBe("NOT_FOUND");

    // The demo learner is a minor: a guardian consents to the company's assessment first.
    expect(await codeOf(passport.earning.submit.mutate({ pursuitId }))).toBe("FORBIDDEN");
    const guardian = (await loginAs(api.url, "huoltaja")).plugin<PluginRouter>(pluginId);
    expect((await guardian.earning.mine.query()).map((p) => p.id)).toContain(pursuitId);
    await guardian.earning.consent.mutate({ pursuitId });
    await passport.earning.submit.mutate({ pursuitId });
    const queue = await assessor.assessing.queue.query();
    expect(queue.map((q) => q.id)).toEqual([pursuitId]);
    const learnerName = queue[0]!.learnerName;
    expect(learnerName).toMatch(/\S+ \S+/);
    const evidence = await assessor.assessing.evidence.query({ pursuitId });
    expect(evidence.map((e) => e.kind)).toEqual(["text", "link", "file"]);
    const file = await assessor.assessing.file.query({ pursuitId, evidenceId: evidence[2]!.id });
    expect(Buffer.from(file.contentBase64, "base64").equals(pdf)).toBe(true);

    // Returned with a reason, the learner sees why, adds evidence and sends it again.
    expect(await codeOf(assessor.assessing.return.mutate({ pursuitId, reason: "" }))).toBe("BAD_REQUEST");
    await assessor.assessing.return.mutate({ pursuitId, reason: "Kuvaa myös yksi haastava tilanne." });
    const returned = (await passport.earning.mine.query()).find((p) => p.id === pursuitId)!;
    expect(returned.status).toBe("returned");
    expect(returned.returnReason).toBe("Kuvaa myös yksi haastava tilanne.");
    await passport.earning.addEvidence.mutate({
      pursuitId,
      kind: "text",
      text: "Asiakas oli vihainen; ratkaisin sen.",
    });
    await passport.earning.submit.mutate({ pursuitId });

    const { badgeId } = await assessor.assessing.approve.mutate({ pursuitId });
    expect(await codeOf(assessor.assessing.approve.mutate({ pursuitId }))).toBe("BAD_REQUEST");
    const mine = (await passport.earning.mine.query()).find((p) => p.id === pursuitId)!;
    expect(mine.status).toBe("approved");
    expect(mine.badge?.id).toBe(badgeId);

    const { credential } = await passport.earning.download.query({ badgeId });
    // The learner is named only by a salted hash: neither name is in the badge.
    const [firstName, lastName] = learnerName.split(" ");
    expect(JSON.stringify(credential)).not.toContain(firstName);
    expect(JSON.stringify(credential)).not.toContain(lastName);
    const first = await verifyAt(api, credential);
    expect(first.status).toBe(200);
    expect(first.body.checks.filter((c) => !c.ok)).toEqual([]);
    expect(first.body.verified).toBe(true);

    // An independent verifier, with the key from the public DID document.
    const issuer = (credential.issuer as { id: string }).id;
    const orgId = issuer.split(":").at(-1);
    const didDoc = (await (
      await fetch(`${api.url}/public/${pluginId}/issuers/${orgId}/did.json`)
    ).json()) as {
      id: string;
      verificationMethod: { publicKeyMultibase: string }[];
    };
    expect(didDoc.id).toBe(issuer);
    const publicKey = didDoc.verificationMethod[0]!.publicKeyMultibase;
    expect(await independentlyVerify(credential, publicKey)).toBe(true);
    const tampered = structuredClone(credential) as Record<string, unknown>;
    tampered.validFrom = "2020-01-01T00:00:00Z";
    expect(await independentlyVerify(tampered, publicKey)).toBe(false);
    const tamperedAnswer = await verifyAt(api, tampered);
    expect(tamperedAnswer.body.verified).toBe(false);
    expect(tamperedAnswer.body.checks.find((c) => c.check === "signature")?.ok).toBe(false);

    // The status list is public and signed by the same issuer.
    const statusUrl = (credential.credentialStatus as { statusListCredential: string }).statusListCredential;
    expect(statusUrl.startsWith(`https://polku.example.fi/public/${pluginId}/status/${orgId}/`)).toBe(true);
    const list = await fetch(`${api.url}${new URL(statusUrl).pathname}`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { issuer: string }).issuer).toBe(issuer);

    // Revoked by the provider's teacher: the public endpoint says so in words.
    const teacher = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    expect(await codeOf(assessor.staff.revoke.mutate({ badgeId, reason: "Virhe" }))).toBe("FORBIDDEN");
    await teacher.staff.revoke.mutate({ badgeId, reason: "Myönnetty väärälle opiskelijalle." });
    const revoked = await verifyAt(api, credential);
    expect(revoked.body.verified).toBe(false);
    expect(revoked.body.summary.fi).toBe("Myöntäjä on perunut merkin.");

    // A rotated key signs new badges; the old badge's signature still verifies.
    const manager = (await loginAs(api.url, "esihenkilo")).plugin<PluginRouter>(pluginId);
    const { keyId } = await manager.staff.rotateKey.mutate();
    expect(keyId).toBe(`${issuer}#key-2`);
    const afterRotation = await verifyAt(api, credential);
    expect(afterRotation.body.checks.find((c) => c.check === "signature")?.ok).toBe(true);
    expect(afterRotation.body.checks.find((c) => c.check === "status")?.ok).toBe(false);
  }, 60_000);

  it("answers two starts of one badge at once with one pursuit and one CONFLICT, not a 500", async () => {
    const keeper = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const mine = new Set((await learner.earning.mine.query()).map((p) => p.badgeClassId));
    // A badge a teacher assesses (no company to name), other than the one the next test starts.
    const badge = (await keeper.catalogue.list.query()).find(
      (b) =>
        !mine.has(b.badgeClassId) &&
        b.assessorRoles.includes("teacher") &&
        b.slug !== "yrittajamainen-asenne",
    )!;
    const start = () =>
      learner.earning.start.mutate({ badgeClassId: badge.badgeClassId, assessorOrganisationId: null });
    const codes = await Promise.all(Array.from({ length: 4 }, () => codeOf(start())));
    expect(codes.filter((c) => c === "OK").length, codes.join()).toBe(1);
    expect(codes.filter((c) => c === "CONFLICT").length).toBe(3);
  });

  it("keeps the version a learner chose when the catalogue moves on", async () => {
    const keeper = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const badge = (await keeper.catalogue.list.query()).find((b) => b.slug === "yrittajamainen-asenne")!;
    const { id } = await learner.earning.start.mutate({
      badgeClassId: badge.badgeClassId,
      assessorOrganisationId: null,
    });
    const { version } = await keeper.catalogue.addVersion.mutate({
      badgeClassId: badge.badgeClassId,
      version: {
        name: badge.name,
        description: badge.description,
        criteria: { fi: "Uudet kriteerit." },
        learningGoals: badge.learningGoals,
        evidence: badge.evidence,
        assessorRoles: ["teacher"],
        assessorOrganisations: [],
        skills: badge.skills,
      },
    });
    expect(version).toBe(2);
    const mine = (await learner.earning.mine.query()).find((p) => p.id === id)!;
    expect(mine.version).toBe(1);
    expect(mine.criteria.fi).toBe(badge.criteria.fi);
    expect(
      (await keeper.catalogue.versions.query({ badgeClassId: badge.badgeClassId })).map((v) => v.version),
    ).toEqual([2, 1]);
    // Learners do not keep the catalogue.
    expect(
      await codeOf(
        learner.catalogue.addVersion.mutate({
          badgeClassId: badge.badgeClassId,
          version: { ...badge, competenceNeed: undefined, validityMonths: undefined } as never,
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("serves the verification page and answers without a session", async () => {
    const page = await fetch(`${api.url}/public/${pluginId}/verify`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="fi">');
    const anonymous = await verifyAt(api, { not: "a badge" });
    expect(anonymous.body.verified).toBe(false);
    expect(await codeOf(makeClient(api.url).plugin<PluginRouter>(pluginId).catalogue.list.query())).toBe(
      "UNAUTHORIZED",
    );
  });
});
