/**
 * The words of chapter 9 as data, and the chapter's checklist (Muistilista) worked out from what a
 * training has recorded. Pure: the router loads the rows, this decides what is done.
 */

export const themes = ["money", "health", "job_seeking", "digital", "other"] as const;
export type Theme = (typeof themes)[number];

/** A partner's tasks in the continuation path: sparring during the training, helping after it, informing. */
export const partnerRoles = ["expertise", "after_care", "informing"] as const;
export type PartnerRole = (typeof partnerRoles)[number];

/** The partner cooperation's methods, in the order the chapter lists them. */
export const lifecycleSteps = [
  "kickoff",
  "agreement",
  "marketing",
  "involvement",
  "reward",
  "closing",
] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

/** What a learner may say they still need, in the follow-up feedback. */
export const feedbackNeeds = [
  "guidance",
  "peer_group",
  "digital_help",
  "money_advice",
  "health_services",
  "job_search",
  "studies",
] as const;
export type FeedbackNeed = (typeof feedbackNeeds)[number];

/** Partners see feedback figures only from this many answers up, so no answer can be told apart. */
export const MIN_ANSWERS = 5;

/** How long a follow-up feedback link works after it is sent. */
export const FEEDBACK_VALID_DAYS = 28;

export const checklistItems = [
  "goal_includes_path",
  "realistic_path",
  "partners_committed",
  "continuation_ensured",
  "partners_informed",
  "partners_thanked",
] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export interface ChecklistInput {
  readonly realisticPathsConfirmed: boolean;
  readonly feedbackCreated: boolean;
  readonly answers: number;
  readonly partners: ReadonlyArray<{
    readonly id: string;
    readonly roles: readonly string[];
    readonly steps: readonly string[];
  }>;
  readonly learners: ReadonlyArray<{
    readonly continuationPath: string;
    /** Items not resolved during the training (open, or carried into the continuation path). */
    readonly unresolved: number;
    /** The training partners this learner agreed to share with. */
    readonly consentedPartnerIds: readonly string[];
  }>;
}

export interface ChecklistEntry {
  readonly item: ChecklistItem;
  readonly done: boolean;
}

/**
 * The chapter's checklist for one training. An item about partners or learners is never done when
 * there are none: an empty training has thought of nothing yet.
 */
export function checklistOf(input: ChecklistInput): ChecklistEntry[] {
  const { partners, learners } = input;
  const afterCare = new Set(partners.filter((p) => p.roles.includes("after_care")).map((p) => p.id));
  const has = (p: ChecklistInput["partners"][number], step: LifecycleStep) => p.steps.includes(step);
  const done: Record<ChecklistItem, boolean> = {
    goal_includes_path: learners.length > 0 && learners.every((l) => l.continuationPath.trim() !== ""),
    realistic_path: input.realisticPathsConfirmed,
    partners_committed:
      partners.length > 0 && partners.every((p) => has(p, "agreement")) && afterCare.size > 0,
    continuation_ensured:
      learners.length > 0 &&
      learners.every((l) => l.unresolved === 0 || l.consentedPartnerIds.some((id) => afterCare.has(id))),
    partners_informed: input.feedbackCreated && input.answers >= MIN_ANSWERS,
    partners_thanked: partners.length > 0 && partners.every((p) => has(p, "reward") && has(p, "closing")),
  };
  return checklistItems.map((item) => ({ item, done: done[item] }));
}
