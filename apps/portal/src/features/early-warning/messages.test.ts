import { describe, expect, it } from "vitest";
import { earlyWarningFeature } from "./index.ts";
import { en, fi, sv } from "./messages.ts";
import * as nav from "./nav-messages.ts";

describe("early-warning strings", () => {
  it("has the same keys in Finnish, Swedish and English, none empty", () => {
    for (const [fi_, sv_, en_] of [
      [fi, sv, en],
      [nav.fi, nav.sv, nav.en],
    ] as const) {
      const keys = Object.keys(fi_).sort();
      expect(Object.keys(sv_).sort()).toEqual(keys);
      expect(Object.keys(en_).sort()).toEqual(keys);
    }
    for (const messages of [fi, sv, en, nav.fi, nav.sv, nav.en]) {
      expect(Object.values(messages).every((m) => m.trim().length > 0)).toBe(true);
    }
  });

  it("words every rule's reason and threshold with the same placeholders in each language", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fi) as Array<keyof typeof fi>) {
      if (!/^(reason|threshold|part)\./.test(key)) continue;
      expect(placeholders(sv[key]), key).toEqual(placeholders(fi[key]));
      expect(placeholders(en[key]), key).toEqual(placeholders(fi[key]));
    }
  });

  it("labels every menu entry with a key of its own strings", () => {
    for (const entry of earlyWarningFeature.nav ?? []) expect(Object.keys(nav.fi)).toContain(entry.label);
  });
});
