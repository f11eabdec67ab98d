import type { ShareAgreement } from "@polku/domain/funding";
import { describe, expect, it } from "vitest";
import { changesBetween } from "./changes.ts";

const v1: ShareAgreement = {
  id: "a",
  version: 1,
  providerId: "p",
  title: "Jatkopolku",
  effectiveFrom: "2025-01-01",
  attribution: { rule: "weighted", measure: "hours" },
  parties: [
    { partyId: "w", role: "workshop", name: "Paja", percentage: 40 },
    { partyId: "c", role: "company", name: "Yritys", percentage: 10, capEuros: 20000 },
  ],
};

describe("changes between versions", () => {
  it("names each party's moved share, cap and floor, and the parties added and removed", () => {
    const v2: ShareAgreement = {
      ...v1,
      version: 2,
      parties: [
        { partyId: "w", role: "workshop", name: "Paja", percentage: 50, floorEuros: 5000 },
        { partyId: "k", role: "partner", name: "Kumppani", percentage: 15 },
      ],
    };
    expect(changesBetween(v1, v2)).toEqual([
      { kind: "field", party: "Paja", field: "percentage", from: 40, to: 50 },
      { kind: "field", party: "Paja", field: "floorEuros", from: undefined, to: 5000 },
      { kind: "added", party: "Kumppani" },
      { kind: "removed", party: "Yritys" },
    ]);
  });

  it("finds nothing between equal terms", () => {
    expect(changesBetween(v1, { ...v1, version: 2 })).toEqual([]);
  });
});
