import { Effect, Result } from "effect";

/**
 * Runs a pure domain computation and returns its value; a domain failure is thrown as the tagged
 * value itself, which the procedure middleware turns into a tRPC error with the domain's message.
 */
export function runDomain<A, E>(effect: Effect.Effect<A, E>): A {
  const result = Effect.runSync(Effect.result(effect));
  if (Result.isFailure(result)) throw result.failure;
  return result.success;
}
