import { describe, expect, it } from "vitest";
import { attribute, type ContributionStep, type Contributor, stepKindValue } from "./attribution.ts";
import { explainAttribution } from "./explain.ts";

const provider: Contributor = { id: "esedu", role: "provider", name: "Esedu" };
const workshop: Contributor = { id: "paja", role: "workshop", name: "Työpaja Verstas" };
const company: Contributor = { id: "firma", role: "company" };

const steps: ContributionStep[] = [
  {
    kind: "coaching-session",
    status: "done",
    contributor: provider,
    startsOn: "2024-03-01",
    endsOn: "2024-03-01",
    hours: 10,
  },
  {
    kind: "work-trial",
    status: "done",
    contributor: workshop,
    startsOn: "2024-08-01",
    endsOn: "2024-09-10",
    hours: 30,
  },
  {
    kind: "workplace-period",
    status: "done",
    contributor: company,
    startsOn: "2024-09-15",
    endsOn: "2024-10-01",
    hours: 0,
  },
  { kind: "job-placement", status: "cancelled", contributor: workshop, startsOn: "2024-10-20", hours: 100 },
];

describe("attribution", () => {
  it("last contributor within the window: the company, 31 days before", () => {
    const a = attribute({ rule: "last", windowDays: 60 }, provider, steps, "2024-11-01");
    expect(a.shares.map((s) => [s.contributor.id, s.fraction])).toEqual([["firma", 1]]);
    expect(explainAttribution(a).fi).toBe("Sääntö: viimeisin toimija: yritys 100 % (1 vaihetta, 0 h).");
  });

  it("nobody within a short window: all of it is the provider's, and it says why", () => {
    const a = attribute({ rule: "last", windowDays: 20 }, provider, steps, "2024-11-01");
    expect(a.fallback).toBe("none_in_window");
    expect(a.shares.map((s) => [s.contributor.id, s.fraction])).toEqual([["esedu", 1]]);
    expect(explainAttribution(a).en).toContain("nobody contributed within the window");
  });

  it("weighted by hours and kind: 10 x 1 against 30 x 2 gives 1/7 and 6/7", () => {
    const a = attribute(
      { rule: "weighted", measure: "hours", kindWeights: { "work-trial": 2 } },
      provider,
      steps,
      "2024-11-01",
    );
    expect(a.shares.map((s) => s.contributor.id)).toEqual(["esedu", "paja"]);
    expect(a.shares[0]!.fraction).toBeCloseTo(1 / 7, 12);
    expect(a.shares[1]!.fraction).toBeCloseTo(6 / 7, 12);
    expect(explainAttribution(a).fi).toBe(
      "Sääntö: panoksen mukaan painotettu: Esedu 14,3 % (1 vaihetta, 10 h); Työpaja Verstas 85,7 % (1 vaihetta, 30 h).",
    );
    expect(explainAttribution(a).sv).toContain("Työpaja Verstas 85,7 %");
  });

  it("weighted by steps: the cancelled step does not count", () => {
    const a = attribute({ rule: "weighted", measure: "steps" }, provider, steps, "2024-11-01");
    expect(a.shares.map((s) => [s.contributor.id, Number(s.fraction.toFixed(6))])).toEqual([
      ["esedu", 0.333333],
      ["paja", 0.333333],
      ["firma", 0.333333],
    ]);
  });

  it("steps after the placement do not count", () => {
    const a = attribute({ rule: "weighted", measure: "steps" }, provider, steps, "2024-08-15");
    expect(a.shares.map((s) => s.contributor.id)).toEqual(["esedu", "paja"]);
  });

  it("Shapley with kind weights and synergy, worked out by hand", () => {
    // v: coaching 1, work trial 2, workplace period 1, +1 when the provider's and a partner's side meet.
    // Marginals over the 6 orders of (E, P, F) give E = 1 + 2/3, P = 2 + 1/6... computed below exactly:
    // v(E)=1 v(P)=2 v(F)=1 v(EP)=4 v(EF)=3 v(PF)=3 v(EPF)=5
    // phi_E = 1/3*(1) + 1/6*(4-2) + 1/6*(3-1) + 1/3*(5-3) = 1/3 + 1/3 + 1/3 + 2/3 = 5/3
    // phi_P = 1/3*2 + 1/6*(4-1) + 1/6*(3-1) + 1/3*(5-3) = 2/3 + 1/2 + 1/3 + 2/3 = 13/6
    // phi_F = 1/3*1 + 1/6*(3-1) + 1/6*(3-2) + 1/3*(5-4) = 1/3 + 1/3 + 1/6 + 1/3 = 7/6
    const value = stepKindValue({ "coaching-session": 1, "work-trial": 2, "workplace-period": 1 }, 1);
    const a = attribute({ rule: "shapley", value }, provider, steps, "2024-11-01");
    expect(a.method).toBe("exact");
    const f = Object.fromEntries(a.shares.map((s) => [s.contributor.id, s.fraction]));
    expect(f.esedu).toBeCloseTo(5 / 3 / 5, 12);
    expect(f.paja).toBeCloseTo(13 / 6 / 5, 12);
    expect(f.firma).toBeCloseTo(7 / 6 / 5, 12);
  });

  it("a graduate with no recorded help is the provider's", () => {
    const a = attribute({ rule: "weighted", measure: "hours" }, provider, [], "2024-11-01");
    expect(a).toMatchObject({
      fallback: "no_contributions",
      shares: [{ contributor: provider, fraction: 1 }],
    });
  });
});
