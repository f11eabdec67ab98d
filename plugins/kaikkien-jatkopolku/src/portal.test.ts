import { describe, expect, it } from "vitest";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";
import portal from "./portal.tsx";
import { feedbackNeeds, lifecycleSteps, partnerRoles, themes } from "./vocabulary.ts";

describe("kaikkien-jatkopolku in the portal", () => {
  it("has the same strings in Finnish, Swedish and English, none empty", () => {
    const keys = Object.keys(fi).sort();
    for (const dictionary of [sv, en]) expect(Object.keys(dictionary).sort()).toEqual(keys);
    for (const dictionary of [fi, sv, en]) {
      for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe("");
    }
  });

  it("names every theme, role, lifecycle step and need", () => {
    const keys = Object.keys(fi);
    for (const t of themes) expect(keys).toContain(`theme.${t}`);
    for (const r of partnerRoles) expect(keys).toContain(`role.${r}`);
    for (const s of lifecycleSteps) expect(keys).toContain(`step.${s}`);
    for (const n of feedbackNeeds) expect(keys).toContain(`need.${n}`);
  });

  it("names its menu entries and cards with its own strings and permissions", () => {
    const labels = [...portal.nav.map((e) => e.label), ...(portal.homeCards ?? []).map((c) => c.title)];
    for (const label of labels) expect(Object.keys(fi)).toContain(label);
    const permissions = [
      ...portal.nav.map((e) => e.permission),
      ...(portal.homeCards ?? []).map((c) => c.permission),
    ];
    for (const permission of permissions) expect(Object.keys(manifest.permissions)).toContain(permission);
  });
});
