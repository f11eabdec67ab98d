import { TRPCClientError } from "@trpc/client";

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** What the portal needs to know of a failed call: the code, the server's message, and bad fields. */
export interface ApiErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
  /** A domain or plugin failure's tag and fields, for saying it in the user's language. */
  readonly tag?: string | undefined;
  readonly fields?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Reads a failure. The API answers a bad input with BAD_REQUEST and `data.issues` naming each field;
 * its own checks say "field: message" (e.g. "endsOn: the end date is before the start date."), so a
 * message of that form is read as one field issue too. A failure without a response is NETWORK.
 */
export function errorInfo(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as {
      code?: string;
      issues?: FieldIssue[];
      tag?: string;
      fields?: Record<string, unknown>;
    };
    const code = data.code ?? (error.cause ? "NETWORK" : "UNKNOWN");
    const issues = data.issues ?? [];
    const prefixed = /^([A-Za-z][\w.]*): (.+)$/.exec(error.message);
    const fromMessage =
      issues.length === 0 && prefixed ? [{ path: prefixed[1]!, message: prefixed[2]! }] : [];
    return {
      code,
      message: error.message,
      issues: [...issues, ...fromMessage],
      ...(data.tag ? { tag: data.tag, fields: data.fields ?? {} } : {}),
    };
  }
  return { code: "UNKNOWN", message: error instanceof Error ? error.message : String(error), issues: [] };
}

/** The message key that says, in the user's language, what kind of failure this was. */
export function errorSummaryKey(code: string): string {
  switch (code) {
    case "UNAUTHORIZED":
      return "error.unauthorized";
    case "FORBIDDEN":
      return "error.forbidden";
    case "NOT_FOUND":
      return "error.notFound";
    case "BAD_REQUEST":
      return "error.badRequest";
    case "CONFLICT":
      return "error.conflict";
    case "TOO_MANY_REQUESTS":
      return "error.tooMany";
    case "NETWORK":
      return "error.network";
    default:
      return "error.generic";
  }
}

/**
 * Failures that asking again cannot mend: no right to it, no such thing, or an input to correct. A
 * "try again" button offered for them would only fail again; other failures (the network, the server,
 * too many requests at once) may pass on a second try.
 */
const FINAL_CODES = new Set([
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "UNPROCESSABLE_CONTENT",
  "METHOD_NOT_SUPPORTED",
  "PRECONDITION_FAILED",
]);

export const retryHelps = (code: string): boolean => !FINAL_CODES.has(code);

/** Issues by field name ("" for the input as a whole), for showing next to each field. */
export function fieldErrors(info: ApiErrorInfo | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of info?.issues ?? []) out[issue.path] = out[issue.path] ?? issue.message;
  return out;
}
