import { describe, expect, it } from "vitest";
import { hoksFeature } from "./index.ts";
import { en, fi, sv } from "./messages.ts";

describe("HOKS strings", () => {
  it("has the same keys in Finnish, Swedish and English, none empty", () => {
    const keys = Object.keys(fi).sort();
    expect(Object.keys(sv).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
    for (const messages of [fi, sv, en]) {
      expect(Object.values(messages).every((m) => m.trim().length > 0)).toBe(true);
    }
  });

  it("labels every menu entry with a key of its own strings", () => {
    for (const entry of hoksFeature.nav) expect(Object.keys(fi)).toContain(entry.label);
  });
});
