import { describe, expect, it } from "vitest";
import { explainPlacement } from "./explain.ts";
import { decidePlacement, type GraduateRecord, placementWindow } from "./placement.ts";

const graduate = (over: Partial<GraduateRecord> = {}): GraduateRecord => ({
  studentId: "s1",
  providerId: "prov",
  graduatedOn: "2024-05-31",
  employedBeforeTraining: false,
  outcomes: [],
  ...over,
});

describe("placement window", () => {
  it.each([
    ["2024-05-31", "2024-07-01", "2025-06-30", 2025],
    ["2024-07-01", "2024-07-01", "2025-06-30", 2025],
    ["2024-07-02", "2025-07-01", "2026-06-30", 2026],
    ["2023-12-20", "2024-07-01", "2025-06-30", 2025],
  ])("graduated %s -> %s..%s", (on, from, to, year) => {
    expect(placementWindow(on)).toEqual({ from, to, statisticsYear: year });
  });

  it("the start month and an offset are configuration", () => {
    expect(placementWindow("2024-05-31", { windowStartMonth: 1, windowOffsetYears: 1 })).toEqual({
      from: "2026-01-01",
      to: "2026-12-31",
      statisticsYear: 2026,
    });
  });
});

describe("the placement rule", () => {
  it("two months of employment in the window place a graduate", () => {
    const d = decidePlacement(
      graduate({ outcomes: [{ kind: "employed", date: "2024-08-15", employmentMonths: 2 }] }),
    );
    expect(d).toMatchObject({
      counted: true,
      placed: true,
      reason: "placed_employment",
      statisticsYear: 2025,
    });
    expect(explainPlacement(d).fi).toBe("Sijoittui: työssä 2 kk jaksolla 1.7.2024–30.6.2025.");
    expect(explainPlacement(d).en).toBe("Placed: employed 2 months in the window 2024-07-01 to 2025-06-30.");
  });

  it("one month does not, nor a job after the window", () => {
    expect(
      decidePlacement(
        graduate({ outcomes: [{ kind: "entrepreneur", date: "2024-09-01", employmentMonths: 1 }] }),
      ).reason,
    ).toBe("too_few_months");
    expect(
      decidePlacement(graduate({ outcomes: [{ kind: "employed", date: "2025-07-01", employmentMonths: 6 }] }))
        .reason,
    ).toBe("outside_window");
    expect(decidePlacement(graduate()).reason).toBe("no_qualifying_outcome");
  });

  it("higher education places, vocational studies do not", () => {
    expect(
      decidePlacement(graduate({ outcomes: [{ kind: "higher_education", date: "2024-09-01" }] })).reason,
    ).toBe("placed_higher_education");
    expect(
      decidePlacement(graduate({ outcomes: [{ kind: "vocational_studies", date: "2024-09-01" }] })).placed,
    ).toBe(false);
  });

  it("those employed before training are not counted at all", () => {
    const d = decidePlacement(
      graduate({
        employedBeforeTraining: true,
        outcomes: [{ kind: "employed", date: "2024-08-01", employmentMonths: 12 }],
      }),
    );
    expect(d).toMatchObject({ counted: false, placed: false, reason: "employed_before_training" });
  });

  it("wage-subsidised work counts only when configured", () => {
    const g = graduate({
      outcomes: [{ kind: "wage_subsidised_work", date: "2024-08-01", employmentMonths: 4 }],
    });
    expect(decidePlacement(g).placed).toBe(false);
    expect(decidePlacement(g, { countWageSubsidisedWork: true }).placed).toBe(true);
  });
});
