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

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A domain message names its field the domain's way ("field: what is wrong"). */
const namesField = (message: string) => /^[A-Za-z][\w.]*: /.test(message);

/**
 * The failure as the same tagged value (its tag, fields and message inherited) that also carries
 * `issues` naming the input field it is about, for a failure whose message does not say the field:
 * the error formatter reads them as it reads input validation's.
 */
export function withField<E extends { message: string }>(error: E, field: string): E {
  if (namesField(error.message) || Array.isArray((error as { issues?: unknown }).issues)) return error;
  return Object.assign(Object.create(error) as E, {
    issues: [{ path: [field], message: sentence(error.message) }],
  });
}

export function domainErrorToTrpc(error: { _tag: string; message: string }): TRPCError {
  return new TRPCError({
    code: codeByTag[error._tag] ?? "BAD_REQUEST",
    message: error.message,
    cause: error,
  });
}

export const notFound = (what: string) =>
  new TRPCError({ code: "NOT_FOUND", message: `${what} was not found.` });
