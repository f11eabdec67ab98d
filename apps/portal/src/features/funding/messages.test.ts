import { describe, expect, it } from "vitest";
import { fundingFeature } from "./index.ts";
import { fi } from "./messages.ts";
import { en } from "./messages-en.ts";
import { sv } from "./messages-sv.ts";

describe("funding strings", () => {
  it("has the same keys and placeholders in Finnish, Swedish and English, none empty", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fi) as Array<keyof typeof fi>) {
      for (const other of [sv, en]) {
        expect(other[key]?.trim().length ?? 0, key).toBeGreaterThan(0);
        expect(placeholders(other[key]), key).toEqual(placeholders(fi[key]));
      }
    }
    expect(Object.keys(sv).sort()).toEqual(Object.keys(fi).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
  });

  it("labels the menu and the card with its own keys", () => {
    for (const entry of fundingFeature.nav ?? []) expect(Object.keys(fi)).toContain(entry.label);
    for (const card of fundingFeature.homeCards ?? []) expect(Object.keys(fi)).toContain(card.title);
  });
});
