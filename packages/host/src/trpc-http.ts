/**
 * tRPC over HTTP for this API: POST only, JSON without a transformer of our own, single calls and
 * batches (`?batch=1`, at most `maxBatchSize` calls). It replaces tRPC's Fastify adapter, which turns
 * every request into a Fetch `Request` and every answer into a `Response` (with abort signals and
 * streams for both): on Node 20 that alone cost about 0.5 ms of CPU per call here, ten times a plain
 * Fastify route, which `pnpm bench` measured. The procedures, middleware, error shapes and the wire
 * format are tRPC's own (`@trpc/client`'s httpLink and httpBatchLink speak to it unchanged); streaming
 * and subscriptions, which this API has none of, are refused.
 */
import {
  type AnyRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  TRPCError,
  transformTRPCResponse,
} from "@trpc/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

interface CallableProcedure {
  (options: {
    path: string;
    getRawInput: () => Promise<unknown>;
    ctx: unknown;
    type: "query" | "mutation" | "subscription";
    signal: AbortSignal | undefined;
    batchIndex: number;
  }): Promise<unknown>;
  readonly _def: { readonly type: "query" | "mutation" | "subscription" };
}

export interface TrpcRouteOptions<TContext> {
  readonly prefix: string;
  readonly router: AnyRouter;
  readonly createContext: (request: { req: FastifyRequest; res: FastifyReply }) => Promise<TContext>;
  readonly maxBatchSize: number;
  readonly onError?: (failure: { error: TRPCError; path: string | undefined }) => void;
}

export function registerTrpcRoute<TContext>(app: FastifyInstance, options: TrpcRouteOptions<TContext>) {
  const { router } = options;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, CallableProcedure | undefined>;
  // The body stays text until a procedure asks for its input: a malformed one is that call's error.
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));

  const shapeOf = (cause: unknown, path: string | undefined, type: string, input: unknown, ctx: unknown) => {
    const error = getTRPCErrorFromUnknown(cause);
    options.onError?.({ error, path });
    const shape = getTRPCErrorShape({
      config,
      error,
      type: type as "query",
      path,
      input,
      ctx: ctx as never,
    }) as { data?: { httpStatus?: number } };
    return { json: { error: shape }, status: shape.data?.httpStatus ?? 500 };
  };

  app.post<{ Params: { path: string }; Querystring: { batch?: string } }>(
    `${options.prefix}/:path`,
    async (req, reply) => {
      const isBatch = req.query.batch === "1";
      const paths = isBatch ? req.params.path.split(",") : [req.params.path];
      const send = (status: number, json: unknown) =>
        reply
          .code(status)
          .type("application/json")
          .send(JSON.stringify(transformTRPCResponse(config, json as never)));
      if (isBatch && paths.length > options.maxBatchSize) {
        const { json, status } = shapeOf(
          new TRPCError({ code: "BAD_REQUEST", message: "Batch call exceeds maximum size" }),
          undefined,
          "query",
          undefined,
          undefined,
        );
        return send(status, json);
      }
      const text = typeof req.body === "string" ? req.body : "";
      let parsed: { ok: true; value: unknown } | { ok: false; error: TRPCError } | undefined;
      const body = () => {
        if (!parsed) {
          try {
            parsed = { ok: true, value: text === "" ? undefined : JSON.parse(text) };
          } catch (cause) {
            parsed = { ok: false, error: new TRPCError({ code: "BAD_REQUEST", cause }) };
          }
        }
        return parsed;
      };
      const inputOf = (index: number): unknown => {
        const all = body();
        if (!all.ok) throw all.error;
        if (!isBatch)
          return all.value === undefined ? undefined : config.transformer.input.deserialize(all.value);
        if (all.value === undefined) return undefined;
        if (typeof all.value !== "object" || all.value === null || Array.isArray(all.value)) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: '"input" needs to be an object when doing a batch call',
          });
        }
        const raw = (all.value as Record<string, unknown>)[String(index)];
        return raw === undefined ? undefined : config.transformer.input.deserialize(raw);
      };
      let ctx: TContext | undefined;
      try {
        ctx = await options.createContext({ req, res: reply });
      } catch (cause) {
        const { json, status } = shapeOf(cause, undefined, "query", undefined, undefined);
        return send(status, isBatch ? paths.map(() => json) : json);
      }
      const results = await Promise.all(
        paths.map(async (path, index) => {
          const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
          const type = procedure?._def.type ?? "query";
          try {
            if (!procedure) {
              throw new TRPCError({ code: "NOT_FOUND", message: `No procedure found on path "${path}"` });
            }
            if (type === "subscription") {
              throw new TRPCError({
                code: "METHOD_NOT_SUPPORTED",
                message: "This API has no subscriptions.",
              });
            }
            const data = await procedure({
              path,
              getRawInput: async () => inputOf(index),
              ctx,
              type,
              signal: undefined,
              batchIndex: index,
            });
            return { json: { result: { data } }, status: 200 };
          } catch (cause) {
            let input: unknown;
            try {
              input = inputOf(index);
            } catch {
              input = undefined;
            }
            return shapeOf(cause, path, type, input, ctx);
          }
        }),
      );
      if (!isBatch) return send(results[0]!.status, results[0]!.json);
      const statuses = new Set(results.map((r) => r.status));
      return send(
        statuses.size === 1 ? results[0]!.status : 207,
        results.map((r) => r.json),
      );
    },
  );
}
