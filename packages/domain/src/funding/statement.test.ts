import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ShareAgreement } from "./agreement.ts";
import type { ContributionStep } from "./attribution.ts";
import { agreementV1, esedu, firma, national, paja, path, paths } from "./fixtures.test-support.ts";
import { law2026 } from "./models.ts";
import { pseudonymOf } from "./pseudonym.ts";
import { buildStatement, type GraduatePath } from "./statement.ts";

const statementFor = (
  partyId: string,
  over: { versions?: ShareAgreement[]; paths?: ReadonlyArray<GraduatePath> } = {},
) =>
  buildStatement({
    versions: over.versions ?? [agreementV1],
    partyId,
    fundingYear: 2027,
    model: law2026,
    national,
    paths: over.paths ?? paths,
    pseudonymKey: "provider secret",
  });

describe("statements", () => {
  it("price the workshop's lines by hand", () => {
    // 2024 graduates: window 7/2024-6/2025, statistics year 2025, paid half a point in 2027 and 2028.
    // 0.5 point x (1e9 x 0.18 / 1000) = 90,000 EUR a placement in 2027.
    // s1: paja 6/7 -> 77,142.86 attributed x 50 % = 38,571.43. s2 (higher education, weight 0.5):
    // paja 0.4 -> 36,000 x 25 % = 9,000.
    const s = statementFor("paja");
    expect(s.lines.map((l) => [l.student, l.agreementVersion, Number(l.euros.toFixed(2))])).toEqual([
      [pseudonymOf("provider secret", "paja", "s1"), 1, 38_571.43],
      [pseudonymOf("provider secret", "paja", "s2"), 1, 9_000],
    ]);
    expect(s.lines.every((l) => l.pseudonymous)).toBe(true);
    expect(s.attributedEuros).toBeCloseTo(113_142.857142857, 6);
    expect(s.euros).toBeCloseTo(47_571.428571429, 6);
    expect(s.versionsUsed).toEqual([1]);
    expect(s.assumptions.map((a) => a.name)).toEqual(["nationalBudget", "nationalPoints.placement"]);
    expect(s.lines[0]!.explanation.fi).toBe(
      "Sijoittui: työssä 3 kk jaksolla 1.7.2024–30.6.2025. Sääntö: panoksen mukaan painotettu: Esedu 14,3 % (1 vaihetta, 10 h); Työpaja Verstas 85,7 % (1 vaihetta, 30 h).",
    );
  });

  it("show students by id to a party that may see them, and apply the minimum contribution", () => {
    const s = statementFor("firma");
    expect(s.lines.map((l) => [l.student, l.fraction, Number(l.euros.toFixed(2))])).toEqual([
      ["s2", 0.2, 3_600],
    ]);
  });

  it("apply the cap of the version in force at the year's end, and say which versions priced it", () => {
    const v2: ShareAgreement = {
      ...agreementV1,
      version: 2,
      effectiveFrom: "2024-09-15",
      parties: [{ ...agreementV1.parties[0]!, capEuros: 40_000 }, agreementV1.parties[1]!],
    };
    const s = statementFor("paja", { versions: [agreementV1, v2] });
    expect(s.versionsUsed).toEqual([1, 2]);
    expect(s.linesEuros).toBeCloseTo(47_571.43, 2);
    expect(s.euros).toBe(40_000);
    expect(s.adjustment).toBe("cap");
  });

  it("pay nothing in a funding year the placements do not pay in", () => {
    expect(
      buildStatement({
        versions: [agreementV1],
        partyId: "paja",
        fundingYear: 2026,
        model: law2026,
        national,
        paths,
        pseudonymKey: "k",
      }).lines,
    ).toEqual([]);
  });

  // Random paths, agreements and a party; all on 2024 graduates so they pay in 2027.
  const contributor = fc.constantFrom(esedu, paja, firma);
  const step = fc.record({
    kind: fc.constantFrom("coaching-session", "work-trial", "workplace-period"),
    status: fc.constantFrom("done" as const, "in_progress" as const, "cancelled" as const),
    contributor,
    startsOn: fc.constantFrom("2024-02-01", "2024-07-15"),
    hours: fc.integer({ min: 0, max: 60 }),
  }) as fc.Arbitrary<ContributionStep>;
  const outcome = fc.oneof(
    fc.record({
      kind: fc.constantFrom("employed" as const, "entrepreneur" as const),
      date: fc.constant("2024-09-01"),
      employmentMonths: fc.integer({ min: 0, max: 12 }),
    }),
    fc.record({ kind: fc.constant("higher_education" as const), date: fc.constant("2024-09-01") }),
  );
  const aPath = fc
    .tuple(fc.uuid(), outcome, fc.array(step, { maxLength: 6 }))
    .map(([id, o, s]) => path(id, o, s));
  const terms = (partyId: string, role: "workshop" | "company") =>
    fc
      .record({
        partyId: fc.constant(partyId),
        role: fc.constant(role),
        percentage: fc.double({ min: 0, max: 100, noNaN: true }),
        capEuros: fc.option(fc.double({ min: 0, max: 200_000, noNaN: true }), { nil: undefined }),
        floorEuros: fc.option(fc.double({ min: 0, max: 200_000, noNaN: true }), { nil: undefined }),
        minContribution: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        outcomeWeights: fc.option(
          fc.record({ higher_education: fc.double({ min: 0, max: 1, noNaN: true }) }),
          { nil: undefined },
        ),
      })
      .map(
        (t) =>
          Object.fromEntries(
            Object.entries(t).filter(([, v]) => v !== undefined),
          ) as unknown as ShareAgreement["parties"][number],
      );
  const agreement = fc
    .tuple(
      terms("paja", "workshop"),
      terms("firma", "company"),
      fc.constantFrom<ShareAgreement["attribution"]>(
        { rule: "last", windowDays: 90 },
        { rule: "weighted", measure: "hours", kindWeights: { "work-trial": 2 } },
        { rule: "weighted", measure: "steps" },
        {
          rule: "shapley",
          kindWeights: { "coaching-session": 1, "work-trial": 2, "workplace-period": 1 },
          synergy: 1,
        },
      ),
    )
    .map(([a, b, attribution]): ShareAgreement => ({ ...agreementV1, attribution, parties: [a, b] }));

  it("never pay a party more than is attributed to it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(aPath, { maxLength: 12 }),
        agreement,
        fc.constantFrom("paja", "firma"),
        (ps, a, party) => {
          const s = statementFor(party, { versions: [a], paths: ps });
          for (const line of s.lines) expect(line.euros).toBeLessThanOrEqual(line.attributedEuros + 1e-9);
          expect(s.euros).toBeLessThanOrEqual(s.attributedEuros + 1e-6);
          expect(s.euros).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("a party's revenue never falls when its placements rise, all else equal (property)", () => {
    fc.assert(
      fc.property(
        fc.array(aPath, { maxLength: 10 }),
        aPath,
        agreement,
        fc.constantFrom("paja", "firma"),
        (ps, extra, a, party) => {
          const before = statementFor(party, { versions: [a], paths: ps }).euros;
          const after = statementFor(party, { versions: [a], paths: [...ps, extra] }).euros;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });
});
