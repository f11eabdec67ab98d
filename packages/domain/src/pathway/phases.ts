/**
 * The phases of a student's pathway, in order. A pathway moves forward, possibly skipping phases
 * (a workshop coachee may join straight into continuation). It moves back only where real paths do:
 *
 * - to `studies` or `work_life_learning` from any later phase before the outcome: vocational studies
 *   alternate between school and workplace periods; a graduation can fall through for a missing unit;
 *   a continuation student returns to complete units (Esedu: a person in wage-subsidised work
 *   completes a qualification one unit at a time).
 * - from `outcome` to `continuation`: the placement ended (a job lasted less than the two months that
 *   count) and the partners take the student on again.
 *
 * `onboarding` is never re-entered: a student starting over begins a new pathway.
 */
import { Effect, Schema } from "effect";
import { InvalidPhaseTransition } from "../errors.ts";
import { pathwayPhases } from "../vocabulary.ts";

export { pathwayPhases };

export const PathwayPhase = Schema.Literals(pathwayPhases);
export type PathwayPhase = typeof PathwayPhase.Type;

export const phaseIndex = (phase: PathwayPhase): number => pathwayPhases.indexOf(phase);

const allowedBackMoves: ReadonlyArray<readonly [from: PathwayPhase, to: PathwayPhase]> = [
  ["work_life_learning", "studies"],
  ["graduation", "studies"],
  ["graduation", "work_life_learning"],
  ["continuation", "studies"],
  ["continuation", "work_life_learning"],
  ["outcome", "continuation"],
];

export const canMovePhase = (from: PathwayPhase, to: PathwayPhase): boolean => {
  if (phaseIndex(to) > phaseIndex(from)) return true;
  return allowedBackMoves.some(([f, t]) => f === from && t === to);
};

export const movePhase = (
  from: PathwayPhase,
  to: PathwayPhase,
): Effect.Effect<PathwayPhase, InvalidPhaseTransition> =>
  canMovePhase(from, to) ? Effect.succeed(to) : Effect.fail(new InvalidPhaseTransition({ from, to }));
