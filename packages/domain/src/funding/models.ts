/**
 * The funding models of vocational education as versioned data (DOMAIN.md, "Outcome-based funding").
 *
 * Each model lists its criteria with their weight of the whole budget. What DOMAIN.md marks
 * *unverified* is data here, not code: the lag between the year of an outcome and the funding year
 * that pays for it, how many years a criterion averages, the point coefficient of a placement and the
 * transition limits. A caller who knows better passes `configureModel(model, {...})`; every result
 * says which model id and settings it used.
 */
import type { LocalisedText } from "../pathway/stepKinds.ts";

export type FundingPart = "basic" | "performance" | "effectiveness";

export interface Criterion {
  readonly id: string;
  readonly part: FundingPart;
  /** Share of the whole national budget (all criteria of a model sum to 1). */
  readonly weight: number;
  readonly title: LocalisedText;
  /** Years between the statistics year of an outcome and the first funding year it pays in. Unverified. */
  readonly lagYears: number;
  /** Statistics years averaged into one funding year (DOMAIN.md: two-year averages). */
  readonly averageYears: number;
}

/** Year-on-year limits on a provider's share of the national total (2026 transition). */
export interface TransitionLimits {
  /** Funding year -> lower and upper factor on the previous year's share. */
  readonly byYear: Readonly<Record<number, { readonly min: number; readonly max: number }>>;
}

export interface FundingModel {
  readonly id: "plan-2018" | "law-2022" | "law-2026";
  readonly title: LocalisedText;
  /** False for the 2018 plan: it was proposed and never applied. */
  readonly applied: boolean;
  readonly firstYear: number;
  /** Last funding year the model applies to, if it has ended. */
  readonly lastYear?: number;
  readonly criteria: ReadonlyArray<Criterion>;
  /** The criterion share agreements work on: placement of graduates. */
  readonly placementCriterion: string;
  /** Points one counted placement earns (a coefficient per qualification type is unverified: 1). */
  readonly pointsPerPlacement: number;
  readonly transition?: TransitionLimits;
  /** Where the figures come from, in the reader's language (the sources themselves are named as published). */
  readonly source: LocalisedText;
}

const t = (fi: string, sv: string, en: string): LocalisedText => ({ fi, sv, en });

// The lag and averaging are unverified (DOMAIN.md): statistics of earlier years, two-year averages.
// A two-year lag is the working assumption; it is data, so a negotiator can change it.
const DEFAULT_LAG = 2;
const DEFAULT_AVERAGE = 2;

const c = (id: string, part: FundingPart, weight: number, title: LocalisedText): Criterion => ({
  id,
  part,
  weight,
  title,
  lagYears: DEFAULT_LAG,
  averageYears: DEFAULT_AVERAGE,
});

const placementTitle = t(
  "Työllistyminen ja jatko-opinnot",
  "Sysselsättning och fortsatta studier",
  "Employment and further studies",
);

export const plan2018: FundingModel = {
  id: "plan-2018",
  title: t(
    "Vuoden 2018 suunnitelma (ei toteutunut)",
    "Planen från 2018 (tillämpades inte)",
    "2018 plan (never applied)",
  ),
  applied: false,
  firstYear: 2022,
  criteria: [
    c("basic", "basic", 0.5, t("Perusrahoitus", "Basfinansiering", "Basic funding")),
    c(
      "performance",
      "performance",
      0.35,
      t("Suoritusrahoitus", "Prestationsfinansiering", "Performance funding"),
    ),
    c(
      "student-feedback",
      "effectiveness",
      0.025,
      t("Opiskelijapalaute", "Studerandefeedback", "Student feedback"),
    ),
    c(
      "worklife-feedback",
      "effectiveness",
      0.025,
      t("Työelämäpalaute", "Arbetslivsfeedback", "Work-life feedback"),
    ),
    c("placement", "effectiveness", 0.1, placementTitle),
  ],
  placementCriterion: "placement",
  pointsPerPlacement: 1,
  source: t(
    "Cedefopin uutinen vuoden 2018 uudistuksesta",
    "Cedefops nyhet om 2018 års reform",
    "Cedefop news on the 2018 reform",
  ),
};

export const law2022: FundingModel = {
  id: "law-2022",
  title: t("Rahoitus 2022–2025", "Finansiering 2022–2025", "Funding 2022-2025"),
  applied: true,
  firstYear: 2022,
  lastYear: 2025,
  criteria: [
    c("basic", "basic", 0.7, t("Perusrahoitus", "Basfinansiering", "Basic funding")),
    c(
      "performance",
      "performance",
      0.2,
      t("Suoritusrahoitus", "Prestationsfinansiering", "Performance funding"),
    ),
    c("placement", "effectiveness", 0.07, placementTitle),
    c("feedback", "effectiveness", 0.03, t("Palautteet", "Feedback", "Feedback")),
  ],
  placementCriterion: "placement",
  pointsPerPlacement: 1,
  source: t(
    "Laki 1050/2020, 32 a § ja 32 g §; Cedefop 2025",
    "Lag 1050/2020, 32 a § och 32 g §; Cedefop 2025",
    "Act 1050/2020, sections 32 a and 32 g; Cedefop 2025",
  ),
};

export const law2026: FundingModel = {
  id: "law-2026",
  title: t("Rahoitus 2026 alkaen", "Finansiering från 2026", "Funding from 2026"),
  applied: true,
  firstYear: 2026,
  criteria: [
    c(
      "start-level",
      "basic",
      0.1,
      t("Opiskelijavuodet, lähtötaso", "Studerandeår, startnivå", "Student-years, start level"),
    ),
    c(
      "cost-groups",
      "basic",
      0.4,
      t("Opiskelijavuodet, kustannusryhmät", "Studerandeår, kostnadsgrupper", "Student-years, cost groups"),
    ),
    c(
      "performance",
      "performance",
      0.3,
      t("Tutkinnot ja osaamispisteet", "Examina och kompetenspoäng", "Qualifications and competence points"),
    ),
    c(
      "placement",
      "effectiveness",
      0.18,
      t(
        "Ennen koulutusta työttömien työllistyminen ja jatko-opinnot",
        "Sysselsättning och fortsatta studier för dem som inte arbetade före utbildningen",
        "Placement of those not employed before training",
      ),
    ),
    c(
      "workplace-survey",
      "effectiveness",
      0.0025,
      t("Työpaikkakysely", "Arbetsplatsenkät", "Workplace survey"),
    ),
    c(
      "instructor-survey",
      "effectiveness",
      0.0075,
      t("Työpaikkaohjaajakysely", "Handledarenkät", "Instructor survey"),
    ),
    c("start-survey", "effectiveness", 0.0025, t("Aloituskysely", "Startenkät", "Start survey")),
    c("end-survey", "effectiveness", 0.0075, t("Päättökysely", "Slutenkät", "End survey")),
  ],
  placementCriterion: "placement",
  pointsPerPlacement: 1,
  // After 2028 the transition is over as far as DOMAIN.md says; later years have no limits.
  transition: {
    byYear: {
      2026: { min: 0.95, max: 1.1 },
      2027: { min: 0.93, max: 1.1 },
      2028: { min: 0.9, max: 1.1 },
    },
  },
  source: t(
    "Cedefop 2025; CSC:n Antero-näkymä v_amos_koonti_rahoitusperusteet",
    "Cedefop 2025; CSC:s Antero-vy v_amos_koonti_rahoitusperusteet",
    "Cedefop 2025; CSC's Antero view v_amos_koonti_rahoitusperusteet",
  ),
};

export const fundingModels: ReadonlyArray<FundingModel> = [plan2018, law2022, law2026];

/** The applied model of a funding year (the 2018 plan only when asked for by id). */
export const modelForYear = (year: number): FundingModel | undefined =>
  fundingModels.find(
    (m) => m.applied && year >= m.firstYear && (m.lastYear === undefined || year <= m.lastYear),
  );

export const criterionOf = (model: FundingModel, id: string): Criterion => {
  const found = model.criteria.find((x) => x.id === id);
  if (found === undefined) throw new RangeError(`model ${model.id} has no criterion "${id}"`);
  return found;
};

export const placementWeight = (model: FundingModel): number =>
  criterionOf(model, model.placementCriterion).weight;

export const effectivenessWeight = (model: FundingModel): number =>
  model.criteria.filter((x) => x.part === "effectiveness").reduce((s, x) => s + x.weight, 0);

export interface ModelSettings {
  readonly lagYears?: number;
  readonly averageYears?: number;
  readonly pointsPerPlacement?: number;
  readonly transition?: TransitionLimits | null;
}

/** The same model with the unverified settings replaced (applied to every criterion). */
export const configureModel = (model: FundingModel, settings: ModelSettings): FundingModel => {
  const { transition, ...rest } = model;
  const next: FundingModel = {
    ...rest,
    pointsPerPlacement: settings.pointsPerPlacement ?? model.pointsPerPlacement,
    criteria: model.criteria.map((x) => ({
      ...x,
      lagYears: settings.lagYears ?? x.lagYears,
      averageYears: settings.averageYears ?? x.averageYears,
    })),
  };
  if (settings.transition === null) return next;
  const limits = settings.transition ?? transition;
  return limits === undefined ? next : { ...next, transition: limits };
};

/**
 * The funding years an outcome of `statisticsYear` pays in, each with the fraction of a point it
 * carries there: with lag L and an average over A years, funding year F averages statistics years
 * F-L-A+1 .. F-L, so a placement counts 1/A in each of the years statisticsYear+L .. statisticsYear+L+A-1.
 */
export const fundingYearsOf = (
  model: FundingModel,
  criterionId: string,
  statisticsYear: number,
): ReadonlyArray<{ readonly fundingYear: number; readonly weight: number }> => {
  const x = criterionOf(model, criterionId);
  return Array.from({ length: x.averageYears }, (_, i) => ({
    fundingYear: statisticsYear + x.lagYears + i,
    weight: 1 / x.averageYears,
  }));
};

/** The statistics years a funding year averages for a criterion. */
export const statisticsYearsFor = (
  model: FundingModel,
  criterionId: string,
  fundingYear: number,
): number[] => {
  const x = criterionOf(model, criterionId);
  return Array.from({ length: x.averageYears }, (_, i) => fundingYear - x.lagYears - i).reverse();
};
