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

/** Coaching sessions: with one student, with a group, or an activity open to the community. */
export const coachingSessionKinds = ["individual", "group", "community"] as const;

/** Who reads a coaching note: the student's support team, the provider's staff, or welfare staff. */
export const noteVisibilities = ["team", "staff", "welfare"] as const;

/** The note visibilities each role may write; welfare notes only by welfare staff (RLS agrees). */
export const noteVisibilitiesByRole: Readonly<
  Partial<Record<(typeof roles)[number], ReadonlyArray<(typeof noteVisibilities)[number]>>>
> = {
  tutor: ["team", "staff"],
  teacher: ["team", "staff"],
  welfare: ["team", "staff", "welfare"],
};

/** Student welfare services a student can be referred to. */
export const welfareServices = ["counsellor", "psychologist", "nurse"] as const;

export const referralStatuses = ["open", "in_progress", "closed"] as const;

/** The allowed changes of a referral's status; `closed` is final (a new need is a new referral). */
export const referralStatusTransitions: Readonly<
  Record<(typeof referralStatuses)[number], ReadonlyArray<(typeof referralStatuses)[number]>>
> = {
  open: ["in_progress", "closed"],
  in_progress: ["closed"],
  closed: [],
};

/** ISO weekdays, Monday first, as a weekly series names its day. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Attendance marks: for a whole day or for one lesson (DOMAIN.md: läsnä, poissa, luvallinen, myöhässä). */
export const attendanceStatuses = ["present", "absent", "excused", "late"] as const;
