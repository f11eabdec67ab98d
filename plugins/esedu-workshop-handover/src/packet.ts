import { MIN_EMPLOYMENT_MONTHS } from "@polku/domain";

/**
 * The handover packet (seed 000): what the provider passes to the workshop with the student's consent
 * (a guardian's for a minor), and only what that consent covers. Pure rules, tested on their own.
 */

/** The parts a consent may cover. `work_trial` lets the workshop open the coachee to a trial company. */
export const packetParts = ["competence", "career_goals", "support", "tutor_notes", "work_trial"] as const;
export type PacketPart = (typeof packetParts)[number];

/** A completed unit of the HOKS, by name (a tutor and a coach read names, never codes). */
export interface PacketUnit {
  readonly code: string;
  readonly name: string;
  readonly competencePoints: number | null;
}

/** The paths a continuation plan names (seed 000: a workshop, further studies, job search...). */
export const planPaths = [
  "youth_workshop",
  "further_studies",
  "job_search",
  "apprenticeship",
  "wage_subsidised_work",
  "rehabilitation",
  "other",
] as const;
export type PlanPath = (typeof planPaths)[number];

/** The continuation plan made with the student before graduation, as the packet carries it. */
export interface PacketPlan {
  readonly path: PlanPath;
  readonly goal: string;
  readonly agreedOn: string;
}

/** A badge the student earned (the work-life passport's), in the three languages, with its day. */
export interface PacketBadge {
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly issuedOn: string;
}

export interface PacketFields {
  readonly competence?: readonly PacketUnit[] | null | undefined;
  readonly badges?: readonly PacketBadge[] | null | undefined;
  readonly careerGoals?: string | null | undefined;
  readonly continuationPlan?: PacketPlan | null | undefined;
  readonly supportThatWorked?: string | null | undefined;
  readonly note?: string | null | undefined;
}

/**
 * What is stored with the handover: each part only when the consent covers it, so a part the student
 * did not agree to share is never written down for the workshop (the database checks the same).
 */
export function coveredPacket(covers: readonly string[], fields: PacketFields) {
  const has = (part: PacketPart) => covers.includes(part);
  return {
    competence: has("competence") ? [...(fields.competence ?? [])] : null,
    badges: has("competence") ? [...(fields.badges ?? [])] : null,
    careerGoals: has("career_goals") ? (fields.careerGoals ?? null) : null,
    continuationPlan: has("career_goals") ? (fields.continuationPlan ?? null) : null,
    supportThatWorked: has("support") ? (fields.supportThatWorked ?? null) : null,
    note: has("tutor_notes") ? (fields.note ?? null) : null,
  };
}

/** The services a provider and a workshop may agree on (seed 000 and its background in DOMAIN.md). */
export const agreementServices = [
  "competence-mapping",
  "work-trial",
  "wage-subsidised-work",
  "job-placement",
  "company-networks",
  "unit-completion",
  "skills-upkeep",
] as const;
export type AgreementService = (typeof agreementServices)[number];

/** How an outcome was shown (who recorded it is the outcome's own). */
export const evidenceKinds = [
  "employment_contract",
  "employer_confirmation",
  "payslip",
  "study_admission",
  "student_statement",
  "register",
  "other",
] as const;

/** Kinds of outcome that are employment: the funding rule counts them from two months (DOMAIN.md). */
export const employmentKinds = ["employed", "entrepreneur", "wage_subsidised_work"] as const;

/**
 * Whether an employment outcome lasted the two months the placement rule counts. Only the months the
 * evidence shows count: a job that has just begun is recorded with the months so far and recorded
 * again once it has lasted (the funding reads the best outcome, packages/domain funding/placement.ts).
 */
export const lastedTwoMonths = (months: number) => months >= MIN_EMPLOYMENT_MONTHS;
