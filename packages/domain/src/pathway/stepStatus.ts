/**
 * Status of one step on a pathway. A step is planned, then started, then done or cancelled.
 * A planned step may be marked done directly (a meeting recorded afterwards) or cancelled.
 * `done` and `cancelled` are final: a correction or a repeat is a new step, so the history stays true.
 */
import { Effect, Schema } from "effect";
import { InvalidStepTransition } from "../errors.ts";
import { stepStatuses, stepStatusTransitions } from "../vocabulary.ts";

export { stepStatuses };

export const StepStatus = Schema.Literals(stepStatuses);
export type StepStatus = typeof StepStatus.Type;

const transitions = stepStatusTransitions;

export const isFinalStepStatus = (status: StepStatus): boolean => transitions[status].length === 0;

export const canTransitionStep = (from: StepStatus, to: StepStatus): boolean =>
  transitions[from].includes(to);

export const transitionStep = (
  from: StepStatus,
  to: StepStatus,
): Effect.Effect<StepStatus, InvalidStepTransition> =>
  canTransitionStep(from, to) ? Effect.succeed(to) : Effect.fail(new InvalidStepTransition({ from, to }));
