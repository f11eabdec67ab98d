import { Effect, Result } from "effect";
import { isTagged, withField } from "./errors.ts";

/**
 * Runs a pure domain computation and returns its value; a domain failure is thrown as the tagged
 * value itself, which the procedure middleware turns into a tRPC error with the domain's message.
 * `field` names the input field a failure is about when its message does not (the error then names
 * it, as input validation does).
 */
export function runDomain<A, E>(effect: Effect.Effect<A, E>, field?: string): A {
  const result = Effect.runSync(Effect.result(effect));
  if (Result.isFailure(result)) {
    const failure = result.failure;
    if (field && isTagged(failure)) throw withField(failure, field);
    throw failure;
  }
  return result.success;
}
