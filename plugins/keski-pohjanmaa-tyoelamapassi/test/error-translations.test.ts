import { fileURLToPath } from "node:url";
import { untranslatedMessages, unusedTranslations } from "@polku/plugin-sdk/testing";
import { expect, it } from "vitest";
import { errorTranslations } from "../src/error-translations.ts";

const sources = fileURLToPath(new URL("../src", import.meta.url));

it("has Finnish and Swedish words for every failure message the plugin raises", () => {
  expect(untranslatedMessages([sources], errorTranslations)).toEqual([]);
});

it("keeps no words for a message the plugin no longer raises", () => {
  expect(unusedTranslations([sources], errorTranslations)).toEqual([]);
});
