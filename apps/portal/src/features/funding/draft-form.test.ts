import { describe, expect, it } from "vitest";
import { checkDraft, type Draft, parseAmount, termsOf } from "./draft-form.ts";

const draft: Draft = {
  title: "Jatkopolku",
  effectiveFrom: "2026-01-01",
  rule: "weighted-hours",
  parties: [{ organisationId: "w", percentage: "40,5", cap: "20 000", floor: "", minContribution: "10" }],
};

describe("the draft form", () => {
  it("reads Finnish numbers and gives the API's terms", () => {
    expect(parseAmount("1 234,50")).toBe(1234.5);
    expect(parseAmount("abc")).toBeNaN();
    expect(termsOf(draft, new Map([["w", "workshop"]])).parties[0]).toEqual({
      partyId: "w",
      role: "workshop",
      percentage: 40.5,
      capEuros: 20000,
      minContribution: 0.1,
    });
  });

  it("names each bad field by the API's path", () => {
    const bad: Draft = {
      ...draft,
      title: " ",
      parties: [
        { organisationId: "", percentage: "140", cap: "100", floor: "200", minContribution: "" },
        { organisationId: "", percentage: "x", cap: "", floor: "", minContribution: "" },
      ],
    };
    expect(checkDraft(bad)).toEqual({
      "terms.title": "error.name",
      "terms.parties.0.partyId": "error.party",
      "terms.parties.0.percentage": "error.percentage",
      "terms.parties.0.floorEuros": "error.floorAboveCap",
      "terms.parties.1.partyId": "error.party",
      "terms.parties.1.percentage": "error.percentage",
    });
    expect(checkDraft(draft)).toEqual({});
  });
});
