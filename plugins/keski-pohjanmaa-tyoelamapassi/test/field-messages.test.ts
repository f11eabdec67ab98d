/**
 * A refused input names its field once: the host puts the field's path before each validation
 * message, so the plugin's own schema messages carry no "field: " of their own (else the portal read
 * "slug: slug: …" and showed "slug: Käytä …" at the field). The portal shows the message at the field.
 */
import { loginAs, startTestApi, type TestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { passportSettings, pluginId } from "./setup.ts";

type Refusal = { message: string; issues: { path: string; message: string }[] };
const refusalOf = (promise: Promise<unknown>): Promise<Refusal> =>
  promise.then(
    () => ({ message: "succeeded", issues: [] }),
    (error: Error & { data?: { issues?: Refusal["issues"] } }) => ({
      message: error.message,
      issues: error.data?.issues ?? [],
    }),
  );

describe.each(testDatabases())("the passport's field messages on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings, jobs: false });
  }, 120_000);
  afterAll(() => api?.close());

  it("says a bad slug, an empty share and an empty credit rule with the field named once", async () => {
    const keeper = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const slug = await refusalOf(
      keeper.catalogue.create.mutate({
        slug: "Iso Kirjain",
        version: {
          name: { fi: "Nimi" },
          description: { fi: "Kuvaus." },
          criteria: { fi: "Kriteeri." },
          learningGoals: [{ fi: "Tavoite." }],
          evidence: { fi: "Näyttö." },
          assessorRoles: ["teacher"],
          assessorOrganisations: [],
          skills: [],
        },
      }),
    );
    const learner = (await loginAs(api.url, "opiskelija")).plugin<PluginRouter>(pluginId);
    const share = await refusalOf(learner.sharing.create.mutate({ badgeIds: [] }));
    const rules = (await loginAs(api.url, "korkeakoulu")).plugin<PluginRouter>(pluginId);
    const rule = await refusalOf(
      rules.credit.add.mutate({
        badgeClassIds: [],
        kind: "study_place",
        description: { fi: "Opiskelupaikka." },
      }),
    );
    for (const [field, refusal] of [
      ["slug", slug],
      ["badgeIds", share],
      ["badgeClassIds", rule],
    ] as const) {
      expect(refusal.message).toContain(`${field}: `);
      expect(refusal.message).not.toContain(`${field}: ${field}: `);
      const issue = refusal.issues.find((i) => i.path === field);
      expect(issue?.message).toBeTruthy();
      expect(issue?.message).not.toMatch(/^[A-Za-z.]+: /);
    }
  });
});
