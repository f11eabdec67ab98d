/**
 * Endorsement, credit in higher education and the shared passport against a real API: a company
 * endorses a badge class (a signed EndorsementCredential); the learner sees what their badges are worth
 * at the demo university; the learner shares two badges behind a link, whose page shows them verified and
 * nothing else of the learner, until the learner revokes the link.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, startTestApi, type TestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endorsementVerified, makeDocumentLoader } from "../src/credentials/index.ts";
import type { PluginRouter } from "../src/router.ts";
import { independentlyVerify } from "./independent-verifier.ts";
import { passportSettings, pluginId } from "./setup.ts";

describe.each(testDatabases())("endorsement, credit and the passport on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings });
  }, 120_000);
  afterAll(() => api?.close());

  const client = async (username: string) =>
    (await loginAs(api.url, username)).plugin<PluginRouter>(pluginId);
  const slugged = async (p: Awaited<ReturnType<typeof client>>, slug: string) =>
    (await p.catalogue.list.query()).find((b) => b.slug === slug)!;

  it("lets a company endorse a badge class with a signed credential, once", async () => {
    const company = await client("yritys");
    const badge = await slugged(company, "asiakaspalvelu-yrityksessa");
    await company.endorsing.endorse.mutate({
      badgeClassId: badge.badgeClassId,
      comment: "Tarvitsemme tätä osaamista.",
    });
    expect(
      await codeOf(
        company.endorsing.endorse.mutate({ badgeClassId: badge.badgeClassId, comment: "Uudestaan" }),
      ),
    ).toBe("CONFLICT");
    const learner = await client("opiskelija");
    expect(
      await codeOf(learner.endorsing.endorse.mutate({ badgeClassId: badge.badgeClassId, comment: "x" })),
    ).toBe("FORBIDDEN");
    const [shown] = await learner.endorsing.ofBadge.query({ badgeClassId: badge.badgeClassId });
    expect(shown?.company).toBe("Savon Rakennuspalvelu Oy");
    const credential = shown!.credential as { type: string[]; issuer: { id: string } };
    expect(credential.type).toContain("EndorsementCredential");
    const org = credential.issuer.id.split(":").at(-1);
    const didDoc = (await (await fetch(`${api.url}/public/${pluginId}/issuers/${org}/did.json`)).json()) as {
      id: string;
      verificationMethod: { publicKeyMultibase: string }[];
    };
    expect(await endorsementVerified(credential, makeDocumentLoader(new Map([[didDoc.id, didDoc]])))).toBe(
      true,
    );
    expect(await independentlyVerify(credential, didDoc.verificationMethod[0]!.publicKeyMultibase)).toBe(
      true,
    );
  });

  it("shows what the learner's badges are worth, and shares chosen badges until the link is revoked", async () => {
    const learner = await client("opiskelija");
    const teacher = await client("opettaja");
    const badgeIds: string[] = [];
    for (const slug of ["yrittajamainen-asenne", "paikallinen-elinkeinoelama"]) {
      const badge = await slugged(learner, slug);
      const { id } = await learner.earning.start.mutate({
        badgeClassId: badge.badgeClassId,
        assessorOrganisationId: null,
      });
      await learner.earning.addEvidence.mutate({ pursuitId: id, kind: "text", text: "Tein sen." });
      await learner.earning.submit.mutate({ pursuitId: id });
      badgeIds.push((await teacher.assessing.approve.mutate({ pursuitId: id })).badgeId);
    }
    const worth = await learner.credit.worth.query();
    const credits = worth.find((r) => r.kind === "credits")!;
    expect(credits.institution).toBe("Pohjanmaan ammattikorkeakoulu");
    expect(credits.credits).toBe(5);
    expect([credits.have.length, credits.met]).toEqual([1, false]);
    const place = worth.find((r) => r.kind === "study_place")!;
    expect([place.have.length, place.met]).toEqual([2, false]);

    expect(
      await codeOf(learner.sharing.create.mutate({ badgeIds: ["00000000-0000-4000-8000-000000000000"] })),
    ).toBe("BAD_REQUEST");
    const { id: shareId, url } = await learner.sharing.create.mutate({ badgeIds });
    const path = new URL(url).pathname;
    const page = await fetch(`${api.url}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Yrittäjämäinen asenne");
    expect(html).toContain("Paikallisen elinkeinoelämän tuntemus");
    expect(html.match(/Merkki on aito ja voimassa\./g)?.length).toBe(2);
    const [me] = rowsOf<{ first_name: string; last_name: string }>(
      await api.db.execute(
        sql`select s.first_name, s.last_name from student s join person p on p.id = s.person_id where p.username = 'opiskelija'`,
      ),
    );
    expect(html).not.toContain(me!.first_name);
    expect(html).not.toContain(me!.last_name);

    await learner.sharing.revoke.mutate({ shareId });
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}/public/${pluginId}/passport/not-a-token`)).status).toBe(404);
  }, 60_000);

  it("lets only a higher-education institution's contact keep credit rules", async () => {
    const university = await client("korkeakoulu");
    const badge = await slugged(university, "paikallinen-elinkeinoelama");
    const rule = {
      badgeClassIds: [badge.badgeClassId],
      kind: "credits" as const,
      credits: 2,
      description: { fi: "2 op" },
    };
    await university.credit.add.mutate(rule);
    expect((await university.credit.rules.query()).some((r) => r.credits === 2)).toBe(true);
    expect(await codeOf(university.credit.add.mutate({ ...rule, credits: undefined }))).toBe("BAD_REQUEST");
    const partner = await client("kumppani");
    expect(await codeOf(partner.credit.add.mutate(rule))).toBe("FORBIDDEN");
    const learner = await client("opiskelija");
    expect(await codeOf(learner.credit.add.mutate(rule))).toBe("FORBIDDEN");
  });
});
