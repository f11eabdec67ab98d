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

/** A value that crosses the wire as it is. */
export type WireValue =
  | string
  | number
  | boolean
  | null
  | readonly WireValue[]
  | { readonly [key: string]: WireValue };

const wireValue = (value: unknown, depth: number): WireValue | undefined => {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (depth >= 4) return undefined;
  if (Array.isArray(value)) {
    return value.slice(0, 100).flatMap((item) => {
      const v = wireValue(item, depth + 1);
      return v === undefined ? [] : [v];
    });
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return wireFields(value as Record<string, unknown>, depth + 1);
  }
  return undefined;
};

const wireFields = (source: Record<string, unknown>, depth: number): Record<string, WireValue> => {
  const fields: Record<string, WireValue> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "_tag" || key === "message" || key === "stack" || key === "cause" || key === "issues")
      continue;
    const v = wireValue(value, depth);
    if (v !== undefined) fields[key] = v;
  }
  return fields;
};

/**
 * A tagged failure as it crosses the wire: its tag and its own fields (plain values only), so a client
 * can say it in the person's language instead of showing the English message.
 */
export function wireErrorOf(error: unknown): { tag: string; fields: Record<string, WireValue> } | undefined {
  if (!isTagged(error)) return undefined;
  // withField() wraps the failure in an object whose prototype is the failure: read the fields there too.
  let own: object = error;
  while (Object.keys(own).every((k) => k === "issues") && Object.getPrototypeOf(own) !== null) {
    const next = Object.getPrototypeOf(own) as object;
    if (!isTagged(next)) break;
    own = next;
  }
  return { tag: error._tag, fields: wireFields(own as Record<string, unknown>, 0) };
}

export function domainErrorToTrpc(error: { _tag: string; message: string }): TRPCError {
  return new TRPCError({
    code: codeByTag[error._tag] ?? "BAD_REQUEST",
    message: error.message,
    cause: error,
  });
}

/** `notFound("The student")`: the sentence it makes is the message to translate (extract-messages.ts). */
export const notFound = (what: string) => {
  const sentence = `${what} was not found.`;
  return new TRPCError({ code: "NOT_FOUND", message: sentence });
};
