import { describe, expect, it } from "vitest";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";
import portal from "./portal.tsx";

describe("keski-pohjanmaa-tyoelamapassi in the portal", () => {
  it("has the same strings in Finnish, Swedish and English, none empty", () => {
    const keys = Object.keys(fi).sort();
    for (const dictionary of [sv, en]) expect(Object.keys(dictionary).sort()).toEqual(keys);
    for (const dictionary of [fi, sv, en]) {
      for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe("");
    }
  });

  it("names its menu entries, sections and cards with its own strings and permissions", () => {
    expect(portal.manifest.id).toBe("keski-pohjanmaa-tyoelamapassi");
    const labels = [
      ...portal.nav.map((entry) => entry.label),
      ...(portal.studentSections ?? []).map((section) => section.title),
      ...(portal.homeCards ?? []).map((card) => card.title),
    ];
    for (const label of labels) expect(Object.keys(fi)).toContain(label);
    const permissions = [
      ...portal.nav.map((entry) => entry.permission),
      ...(portal.studentSections ?? []).map((section) => section.permission),
    ];
    for (const permission of permissions) expect(Object.keys(manifest.permissions)).toContain(permission);
    const ids = (portal.studentSections ?? []).map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
