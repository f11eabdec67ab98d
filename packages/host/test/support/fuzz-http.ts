/**
 * Calling procedures over HTTP as the fuzz test does: raw `fetch` with POST to `/trpc/<path>` (queries
 * too: the server takes POST for them), demo users' sessions that log in again when a call ends them
 * (logout, a switch of role), and the checks every response must pass.
 */
import { CSRF_HEADER, SESSION_COOKIE } from "@polku/trpc";

export const DEMO_PASSWORD = "polku-demo";

export { DEMO_USERNAMES } from "@polku/db/testing";

export interface Reply {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
  readonly setCookies: readonly string[];
}

export interface Credentials {
  readonly cookie: string | null;
  readonly csrf: string;
}

export async function post(
  url: string,
  path: string,
  credentials: Credentials | null,
  body: string | undefined,
  language?: string,
): Promise<Reply> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    [CSRF_HEADER]: credentials?.csrf ?? "1",
  };
  if (language) headers["accept-language"] = language;
  if (credentials?.cookie) headers.cookie = credentials.cookie;
  const response = await fetch(`${url}/trpc/${path}`, { method: "POST", headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, setCookies: response.headers.getSetCookie() };
}

const sessionCookieOf = (setCookies: readonly string[]) =>
  setCookies.find((line) => line.startsWith(`${SESSION_COOKIE}=`));

/** A demo user's session; `renew()` logs in again (once, however many calls notice at once). */
export class DemoSession {
  credentials: Credentials = { cookie: null, csrf: "1" };
  role = "";
  logins = 0;
  private renewing: Promise<void> | undefined;

  constructor(
    readonly url: string,
    readonly username: string,
  ) {}

  async login(): Promise<void> {
    const reply = await post(
      this.url,
      "auth.login",
      null,
      JSON.stringify({ username: this.username, password: DEMO_PASSWORD }),
    );
    const cookie = sessionCookieOf(reply.setCookies)?.split(";")[0];
    const csrf = (reply.json as { result?: { data?: { csrfToken?: string } } })?.result?.data?.csrfToken;
    if (reply.status !== 200 || !cookie || !csrf) {
      throw new Error(`${this.username} could not log in: ${reply.status} ${reply.text.slice(0, 300)}`);
    }
    this.credentials = { cookie, csrf };
    this.logins++;
    const me = await post(this.url, "auth.me", this.credentials, undefined);
    this.role = (me.json as { result: { data: { current: { role: string } } } }).result.data.current.role;
  }

  /** After a reply that set the session cookie (ended or replaced the session), log in afresh. */
  async renewIfChanged(reply: Reply): Promise<void> {
    if (!sessionCookieOf(reply.setCookies)) return;
    this.renewing ??= this.login().finally(() => {
      this.renewing = undefined;
    });
    await this.renewing;
  }
}

/** What must never reach a client, each with what it would be a sign of. */
const leaks: ReadonlyArray<readonly [string, RegExp]> = [
  [
    "a stack trace",
    /\n\s+at\s|\bat\s+(?:async\s+)?[\w$.<>[\]]+\s+\((?:file:|node:|\/)|\bat\s+(?:file:|node:)/,
  ],
  ["a file path", /\/work\/|node_modules|file:\/\/|\/src\/|\b[\w-]+\.(?:tsx?|mjs|cjs|js):\d+/],
  ["SQL", /\bselect\s|\binsert\s|\brelation\b|violates|syntax|sqlstate|duplicate key|\bon conflict\b/i],
  ["the database", /postgres|pglite|drizzle|failed query|\bquery\b.*\bparams\b/i],
  [
    "an internal error",
    /TypeError|RangeError|ReferenceError|Maximum call stack|is not a function|Cannot read propert|undefined is not|\[object Object\]/i,
  ],
];

/** Every string of a value, keys included (the response may quote them back, which is no leak). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}

/** The leaks in a reply, once whatever the input said (and the reply may echo) is taken out. */
export function leaksIn(text: string, input: unknown): string[] {
  let rest = text;
  const echoes = stringsIn(input)
    .flatMap((s) => [s, s.trim()])
    .filter((s) => s.length >= 3)
    .map((s) => JSON.stringify(s).slice(1, -1))
    .sort((a, b) => b.length - a.length);
  for (const echo of echoes) rest = rest.split(echo).join("");
  return leaks.filter(([, pattern]) => pattern.test(rest)).map(([what]) => what);
}

interface TrpcError {
  readonly message?: string;
  readonly data?: {
    readonly code?: string;
    readonly issues?: ReadonlyArray<{ path?: unknown; message?: unknown }>;
  };
}

export const errorOf = (json: unknown): TrpcError | undefined =>
  (json as { error?: TrpcError } | undefined)?.error;

/** Object keys anywhere in a value. */
function keysIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysIn(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysIn(v, out);
    }
  }
  return out;
}

const isPlainObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A full sentence: it starts with a capital (or a quote) and ends with a stop; or, the domain's way,
 * it names its field first ("studentIds: an individual session needs exactly one student.").
 */
const isSentence = (text: string) => {
  const trimmed = text.trim();
  if (!/[.!?)]$/.test(trimmed)) return false;
  return /^[A-Za-z][\w.[\]]*: \S/.test(trimmed) || /^[\p{Lu}"“'(0-9]/u.test(trimmed);
};

/**
 * What is wrong with a BAD_REQUEST: it must name the bad field (its issues have paths, or its message
 * names a field of the input), and say what to do in sentences. Undefined when it is fine.
 */
export function badRequestProblem(error: TrpcError, input: unknown): string | undefined {
  const issues = error.data?.issues;
  if (Array.isArray(issues) && issues.length > 0) {
    for (const issue of issues) {
      if (typeof issue.path !== "string") return "an issue without a path";
      // The input's own value is named by the empty path only when it is not an object of fields.
      if (issue.path === "" && isPlainObject(input)) return `an issue names no field: "${issue.message}"`;
      if (typeof issue.message !== "string" || !isSentence(issue.message)) {
        return `an issue's message is not a sentence: "${String(issue.message)}"`;
      }
    }
    return undefined;
  }
  const message = error.message ?? "";
  // A refusal of the whole body (nested too deeply) is about no one field.
  if (message.startsWith("The request body "))
    return isSentence(message) ? undefined : `the message is not a sentence: "${message}"`;
  // The domain's way names the field first, also one the input left out ("studentIds: …").
  const named =
    /^[A-Za-z][\w.[\]]*: /.test(message) ||
    [...keysIn(input)].some((key) => key.length > 1 && message.includes(key));
  if (!named) return `the message names no field of the input: "${message.slice(0, 200)}"`;
  if (!isSentence(message)) return `the message is not a sentence: "${message}"`;
  return undefined;
}

/**
 * Where a reply in Finnish fell back to the general sentence: a message the server raised has no
 * Finnish words (the coverage tests read the sources; this catches what they cannot see).
 */
export function untranslatedIn(error: TrpcError | undefined, fallback: string): string | undefined {
  if (!error) return undefined;
  const messages = [error.message ?? "", ...(error.data?.issues ?? []).map((issue) => String(issue.message))];
  return messages.find((message) => message.includes(fallback));
}
