import type { Database } from "@polku/db";
import type { Logger } from "@polku/trpc";

/** What a public route answers: a page, a feed or a small JSON document. */
export interface PublicResponse {
  readonly status?: number;
  /** e.g. `text/html; charset=utf-8`, `text/calendar; charset=utf-8`; JSON by default. */
  readonly contentType?: string;
  readonly body: string;
  /** Extra headers (e.g. `content-disposition`); the host sets caching (none) and security headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface PublicRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string | undefined>>;
  /** A POST's parsed JSON or form body. */
  readonly body: unknown;
}

export interface PublicAuditEntry {
  readonly providerId: string;
  readonly studentId: string | null;
  readonly action: "read" | "export";
  /** Whose link it was (the student who shared a badge, the teacher whose feed it is). */
  readonly onBehalfOf: string;
}

export interface PublicRouteContext {
  /**
   * A transaction as the application role with no one logged in: row-level security opens nothing,
   * so a route reads through its plugin's own definer functions (e.g. a badge by its token).
   */
  readonly tx: Database;
  /**
   * Audits a read (or export) of personal data as the `public` role: the host writes the entries as
   * soon as the route has answered (a route that fails writes none, and its answer is not sent).
   */
  audit(entries: readonly PublicAuditEntry[]): Promise<void>;
  readonly log: Logger;
}

export interface PublicRoute {
  readonly method: "GET" | "POST";
  /** Under `/public/<plugin id>`; `:name` segments are parameters. Listed in the manifest too. */
  readonly path: string;
  /** Requests per address per minute (default 60): a token can be guessed only so fast. */
  readonly perMinute?: number;
  handle(ctx: PublicRouteContext, request: PublicRequest): Promise<PublicResponse>;
}

/** Typed identity: the host checks the route against the manifest at start-up. */
export const publicRoute = (route: PublicRoute): PublicRoute => route;
