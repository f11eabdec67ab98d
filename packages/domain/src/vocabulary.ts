/**
 * The code lists of the domain as plain constants, with no schema library: the portal's bundle and
 * other browser code import them from `@polku/domain/vocabulary`, and the domain's schemas and rules
 * are built on these same lists, so there is one source for each.
 */

export const pathwayPhases = [
  "onboarding",
  "studies",
  "work_life_learning",
  "graduation",
  "continuation",
  "outcome",
] as const;

export const stepStatuses = ["planned", "in_progress", "done", "cancelled"] as const;

export const roles = [
  "student",
  "guardian",
  "tutor",
  "teacher",
  "welfare",
  "manager",
  "workshop_coach",
  "company_contact",
  "partner_contact",
  "funding_negotiator",
  "region_admin",
] as const;

export const grantScopes = ["handover", "mentoring", "badge_request"] as const;

export const outcomeKinds = [
  "employed",
  "entrepreneur",
  "higher_education",
  "vocational_studies",
  "wage_subsidised_work",
  "other",
  "not_placed",
] as const;

export const organisationKinds = [
  "provider",
  "institution",
  "workshop",
  "company",
  "partner",
  "higher_education",
] as const;

export const studyRightStates = [
  "lasna",
  "valiaikaisestikeskeytynyt",
  "loma",
  "eronnut",
  "katsotaaneronneeksi",
  "valmistunut",
  "peruutettu",
  "mitatoity",
] as const;

/** Organisations that see a provider's students only through a grant. */
export const partnerOrganisationKinds = ["workshop", "company", "partner", "higher_education"] as const;

/** Who may give consent to share a student's data with a partner. */
export const consentGivers = ["student", "guardian"] as const;

/** The allowed changes of a step's status; `done` and `cancelled` are final. */
export const stepStatusTransitions: Readonly<
  Record<(typeof stepStatuses)[number], ReadonlyArray<(typeof stepStatuses)[number]>>
> = {
  planned: ["in_progress", "done", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: [],
  cancelled: [],
};
