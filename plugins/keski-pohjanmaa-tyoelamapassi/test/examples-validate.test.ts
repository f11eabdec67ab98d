import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { schemaProblems } from "../src/credentials/schema.ts";

const shared = fileURLToPath(new URL("../../../../shared/fixtures/openbadges/", import.meta.url));

// The validator itself is checked against 1EdTech's own examples: both pass, and a broken one fails.
describe.skipIf(!existsSync(shared))("the schema validator", () => {
  it.each(["example-basic-openbadgecredential.json", "example-full-openbadgecredential.json"])(
    "accepts %s",
    (file) => {
      expect(schemaProblems(JSON.parse(readFileSync(`${shared}${file}`, "utf8")))).toEqual([]);
    },
  );
  it("names what is missing", () => {
    const example = JSON.parse(readFileSync(`${shared}example-basic-openbadgecredential.json`, "utf8"));
    delete example.credentialSubject;
    expect(schemaProblems(example).join(" ")).toMatch(/credentialSubject/);
  });
});
