import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import type { Database } from "@polku/db";
import {
  type Context,
  MAX_BATCH_SIZE,
  SESSION_COOKIE,
  type Services,
  sha256,
  type Transport,
} from "@polku/trpc";
import type { AnyRouter } from "@trpc/server";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { InFlightLimit } from "./in-flight.ts";
import { jsonDepthExceeds } from "./json-depth.ts";
import { type MountedPublicRoute, registerPublicRoutes } from "./public-routes.ts";
import { registerTrpcRoute } from "./trpc-http.ts";

export interface ServerOptions {
  /** Everything but the logger, which is the server's own. */
  readonly services: Omit<Services, "log">;
  readonly router: AnyRouter;
  /** The plugins' routes that answer without a session, under `/public/<plugin id>`. */
  readonly publicRoutes?: readonly MountedPublicRoute[];
  /** The owner's connection: only for the public routes' audit entries (see public-routes.ts). */
  readonly ownerDb?: Database;
  /** The built portal (Vite's dist); served from the same origin when present. */
  readonly portalDir?: string | undefined;
  /** Secure cookies everywhere but local development and tests over plain HTTP. */
  readonly secureCookies: boolean;
  readonly logLevel?: string;
  /**
   * Which proxies' X-Forwarded-For to believe (Fastify's trustProxy: addresses, CIDRs or a hop count).
   * Off by default: otherwise any client could choose the address the login limit and the audit log see.
   */
  readonly trustProxy?: boolean | string | number;
}

/**
 * Request logs carry the method, the path without its query string (tRPC inputs could hold names)
 * and the status: never cookies, bodies or personal identifiers.
 */
/**
 * A request's path as the log may keep it: the route's pattern (`/public/x/verify/:token`), never the
 * values in it. A path no route matched (the portal's pages, served to the browser's router) keeps only
 * its words: an id or a token in it (`/students/<id>`) becomes `:value`.
 */
export function loggablePath(
  req: Pick<FastifyRequest, "url"> & { routeOptions?: { url?: string | undefined } },
) {
  const pattern = req.routeOptions?.url;
  if (pattern && pattern !== "*" && pattern !== "/*") return pattern;
  const [path = "/"] = req.url.split("?");
  return path
    .split("/")
    .map((segment) => (segment === "" || /^[a-z][a-z-]{0,40}$/.test(segment) ? segment : ":value"))
    .join("/");
}

const serializers = {
  req: (req: FastifyRequest) => ({ method: req.method, path: loggablePath(req), reqId: req.id }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/** Whether a request goes to the API, judged on the decoded path as the router sees it (/%74rpc is /trpc). */
function isApiPath(url: string): boolean {
  let path = url.split("?")[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape cannot reach a route either.
  }
  return path === "/trpc" || path.startsWith("/trpc/");
}

/**
 * API requests one session may have open at once (a browser has one or two), and one address in all:
 * a school's network may send many people's requests from one address.
 */
export const MAX_IN_FLIGHT = { session: 6, address: 30 } as const;
/** Nesting of a request body: our deepest input (an eHOKS document) nests about ten levels. */
export const MAX_JSON_DEPTH = 64;

/** An error in tRPC's shape (so its clients read the code), for what is refused before tRPC sees it. */
function apiError(
  reply: FastifyReply,
  status: number,
  code: keyof typeof TRPC_ERROR_CODES_BY_KEY,
  message: string,
  tag?: string,
) {
  return reply.code(status).send({
    error: {
      message,
      code: TRPC_ERROR_CODES_BY_KEY[code],
      data: { code, httpStatus: status, ...(tag ? { tag, fields: {} } : {}) },
    },
  });
}

export async function createServer(options: ServerOptions) {
  const app = Fastify({
    logger: { level: options.logLevel ?? "info", serializers },
    // A hop count is valid at run time (proxy-addr); one of the option overloads omits the number type.
    trustProxy: (options.trustProxy ?? false) as boolean,
    // The whole body: each procedure then bounds its own input (64 kB unless its meta allows more,
    // as the imports do), and a batch holds at most MAX_BATCH_SIZE calls.
    bodyLimit: 6 * 1024 * 1024,
    // A batch names its procedures in the path (/trpc/a.b,c.d,...): room for MAX_BATCH_SIZE of them.
    routerOptions: { maxParamLength: 1500 },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    // The portal is built by Vite into files of its own origin: no inline script, no eval, no framing.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    // For older browsers without frame-ancestors, the same rule: never framed.
    xFrameOptions: { action: "deny" },
    // HSTS only where the site is served over HTTPS: not on http://localhost in development.
    strictTransportSecurity: options.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  // Personal data must not stay in any cache: every API response and the HTML are no-store. The
  // portal's hashed assets may be cached.
  app.addHook("onSend", async (req, reply, payload) => {
    const type = String(reply.getHeader("content-type") ?? "");
    if (req.url.startsWith("/trpc") || type.startsWith("text/html"))
      reply.header("cache-control", "no-store");
    return payload;
  });
  // Every procedure is called with POST (queries by method override), so inputs never appear in URLs,
  // browser history or access logs: GET (and anything else) is refused before tRPC sees it. A client
  // has at most MAX_IN_FLIGHT API requests open at once (per session, and per address in all).
  const inFlight = new InFlightLimit();
  app.addHook("onRequest", async (req, reply) => {
    if (isApiPath(req.url) && req.method !== "POST") {
      return apiError(reply.header("allow", "POST"), 405, "METHOD_NOT_SUPPORTED", "Call the API with POST.");
    }
  });
  // Once the body is in (answering before it is would cut off a client still sending it): a body nested
  // deeper than any input is refused before anything parses it, and the request is counted in flight.
  app.addHook("preHandler", async (req, reply) => {
    if (!isApiPath(req.url)) return;
    if (typeof req.body === "string" && jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
      return apiError(
        reply,
        400,
        "BAD_REQUEST",
        `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`,
      );
    }
    // Every request counts against its address (so made-up cookies buy no more room), and a session's
    // requests against their session too.
    const token = req.cookies[SESSION_COOKIE];
    const keys = [`address:${req.ip}`];
    if (token) keys.push(`session:${token}`);
    const entered = keys.filter((key, i) =>
      inFlight.enter(key, i === 0 ? MAX_IN_FLIGHT.address : MAX_IN_FLIGHT.session),
    );
    // Once per request, however it ends (sent, failed or the client gone).
    reply.raw.once("close", () => {
      for (const key of entered) inFlight.leave(key);
    });
    if (entered.length < keys.length) {
      return apiError(
        reply.header("retry-after", "1"),
        429,
        "TOO_MANY_REQUESTS",
        "Too many requests at once. Wait for the earlier ones to finish.",
        "TooManyAtOnce",
      );
    }
  });

  const services: Services = { ...options.services, log: app.log };
  const createContext = async ({
    req,
    res,
  }: {
    req: FastifyRequest;
    res: FastifyReply;
  }): Promise<Context> => {
    const transport: Transport = {
      ip: req.ip ?? null,
      header: (name) => {
        const value = req.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      },
      cookie: (name) => req.cookies[name],
      setCookie: (name, value, { httpOnly, maxAgeSeconds }) => {
        res.setCookie(name, value, {
          path: "/",
          httpOnly,
          sameSite: "lax",
          secure: options.secureCookies,
          maxAge: maxAgeSeconds,
        });
      },
      clearCookie: (name) => {
        res.clearCookie(name, { path: "/" });
      },
    };
    // The session itself is resolved in each procedure's transaction, by its first statement.
    const token = req.cookies[SESSION_COOKIE];
    const sessionTokenHash = token && token.length <= 100 ? sha256(token) : null;
    return { services, transport, sessionTokenHash, actor: null };
  };

  await registerPublicRoutes(app, services, options.publicRoutes ?? [], options.ownerDb);

  registerTrpcRoute(app, {
    prefix: "/trpc",
    router: options.router,
    createContext,
    // A batch of hundreds of reads held the database for seconds: a client batches at most this many.
    maxBatchSize: MAX_BATCH_SIZE,
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR")
        app.log.error({ path, kind: error.cause?.name }, "trpc error");
    },
  });

  app.get("/healthz", async (_req, reply) => {
    try {
      await services.db.execute(sql`select 1`);
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "database unavailable" });
    }
  });

  if (options.portalDir && existsSync(options.portalDir)) {
    await app.register(fastifyStatic, { root: options.portalDir, wildcard: false });
    // The portal is a single-page app: unknown paths (not the API) get its index.html.
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== "GET" || req.url.startsWith("/trpc") || req.url.startsWith("/healthz")) {
        return reply.code(404).send({ error: "Not found" });
      }
      return reply.type("text/html").sendFile("index.html");
    });
  }
  return app;
}

export type { Database };
