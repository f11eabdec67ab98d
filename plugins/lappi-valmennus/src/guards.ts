/**
 * Small server-side helpers shared by the plugin's routers: who the acting provider is, a BAD_REQUEST
 * that names each field (the SDK's, as input validation does), and reading a unique violation.
 */
import { badInput, TRPCError } from "@polku/plugin-sdk/server";

export { badInput };

/** The provider whose rows the acting staff member works on; everyone else is refused. */
export function actingProvider(actor: { readonly providerId: string | null } | null | undefined): string {
  if (!actor?.providerId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an education provider's staff can do this." });
  }
  return actor.providerId;
}

export interface FieldIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** Throws one BAD_REQUEST for all the problems found, so a form shows every bad field at once. */
export function refuseIfAny(issues: ReadonlyArray<FieldIssue | undefined>): void {
  const found = issues.filter((i): i is FieldIssue => i !== undefined && i.message !== undefined);
  if (found.length > 0) throw badInput(found);
}

/** `{ path, message }` when there is a problem, for `refuseIfAny`. */
export const issue = (field: string, problem: string | undefined): FieldIssue | undefined =>
  problem === undefined ? undefined : { path: [field], message: problem };

/** Did the statement fail on a unique constraint (SQLSTATE 23505)? drizzle wraps the driver's error. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return e?.code === "23505" || e?.cause?.code === "23505";
}
