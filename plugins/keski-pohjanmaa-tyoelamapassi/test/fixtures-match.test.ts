import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The shared reference fixtures sit beside the repository (../shared); the plugin ships copies.
const shared = fileURLToPath(new URL("../../../../shared/fixtures/openbadges/", import.meta.url));
const data = fileURLToPath(new URL("../src/credentials/data/", import.meta.url));

describe.skipIf(!existsSync(shared))("the shipped Open Badges files", () => {
  it.each([
    ["ob-context-3.0.3.json", "context-3.0.3.json"],
    ["ob-achievementcredential-schema.json", "ob_v3p0_achievementcredential_schema.json"],
  ])("%s is the shared fixture %s", (ours, theirs) => {
    // The same JSON (the repository's formatter lays the copies out its own way).
    expect(JSON.parse(readFileSync(`${data}${ours}`, "utf8"))).toEqual(
      JSON.parse(readFileSync(`${shared}${theirs}`, "utf8")),
    );
  });
});
