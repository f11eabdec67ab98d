import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { InvalidPluginManifest, validateManifest } from "./manifest-schema.ts";

const valid = {
  id: "kainuu-mentoring",
  version: "0.1.0",
  region: "kainuu",
  title: { fi: "Mentorointi", sv: "Mentorskap", en: "Mentoring" },
  requires: [],
  permissions: { "mentoring.match": ["tutor", "company_contact"] },
};

const problemsOf = async (manifest: unknown) => {
  const error = await Effect.runPromise(Effect.flip(validateManifest("the-plugin", manifest)));
  expect(error).toBeInstanceOf(InvalidPluginManifest);
  return error.message;
};

describe("validateManifest", () => {
  it("accepts a complete manifest", async () => {
    await expect(Effect.runPromise(validateManifest("kainuu-mentoring", valid))).resolves.toEqual(valid);
  });

  it("keeps the core's name for the core", async () => {
    expect(await problemsOf({ ...valid, id: "core" })).toContain('the id "core" is the core\'s own');
  });

  it("keeps the database's own schema names from plugins (the id names the plugin's schema and job role)", async () => {
    for (const id of ["public", "polku", "drizzle", "information-schema", "pg-catalog", "pg-toast"]) {
      expect(await problemsOf({ ...valid, id })).toContain(
        "the id names the plugin's database schema: public, polku, drizzle and pg-... are taken",
      );
    }
    await expect(
      Effect.runPromise(validateManifest("polku-mentoring", { ...valid, id: "polku-mentoring" })),
    ).resolves.toMatchObject({ id: "polku-mentoring" });
  });

  it("names the plugin and every problem", async () => {
    const message = await problemsOf({
      ...valid,
      id: "Not Kebab",
      version: "one",
      permissions: { x: ["pope"] },
    });
    expect(message).toMatch(/^Plugin "the-plugin" has an invalid manifest/);
    expect(message).toMatch(/kebab-case/);
    expect(message).toMatch(/semver/);
    expect(message).toMatch(/permissions\.x\[0\]|permissions.x.0/);
  });

  it("refuses a manifest without titles in all three languages", async () => {
    const message = await problemsOf({ ...valid, title: { fi: "Mentorointi" } });
    expect(message).toMatch(/sv/);
  });

  it("takes the scopes of the plugin's grants, written in lower case", async () => {
    const scoped = { ...valid, grantScopes: ["mentoring", "work-trial"] };
    await expect(Effect.runPromise(validateManifest("kainuu-mentoring", scoped))).resolves.toEqual(scoped);
    expect(await problemsOf({ ...valid, grantScopes: ["Work Trial"] })).toMatch(/grant scope is lower case/);
  });

  it("refuses something that is not a manifest at all", async () => {
    await expect(problemsOf(undefined)).resolves.toMatch(/invalid manifest/);
  });
});
