import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { coreErrorTranslations } from "./core-translations.ts";
import { messagesIn, untranslatedMessages, unusedTranslations } from "./extract-messages.ts";

const packages = (name: string) => fileURLToPath(new URL(`../../../${name}/src`, import.meta.url));
const coreSources = [packages("domain"), packages("trpc"), packages("host")];

describe("the core's failure messages", () => {
  it("are found in the sources (the extraction reads them)", () => {
    const messages = messagesIn(coreSources).map((m) => m.message);
    expect(messages).toContain("The student was not found.");
    expect(messages).toContain("endsOn: the end date is before the start date.");
    expect(messages).toContain("A group holds at most {} students.");
    // What a `@messages` function returns, and a `@messages` table's values.
    expect(messages).toContain("This field is missing: fill it in.");
    expect(messages).toContain("Give a whole number here.");
    expect(messages.length).toBeGreaterThan(120);
  });

  it("each have Finnish and Swedish words that place every value", () => {
    expect(untranslatedMessages(coreSources, coreErrorTranslations)).toEqual([]);
  });

  it("hold no translation of a message no source raises any more", () => {
    expect(unusedTranslations(coreSources, coreErrorTranslations)).toEqual([]);
  });
});
