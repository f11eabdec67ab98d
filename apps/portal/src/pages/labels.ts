/**
 * The core's code lists, for the portal's selects. They mirror @polku/domain (which the API checks
 * against); kept here as plain lists because the domain modules that define them also build Effect
 * schemas, which would add the schema library to the portal's bundle.
 */
export const phases = [
  "onboarding",
  "studies",
  "work_life_learning",
  "graduation",
  "continuation",
  "outcome",
] as const;
export const stepStatuses = ["planned", "in_progress", "done", "cancelled"] as const;
export type StepStatus = (typeof stepStatuses)[number];
/** The allowed changes of a step's status (domain: pathway/stepStatus.ts). */
export const nextStatuses: Readonly<Record<string, readonly StepStatus[]>> = {
  planned: ["in_progress", "done", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: [],
  cancelled: [],
};
export const outcomeKinds = [
  "employed",
  "entrepreneur",
  "higher_education",
  "vocational_studies",
  "wage_subsidised_work",
  "other",
  "not_placed",
] as const;
export const grantScopes = ["handover", "mentoring", "badge_request"] as const;
export const partnerKinds = ["workshop", "company", "partner", "higher_education"] as const;

export const statusTone = (status: string) =>
  status === "done"
    ? "done"
    : status === "cancelled"
      ? "cancelled"
      : status === "in_progress"
        ? "active"
        : "neutral";
