import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import type { Database } from "@polku/db";
import { type Context, resolveSession, SESSION_COOKIE, type Services, type Transport } from "@polku/trpc";
import type { AnyRouter } from "@trpc/server";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";

export interface ServerOptions {
  /** Everything but the logger, which is the server's own. */
  readonly services: Omit<Services, "log">;
  readonly router: AnyRouter;
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
const serializers = {
  req: (req: FastifyRequest) => ({ method: req.method, path: req.url.split("?")[0], reqId: req.id }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

export async function createServer(options: ServerOptions) {
  const app = Fastify({
    logger: { level: options.logLevel ?? "info", serializers },
    // A hop count is valid at run time (proxy-addr); one of the option overloads omits the number type.
    trustProxy: (options.trustProxy ?? false) as boolean,
    // tRPC batches can be large (bulk imports); 10 MB is plenty and still bounded.
    bodyLimit: 10 * 1024 * 1024,
    // tRPC batches name every procedure of a batch in the path (/trpc/a.b,c.d,...): allow long lists.
    routerOptions: { maxParamLength: 5000 },
  });
  await app.register(fastifyCookie);

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
    const actor = await resolveSession(services.db, req.cookies[SESSION_COOKIE]);
    return { services, transport, actor };
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: options.router,
      createContext,
      // Queries go as POST so their inputs (a search by name) never land in URLs or access logs.
      allowMethodOverride: true,
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          app.log.error({ path, kind: error.cause?.name }, "trpc error");
      },
    } satisfies FastifyTRPCPluginOptions<AnyRouter>["trpcOptions"],
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
