/**
 * The core's code lists for the portal's selects, from the domain's Effect-free vocabulary (the API
 * checks against the same lists), and how a step's status is shown.
 */
import {
  grantScopes,
  outcomeKinds,
  partnerOrganisationKinds,
  pathwayPhases,
  stepStatuses,
  stepStatusTransitions,
} from "@polku/domain/vocabulary";

export { grantScopes, outcomeKinds, stepStatuses };
export const phases = pathwayPhases;
export const partnerKinds = partnerOrganisationKinds;
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
