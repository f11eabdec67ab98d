import fastifyRateLimit from "@fastify/rate-limit";
import { type Database, inRequest } from "@polku/db";
import type { PublicAuditEntry, PublicRoute } from "@polku/plugin-sdk/server";
import type { Services } from "@polku/trpc";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";

/** A plugin's public route, as the deployment mounts it. */
export interface MountedPublicRoute {
  readonly pluginId: string;
  readonly route: PublicRoute;
}

const DEFAULT_PER_MINUTE = 60;

/** Where a plugin's public route is served: `/public/<plugin id><path>`. */
export const publicPath = (pluginId: string, path: string) => `/public/${pluginId}${path}`;

/**
 * Serves the plugins' public routes: no session, each request in a transaction as the application role
 * with no one logged in (row-level security opens nothing; a route reads through its plugin's definer
 * functions), named `public.<plugin>.<METHOD> <path>` in the audit log, rate-limited per address with
 * @fastify/rate-limit (in memory, per process: a guessing client is slowed, not a distributed attack
 * stopped), never cached. A failure answers a bare 500: the route's error may quote what it read.
 */
export async function registerPublicRoutes(
  app: FastifyInstance,
  services: Services,
  routes: readonly MountedPublicRoute[],
  ownerDb: Database | undefined,
) {
  if (routes.length === 0) return;
  if (!ownerDb) throw new Error("Public routes need the owner's connection for their audit entries.");
  const owner = ownerDb;
  await app.register(fastifyRateLimit, { global: false });
  for (const { pluginId, route } of routes) {
    const procedure = `public.${pluginId}.${route.method} ${route.path}`;
    app.route({
      method: route.method,
      url: publicPath(pluginId, route.path),
      config: { rateLimit: { max: route.perMinute ?? DEFAULT_PER_MINUTE, timeWindow: "1 minute" } },
      handler: async (req, reply) => {
        try {
          const entries: PublicAuditEntry[] = [];
          const response = await inRequest(
            services.db,
            { tokenHash: null, procedure, ip: req.ip ?? null },
            (tx) =>
              route.handle(
                {
                  tx,
                  audit: async (more) => void entries.push(...more),
                  log: services.log,
                },
                {
                  params: req.params as Record<string, string>,
                  query: req.query as Record<string, string | undefined>,
                  body: req.body,
                },
              ),
          );
          // Before the answer goes out: what was read is on record when the reader has it.
          for (const e of entries) {
            await owner.execute(sql`select polku.audit_public(${e.providerId}::uuid, ${e.studentId}::uuid,
              ${e.action}, ${e.onBehalfOf}::uuid, ${procedure}, ${req.ip ?? ""})`);
          }
          reply.code(response.status ?? 200);
          for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
          reply.header("cache-control", "no-store");
          reply.type(response.contentType ?? "application/json; charset=utf-8");
          return reply.send(response.body);
        } catch (error) {
          services.log.error({ route: procedure, error: (error as Error).name }, "public route failed");
          return reply.code(500).type("text/plain; charset=utf-8").send("Something went wrong.");
        }
      },
    });
  }
}
