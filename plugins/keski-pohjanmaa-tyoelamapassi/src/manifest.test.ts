import { makeStepKindRegistry } from "@polku/domain";
import { validateManifest } from "@polku/plugin-sdk/manifest-schema";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { manifest } from "./manifest.ts";
import { stepKinds } from "./step-kinds.ts";

describe("keski-pohjanmaa-tyoelamapassi", () => {
  it("has a valid manifest and valid step kinds", async () => {
    await expect(
      Effect.runPromise(validateManifest("keski-pohjanmaa-tyoelamapassi", manifest)),
    ).resolves.toMatchObject({
      id: "keski-pohjanmaa-tyoelamapassi",
    });
    await expect(Effect.runPromise(makeStepKindRegistry(stepKinds))).resolves.toBeDefined();
  });
});
