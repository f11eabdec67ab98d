/**
 * The placement rule applied to a graduate's recorded outcomes (DOMAIN.md; the CSC warehouse SQL, the
 * decree text unverified): placed when employed (wage earner or entrepreneur) at least two months in a
 * 12-month July-June window, or in higher education; only graduates not employed in the year before
 * training are counted at all. Which window follows a graduation is unverified: by default the first
 * July-June window that starts on or after the graduation day (`windowStartMonth`, `windowOffsetYears`
 * change it). `Outcome.employmentMonths` already means months inside that window (outcome.ts).
 */
import { countsAsPlaced, type Outcome, type PlacementOptions } from "../outcome.ts";

export interface GraduateRecord {
  readonly studentId: string;
  readonly providerId: string;
  readonly graduatedOn: string;
  /** Employed in the year before training: such graduates are outside the placement population. */
  readonly employedBeforeTraining: boolean;
  readonly outcomes: ReadonlyArray<Outcome>;
}

export interface PlacementRuleConfig extends PlacementOptions {
  /** Month the 12-month window starts (7 = July). */
  readonly windowStartMonth?: number;
  /** Extra years after the first window starting on or after graduation (default 0). */
  readonly windowOffsetYears?: number;
}

export type PlacementReason =
  | "employed_before_training"
  | "placed_employment"
  | "placed_higher_education"
  | "too_few_months"
  | "outside_window"
  | "no_qualifying_outcome";

export interface PlacementDecision {
  /** In the population the indicator counts (not employed before training). */
  readonly counted: boolean;
  readonly placed: boolean;
  readonly reason: PlacementReason;
  readonly window: { readonly from: string; readonly to: string };
  /** The outcome that placed the graduate. */
  readonly outcome?: Outcome;
  /** The statistics year: the year the window ends in. */
  readonly statisticsYear: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

export const placementWindow = (
  graduatedOn: string,
  config: PlacementRuleConfig = {},
): { from: string; to: string; statisticsYear: number } => {
  const month = config.windowStartMonth ?? 7;
  const [y, m, d] = graduatedOn.split("-").map(Number) as [number, number, number];
  let startYear = m < month || (m === month && d === 1) ? y : y + 1;
  startYear += config.windowOffsetYears ?? 0;
  const endMonth = month === 1 ? 12 : month - 1;
  const endYear = month === 1 ? startYear : startYear + 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return {
    from: `${startYear}-${pad(month)}-01`,
    to: `${endYear}-${pad(endMonth)}-${pad(lastDay)}`,
    statisticsYear: endYear,
  };
};

export const decidePlacement = (
  graduate: GraduateRecord,
  config: PlacementRuleConfig = {},
): PlacementDecision => {
  const w = placementWindow(graduate.graduatedOn, config);
  const window = { from: w.from, to: w.to };
  const base = { window, statisticsYear: w.statisticsYear };
  if (graduate.employedBeforeTraining) {
    return { ...base, counted: false, placed: false, reason: "employed_before_training" };
  }
  // An outcome counts when it began after graduation and no later than the window's end; the
  // months it carries are the months inside the window.
  const inWindow = graduate.outcomes.filter((o) => o.date >= graduate.graduatedOn && o.date <= w.to);
  const placing = inWindow.filter((o) => countsAsPlaced(o, config));
  // Higher education first, then the employment with the most months: a stable, explainable choice.
  const best =
    placing.find((o) => o.kind === "higher_education") ??
    [...placing].sort(
      (a, b) => (b.employmentMonths ?? 0) - (a.employmentMonths ?? 0) || (a.date < b.date ? -1 : 1),
    )[0];
  if (best !== undefined) {
    return {
      ...base,
      counted: true,
      placed: true,
      reason: best.kind === "higher_education" ? "placed_higher_education" : "placed_employment",
      outcome: best,
    };
  }
  const employment = inWindow.some((o) => o.kind === "employed" || o.kind === "entrepreneur");
  const anyLater = graduate.outcomes.some((o) => o.date > w.to || o.date < graduate.graduatedOn);
  return {
    ...base,
    counted: true,
    placed: false,
    reason: employment ? "too_few_months" : anyLater ? "outside_window" : "no_qualifying_outcome",
  };
};
