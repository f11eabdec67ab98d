import { describe, expect, it } from "vitest";
import { earlyWarningFeature } from "./index.ts";
import { en, fi, sv } from "./messages.ts";

describe("early-warning strings", () => {
  it("has the same keys in Finnish, Swedish and English, none empty", () => {
    const keys = Object.keys(fi).sort();
    expect(Object.keys(sv).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
    for (const messages of [fi, sv, en]) {
      expect(Object.values(messages).every((m) => m.trim().length > 0)).toBe(true);
    }
  });

  it("words every rule's reason and threshold with the same placeholders in each language", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fi) as Array<keyof typeof fi>) {
      if (!key.startsWith("reason.") && !key.startsWith("threshold.")) continue;
      expect(placeholders(sv[key]), key).toEqual(placeholders(fi[key]));
      expect(placeholders(en[key]), key).toEqual(placeholders(fi[key]));
    }
  });

  it("labels every menu entry with a key of its own strings", () => {
    for (const entry of earlyWarningFeature.nav) expect(Object.keys(fi)).toContain(entry.label);
  });
});
