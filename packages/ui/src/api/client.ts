import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import type { AppRouter } from "./types.ts";

/** The header the API checks on every mutation (see packages/trpc/src/init.ts). */
export const CSRF_HEADER = "x-polku-csrf";
/** Before login there is no session token, but the header must still be there (a cross-site form cannot set it). */
const NO_SESSION_TOKEN = "1";

/**
 * Where the API is and the session's CSRF token: shared by the core client and every plugin client,
 * so that a login seen by one is seen by all.
 */
export interface ApiConnection {
  readonly url: string;
  readonly fetch?: typeof fetch | undefined;
  csrfToken(): string;
  setCsrfToken(token: string | null): void;
  /** When the API last answered a call of this tab (ms since the epoch): each use extends the session. */
  lastAnswerAt(): number | null;
  noteAnswer(at: number): void;
  /** Called after every successful change (mutation) of this tab, by any client: see live-resource.ts. */
  onDataChanged(listener: () => void): () => void;
  dataChanged(): void;
}

export function createApiConnection(options: { url?: string; fetch?: typeof fetch } = {}): ApiConnection {
  let token: string | null = null;
  let answeredAt: number | null = null;
  const changeListeners = new Set<() => void>();
  return {
    url: options.url ?? "/trpc",
    fetch: options.fetch,
    csrfToken: () => token ?? NO_SESSION_TOKEN,
    setCsrfToken: (next) => {
      token = next;
    },
    lastAnswerAt: () => answeredAt,
    noteAnswer: (at) => {
      answeredAt = at;
    },
    onDataChanged: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    dataChanged: () => {
      for (const listener of [...changeListeners]) listener();
    },
  };
}

/** Sends every call of a plugin's client to `plugins.<id>.<path>` on the deployment's router. */
export function pathPrefixLink<TRouter extends AnyTRPCRouter>(prefix: string): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      next({ ...op, path: `${prefix}.${op.path}` });
}

/**
 * After a mutation succeeds, tells the connection that data changed, so every live resource on screen
 * loads again (the default of Solid's router actions: a change revalidates what the page shows). The
 * caller gets its result first; the reloads follow. Logging out changes nothing a page should reload.
 */
export function dataChangedLink<TRouter extends AnyTRPCRouter>(connection: ApiConnection): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) =>
        next(op).subscribe({
          next: (value) => observer.next(value),
          error: (error) => observer.error(error),
          complete: () => {
            observer.complete();
            if (op.type === "mutation" && !NO_DATA_CHANGE.has(op.path))
              queueMicrotask(connection.dataChanged);
          },
        }),
      );
}

/** Mutations after which no page's data is different (by their full path). */
const NO_DATA_CHANGE = new Set(["auth.logout"]);

/** The portal's language, which the i18n provider keeps on `<html lang>`; Finnish before it has. */
const pageLanguage = () => (typeof document !== "undefined" && document.documentElement.lang) || "fi";

export interface CreateApiClientOptions {
  readonly connection?: ApiConnection;
  /** e.g. "plugins.esedu-workshop-handover" */
  readonly pathPrefix?: string;
}

/**
 * A tRPC client over batched HTTP. Queries go as POST (`methodOverride`), so their inputs (a search
 * by name, a student id) never appear in URLs, browser history or access logs.
 */
export function createApiClient<TRouter extends AnyTRPCRouter = AppRouter>(
  options: CreateApiClientOptions = {},
): TRPCClient<TRouter> {
  const connection = options.connection ?? createApiConnection();
  const baseFetch = connection.fetch ?? globalThis.fetch.bind(globalThis);
  // The API has no transformer (plain JSON), which the generic options cannot know for any TRouter.
  const http = httpBatchLink<AnyTRPCRouter>({
    url: connection.url,
    methodOverride: "POST",
    // The API refuses a batch of more calls (MAX_BATCH_SIZE in @polku/trpc); larger ones are split.
    maxItems: 10,
    // Failures come back in the language the person reads the portal in (set on <html lang>).
    headers: () => ({ [CSRF_HEADER]: connection.csrfToken(), "accept-language": pageLanguage() }),
    // The session cookie is httpOnly and same-origin; never send it anywhere else.
    fetch: async (url, init) => {
      const response = await baseFetch(url, { ...(init as RequestInit), credentials: "same-origin" });
      // A call the session carried (not refused for want of one) counts as a use of it.
      if (response.status !== 401) connection.noteAnswer(Date.now());
      return response;
    },
  }) as TRPCLink<TRouter>;
  const changed = dataChangedLink<TRouter>(connection);
  const links = options.pathPrefix
    ? [pathPrefixLink<TRouter>(options.pathPrefix), changed, http]
    : [changed, http];
  return createTRPCClient<TRouter>({ links });
}
