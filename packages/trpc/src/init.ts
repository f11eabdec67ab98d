import { type ActorScope, anonymousScope, inScope, schema } from "@polku/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { CSRF_HEADER } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { domainErrorToTrpc, isTagged } from "./errors.ts";
import { AUTHENTICATED, PUBLIC } from "./permissions.ts";

/** Every procedure must say what it needs; the composed router is checked for it in a test. */
export interface ProcedureMeta {
  readonly permission?: string;
}

interface IssueLike {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
}

const issuesOf = (cause: unknown): Array<{ path: string; message: string }> | undefined => {
  const issues = (cause as { issues?: readonly IssueLike[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  return issues.map((issue) => ({
    path: (issue.path ?? [])
      .map((p: PropertyKey | { key: PropertyKey }) => String(typeof p === "object" ? p.key : p))
      .join("."),
    message: issue.message,
  }));
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces never reach a client.
    isDev: false,
    errorFormatter({ shape, error }) {
      const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : undefined;
      const message =
        error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on the server. Nothing was saved; please try again."
          : issues && issues.length > 0
            ? `Invalid input: ${issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; ")}`
            : shape.message;
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, issues },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Who may call: the meta's permission against the actor's role. A procedure without one is refused. */
const authorize = t.middleware(({ ctx, meta, path, next }) => {
  const permission = meta?.permission;
  if (!permission) {
    throw new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: `Procedure ${path} declares no permission.`,
    });
  }
  if (permission === PUBLIC) return next();
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please log in." });
  if (permission !== AUTHENTICATED && !ctx.services.authority.can(ctx.actor.role, permission)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this action." });
  }
  return next();
});

/**
 * Mutations carry a CSRF header: the session's token when logged in. Without a session (logging in)
 * the header must still be present: a cross-site form cannot set it, and we allow no CORS.
 */
const csrf = t.middleware(({ ctx, type, next }) => {
  if (type !== "mutation") return next();
  const sent = ctx.transport.header(CSRF_HEADER);
  const expected = ctx.actor?.csrfToken;
  if (!sent || (expected !== undefined && sent !== expected)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "The request is missing its security token. Reload the page.",
    });
  }
  return next();
});

export interface AuditEntry {
  readonly providerId: string;
  readonly studentId: string | null;
  readonly action: "read" | "create" | "update" | "delete" | "export";
}

/**
 * Runs the procedure in one transaction as the application role with the actor's RLS scope, and
 * gives it `audit()`, which writes to the audit log in that same transaction: the entry exists
 * exactly when the read or change happened. Domain failures become tRPC errors here.
 */
const scoped = t.middleware(async ({ ctx, path, next }) => {
  const actor = ctx.actor;
  const scope: ActorScope = actor
    ? {
        providerId: actor.providerId,
        organisationId: actor.organisationId,
        personId: actor.personId,
        role: actor.role,
      }
    : anonymousScope;
  try {
    return await inScope(ctx.services.db, scope, async (tx) => {
      const audit = async (entries: readonly AuditEntry[]) => {
        if (entries.length === 0) return;
        if (!actor) throw new Error("audit() needs an actor");
        await tx.insert(schema.auditLog).values(
          entries.map((e) => ({
            providerId: e.providerId,
            studentId: e.studentId,
            action: e.action,
            procedure: path,
            actorPersonId: actor.personId,
            actorOrganisationId: actor.organisationId,
            actorRole: actor.role,
            ip: ctx.transport.ip,
          })),
        );
      };
      // Procedures get the transaction, never the owner connection: the owner bypasses row-level
      // security, and plugins build their routers from this procedure too.
      const { db: _owner, ...services } = ctx.services;
      const result = await next({ ctx: { tx, audit, services } });
      // A failed procedure must not commit anything it wrote: throw to roll the transaction back.
      if (!result.ok) throw result.error;
      return result;
    });
  } catch (error) {
    const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
    if (isTagged(cause)) throw domainErrorToTrpc(cause);
    throw error;
  }
});

const logged = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const cause = result.error.cause as
      | { code?: string; name?: string; cause?: { code?: string } }
      | undefined;
    // Only the error's kind and SQLSTATE (drizzle wraps the driver's error): database messages can quote
    // personal data. The SQLSTATE and the path are usually enough to find the statement.
    const sqlstate = cause?.code ?? cause?.cause?.code;
    ctx.services.log.error({ path, type, error: cause?.name, sqlstate }, "procedure failed");
  }
  return result;
});

/** The only procedure builder: routers of the core and of plugins all start from it. */
export const procedure = t.procedure.use(logged).use(authorize).use(csrf).use(scoped);

/**
 * For the core's login and logout only: authorization and CSRF apply, but the procedure opens its own
 * short transactions, so that a failed login's record commits and the password hash is checked with
 * no transaction open (PGlite runs one at a time). Not exported to plugins.
 */
export const sessionProcedure = t.procedure.use(logged).use(authorize).use(csrf);
