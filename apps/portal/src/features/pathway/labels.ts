/**
 * The pathway's code lists for its selects, from the domain's Effect-free vocabulary (the API
 * checks against the same lists), and how a step's status is shown.
 */
import { outcomeKinds, stepStatuses, stepStatusTransitions } from "@polku/domain/vocabulary";

export { outcomeKinds, stepStatuses };
export type StepStatus = (typeof stepStatuses)[number];
/** The allowed changes of a step's status. */
export const nextStatuses: Readonly<Record<string, readonly StepStatus[]>> = stepStatusTransitions;

export const statusTone = (status: string) =>
  status === "done"
    ? "done"
    : status === "cancelled"
      ? "cancelled"
      : status === "in_progress"
        ? "active"
        : "neutral";
