import { describe, expect, it } from "vitest";
import { isHandoverCandidate } from "./situation.ts";

describe("isHandoverCandidate", () => {
  it("admits students about to graduate or graduated, with a live or completed study right", () => {
    expect(isHandoverCandidate({ phase: "graduation", studyRightState: "lasna" })).toBe(true);
    expect(isHandoverCandidate({ phase: "continuation", studyRightState: "valmistunut" })).toBe(true);
    expect(isHandoverCandidate({ phase: "work_life_learning", studyRightState: "lasna" })).toBe(true);
  });

  it("leaves out first-year students and those whose studies ended otherwise", () => {
    expect(isHandoverCandidate({ phase: "onboarding", studyRightState: "lasna" })).toBe(false);
    expect(isHandoverCandidate({ phase: "graduation", studyRightState: "eronnut" })).toBe(false);
  });
});
