import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsAsPlaced, type OutcomeKind, outcomeKinds } from "./outcome.ts";

describe("countsAsPlaced", () => {
  it.each([
    ["employed", 2, true],
    ["employed", 1.9, false],
    ["employed", undefined, false],
    ["entrepreneur", 6, true],
    ["higher_education", undefined, true],
    ["vocational_studies", 12, false],
    ["wage_subsidised_work", 12, false],
    ["other", 12, false],
    ["not_placed", 12, false],
  ] as const)("%s with %s months -> %s", (kind, employmentMonths, placed) => {
    expect(countsAsPlaced({ kind, employmentMonths })).toBe(placed);
  });

  it("wage-subsidised work counts only when configured, and then like other employment", () => {
    const options = { countWageSubsidisedWork: true };
    expect(countsAsPlaced({ kind: "wage_subsidised_work", employmentMonths: 3 }, options)).toBe(true);
    expect(countsAsPlaced({ kind: "wage_subsidised_work", employmentMonths: 1 }, options)).toBe(false);
  });

  it("more months never turn a placement into a non-placement", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OutcomeKind>(...outcomeKinds),
        fc.double({ min: 0, max: 12, noNaN: true }),
        fc.double({ min: 0, max: 12, noNaN: true }),
        (kind, a, b) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          if (countsAsPlaced({ kind, employmentMonths: less })) {
            expect(countsAsPlaced({ kind, employmentMonths: more })).toBe(true);
          }
        },
      ),
    );
  });
});
