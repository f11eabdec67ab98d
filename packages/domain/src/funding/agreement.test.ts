import { Effect, Exit } from "effect";
import { describe, expect, it } from "vitest";
import { applyCapAndFloor, decodeShareAgreement, rateFor, versionInForce } from "./agreement.ts";
import { agreementV1 } from "./fixtures.test-support.ts";

const problemsOf = (json: unknown) => {
  const exit = Effect.runSyncExit(decodeShareAgreement(json));
  if (Exit.isSuccess(exit)) throw new Error("decoded");
  const error = exit.cause.reasons.find((r) => r._tag === "Fail")?.error;
  if (error?._tag !== "InvalidShareAgreement") throw new Error("other failure");
  return error;
};

describe("share agreements", () => {
  it("decode from JSON text", () => {
    const decoded = Effect.runSync(decodeShareAgreement(JSON.stringify(agreementV1)));
    expect(decoded).toEqual(agreementV1);
  });

  it("name every bad field", () => {
    const error = problemsOf({
      ...agreementV1,
      version: 0,
      effectiveFrom: "2024-02-30",
      colour: "blue",
      parties: [
        { ...agreementV1.parties[0], percentage: 120 },
        { ...agreementV1.parties[1], role: "bank" },
      ],
    });
    const paths = error.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "version",
        "effectiveFrom",
        "colour",
        "parties[0].percentage",
        "parties[1].role",
      ]),
    );
    expect(error.problems.find((p) => p.path === "parties[0].percentage")?.message).toBe(
      "A percentage is between 0 and 100.",
    );
    expect(error.problems.find((p) => p.path === "colour")?.message).toMatch(/not part of a share agreement/);
    expect(error.message).toMatch(/^The share agreement has 5 problems/);
  });

  it("check what single fields cannot: floor above cap, a party twice, dates backwards", () => {
    const error = problemsOf({
      ...agreementV1,
      effectiveTo: "2023-12-31",
      parties: [
        { ...agreementV1.parties[0], capEuros: 1000, floorEuros: 2000 },
        { ...agreementV1.parties[0], partyId: "paja" },
      ],
    });
    expect(error.problems.map((p) => p.path)).toEqual([
      "effectiveTo",
      "parties[0].floorEuros",
      "parties[1].partyId",
    ]);
  });

  it("refuse text that is not JSON", () => {
    expect(problemsOf("{ nope").problems[0]!.message).toBe("This is not JSON.");
  });

  it("the version in force: v2 from its effective date, v1 before", () => {
    const v2 = { ...agreementV1, version: 2, effectiveFrom: "2025-01-01" };
    expect(versionInForce([agreementV1, v2], "2024-12-31")?.version).toBe(1);
    expect(versionInForce([agreementV1, v2], "2025-01-01")?.version).toBe(2);
    expect(versionInForce([agreementV1, v2], "2023-06-01")).toBeUndefined();
  });

  it("rates: percentage x outcome weight, zero below the minimum or outside the window", () => {
    const [workshop, company] = agreementV1.parties as [
      (typeof agreementV1.parties)[0],
      (typeof agreementV1.parties)[0],
    ];
    expect(rateFor(workshop, "employed", 0.5, "2024-09-01")).toBe(0.5);
    expect(rateFor(workshop, "higher_education", 0.5, "2024-09-01")).toBe(0.25);
    expect(rateFor(company, "employed", 0.19, "2024-09-01")).toBe(0);
    expect(rateFor(company, "employed", 0.2, "2024-09-01")).toBe(0.2);
    expect(
      rateFor({ ...company, window: { from: "2025-01-01", to: "2025-12-31" } }, "employed", 1, "2024-09-01"),
    ).toBe(0);
  });

  it("cap and floor: the floor comes only out of what is attributed", () => {
    const terms = { ...agreementV1.parties[0]!, capEuros: 1000, floorEuros: 500 };
    expect(applyCapAndFloor(terms, 2000, 4000)).toBe(1000);
    expect(applyCapAndFloor(terms, 100, 4000)).toBe(500);
    expect(applyCapAndFloor(terms, 100, 300)).toBe(300);
  });
});
