import { validateManifest } from "@polku/plugin-sdk/manifest-schema";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { manifest } from "./manifest.ts";

describe("keski-pohjanmaa-tyoelamapassi", () => {
  it("has a valid manifest", async () => {
    await expect(
      Effect.runPromise(validateManifest("keski-pohjanmaa-tyoelamapassi", manifest)),
    ).resolves.toMatchObject({
      id: "keski-pohjanmaa-tyoelamapassi",
    });
  });
});
