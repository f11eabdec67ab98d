/**
 * Who the continuation path is for (seed 000): a graduating student who has neither a job nor a
 * study place, or lacks one of them. Pure rules, tested on their own.
 */
export const situations = ["no_job_no_study", "no_job", "no_study_place"] as const;
export type Situation = (typeof situations)[number];

export const handoverStatuses = ["active", "ended", "withdrawn"] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];

/** Phases from which a student can be handed over: about to graduate, or graduated into the continuation path. */
export const handoverPhases = ["work_life_learning", "graduation", "continuation"] as const;

export const isHandoverCandidate = (student: { phase: string; studyRightState: string }) =>
  (handoverPhases as readonly string[]).includes(student.phase) &&
  ["lasna", "valmistunut"].includes(student.studyRightState);
