import { TRPCError } from "@trpc/server";

/**
 * Domain failures are tagged values (`_tag`) with a message a person can act on. Those named here
 * get their own code; any other tagged failure is the caller's to fix, so it is BAD_REQUEST.
 */
const codeByTag: Record<string, TRPCError["code"]> = {
  NotFound: "NOT_FOUND",
  Forbidden: "FORBIDDEN",
  Conflict: "CONFLICT",
  DuplicateStepKind: "CONFLICT",
};

export const isTagged = (value: unknown): value is { _tag: string; message: string } =>
  typeof value === "object" && value !== null && typeof (value as { _tag?: unknown })._tag === "string";

export function domainErrorToTrpc(error: { _tag: string; message: string }): TRPCError {
  return new TRPCError({
    code: codeByTag[error._tag] ?? "BAD_REQUEST",
    message: error.message,
    cause: error,
  });
}

export const notFound = (what: string) =>
  new TRPCError({ code: "NOT_FOUND", message: `${what} was not found.` });
