import { validateManifest } from "@polku/plugin-sdk/manifest-schema";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { manifest } from "./manifest.ts";

describe("kaikkien-jatkopolku", () => {
  it("has a valid manifest", async () => {
    await expect(Effect.runPromise(validateManifest("kaikkien-jatkopolku", manifest))).resolves.toMatchObject(
      {
        id: "kaikkien-jatkopolku",
      },
    );
  });
});
