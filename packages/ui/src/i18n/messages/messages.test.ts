import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fi } from "./fi.ts";
import { sv } from "./sv.ts";

describe("core dictionaries", () => {
  it("have the same keys in Finnish, Swedish and English", () => {
    const keys = Object.keys(fi).sort();
    expect(Object.keys(sv).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it("have no empty strings and the same {parameters} in each language", () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fi) as Array<keyof typeof fi>) {
      for (const dict of [fi, sv, en]) expect(dict[key].trim(), key).not.toBe("");
      expect(params(sv[key]), key).toEqual(params(fi[key]));
      expect(params(en[key]), key).toEqual(params(fi[key]));
    }
  });
});
