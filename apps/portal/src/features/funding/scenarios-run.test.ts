import { describe, expect, it } from "vitest";
import { runNegotiation } from "./scenarios-run.ts";

const provider = { id: "p", role: "provider", name: "Opisto" } as const;
const paja = { id: "w", role: "workshop", name: "Paja" } as const;
const paths = Array.from({ length: 20 }, (_, i) => ({
  provider,
  graduate: {
    studentId: `s${i}`,
    providerId: "p",
    graduatedOn: "2026-05-31",
    employedBeforeTraining: false,
    outcomes: i % 2 === 0 ? [{ kind: "employed" as const, date: "2026-09-01", employmentMonths: 4 }] : [],
  },
  steps: [
    {
      kind: "coaching-session",
      status: "done" as const,
      contributor: paja,
      startsOn: "2026-06-10",
      hours: 20,
    },
  ],
}));
const v1 = {
  id: "a",
  version: 1,
  providerId: "p",
  title: "Jatkopolku",
  effectiveFrom: "2026-01-01",
  attribution: { rule: "weighted", measure: "hours" },
  parties: [{ partyId: "w", role: "workshop", percentage: 40 }],
} as const;

describe("the worker's scenario run", () => {
  it("repeats exactly with the seed, reports progress to the end, and compares the proposal", () => {
    const request = {
      agreementId: "a",
      paths,
      accepted: [v1],
      proposed: { ...v1, version: 2, parties: [{ partyId: "w", role: "workshop" as const, percentage: 50 }] },
      ownParty: "w",
      fundingYear: 2029,
      scenarios: 500,
      seed: 7,
    };
    const progress: number[] = [];
    const firsts: Array<{ at: number; first: unknown }> = [];
    const a = runNegotiation(
      request,
      (done, total) => progress.push(done / total),
      (first) => firsts.push({ at: progress.length, first }),
    );
    const b = runNegotiation(request, () => {});
    expect(a).toEqual(b);
    expect(progress.at(-1)).toBe(1);
    // The distribution is handed over once, before the comparison's progress, and is the result's own.
    expect(firsts).toHaveLength(1);
    expect(firsts[0]!.at).toBeLessThan(progress.length);
    expect(progress[firsts[0]!.at - 1]!).toBeLessThan(1);
    expect(firsts[0]!.first).toEqual({ modelId: a.modelId, distribution: a.distribution });
    expect(a.distribution.map((d) => d.partyId)).toEqual(["w"]);
    expect(a.distribution[0]!.p90).toBeGreaterThanOrEqual(a.distribution[0]!.p10);
    const [inForce2022, inForce2026, proposed2022, proposed2026] = a.comparison.parties[0]!.means;
    expect(proposed2026!).toBeCloseTo((inForce2026! * 50) / 40, 6);
    expect(proposed2022!).toBeGreaterThan(inForce2022!);
    // The tornado names every assumption for the workshop, the widest swing first.
    const bars = a.sensitivity[0]!.bars;
    expect(bars.map((b) => b.assumption).sort()).toEqual(["budget", "otherPoints", "placementRate"]);
    expect(Math.abs(bars[0]!.swing)).toBeGreaterThanOrEqual(Math.abs(bars[2]!.swing));
  });
});
