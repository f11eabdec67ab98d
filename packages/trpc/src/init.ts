import { inRequest, type SessionActor } from "@polku/db";
import type { Role } from "@polku/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { type AuditEntry, type AuditRow, auditAttempt, auditRows, insertAuditRows } from "./audit.ts";
import { type Actor, CSRF_HEADER } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { domainErrorToTrpc, isTagged, wireErrorOf } from "./errors.ts";
import type { EventDefinition } from "./events.ts";
import { coreErrorTranslations } from "./i18n/core-translations.ts";
import { formatterText, makeErrorTranslator, requestLocale } from "./i18n/error-text.ts";
import { AUTHENTICATED, PUBLIC } from "./permissions.ts";

/** Every procedure must say what it needs; the composed router is checked for it in a test. */
export interface ProcedureMeta {
  readonly permission?: string;
  /**
   * Student-welfare content (opiskeluhuolto): the procedure's audit entries are shown in a student's
   * trail only to the student and to welfare staff, since even their existence discloses a referral.
   */
  readonly confidential?: boolean;
  /** The largest input the procedure takes, as JSON bytes; DEFAULT_MAX_INPUT_BYTES unless said. */
  readonly maxInputBytes?: number;
}

/** The most calls one HTTP request may batch (the portal's client batches no more). */
export const MAX_BATCH_SIZE = 10;
/** Enough for any form; imports say how much more they take. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024;

interface IssueLike {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | string;
}

const pathText = (path: IssueLike["path"]) =>
  typeof path === "string"
    ? path
    : (path ?? [])
        .map((p: PropertyKey | { key: PropertyKey }) => String(typeof p === "object" ? p.key : p))
        .join(".");

/**
 * The fields an input failure is about: validation's `issues`, or a domain failure's `problems` (a
 * document's or an agreement's, each at a path), so that each is said next to its field.
 */
const issuesOf = (cause: unknown): Array<{ path: string; message: string }> | undefined => {
  const source = cause as { issues?: readonly IssueLike[]; problems?: readonly IssueLike[] } | undefined;
  const issues = Array.isArray(source?.issues) ? source.issues : source?.problems;
  if (!Array.isArray(issues)) return undefined;
  const worded = issues.filter((issue) => typeof issue?.message === "string");
  if (worded.length === 0) return undefined;
  return worded.map((issue) => ({ path: pathText(issue.path), message: issue.message }));
};

/** Without a deployment's translator (a failure before the context exists), the core's words. */
const coreErrorText = makeErrorTranslator([coreErrorTranslations]);

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Stack traces never reach a client.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      // Said in the language the request asks for (the portal sends the person's); English without one.
      const locale = requestLocale(ctx?.transport.header("accept-language"));
      const say = (message: string) => (ctx?.services.errorText ?? coreErrorText)(message, locale);
      const words = formatterText[locale];
      const issues =
        error.code === "BAD_REQUEST"
          ? issuesOf(error.cause)?.map((i) => ({ path: i.path, message: say(i.message) }))
          : undefined;
      const message =
        error.code === "INTERNAL_SERVER_ERROR"
          ? words.internal
          : issues && issues.length > 0
            ? `${words.invalidInput}: ${issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; ")}`
            : error.code === "BAD_REQUEST" && error.cause instanceof SyntaxError
              ? words.notJson
              : say(shape.message);
      // A domain or plugin failure also crosses as its tag and fields, for the client to word itself.
      const tagged = error.code === "INTERNAL_SERVER_ERROR" ? undefined : wireErrorOf(error.cause);
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, issues, ...tagged },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Who may call: the meta's permission against the actor's role (a procedure without one is refused);
 * and mutations carry a CSRF header: the session's token when logged in. Without a session (logging
 * in) the header must still be present: a cross-site form cannot set it, and we allow no CORS.
 * Checked once the procedure's transaction has found the session.
 */
function authorizeCall(
  call: {
    ctx: Pick<Context, "services" | "transport">;
    meta: ProcedureMeta | undefined;
    path: string;
    type: string;
  },
  actor: Actor | null,
) {
  const permission = call.meta?.permission;
  if (!permission) {
    throw new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: `Procedure ${call.path} declares no permission.`,
    });
  }
  if (permission !== PUBLIC) {
    if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please log in." });
    if (permission !== AUTHENTICATED && !call.ctx.services.authority.can(actor.role, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this action." });
    }
  }
  if (call.type === "mutation") {
    const sent = call.ctx.transport.header(CSRF_HEADER);
    if (!sent || (actor !== null && sent !== actor.csrfToken)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "The request is missing its security token. Reload the page.",
      });
    }
  }
}

const actorOf = (found: SessionActor | null, tokenHash: string | null): Actor | null =>
  found && tokenHash ? { ...found, role: found.role as Role, sessionTokenHash: tokenHash } : null;

const requestOf = (
  ctx: { sessionTokenHash: string | null; transport: { ip: string | null } },
  path: string,
) => ({
  tokenHash: ctx.sessionTokenHash,
  procedure: path,
  ip: ctx.transport.ip,
});

/**
 * Runs the procedure in one transaction as the application role. Its first statement finds the session
 * and sets the actor's RLS scope (polku_begin_request); authorization and CSRF are checked after it.
 * The procedure gets `audit()`, which writes to the audit log in that same
 * transaction: a successful read's entry exists exactly when the read happened; and `emit()`, which
 * runs the event's subscribers in that transaction too. When the procedure
 * fails, the change rolls back and the attempt is kept (see auditAttempt). Domain failures become tRPC
 * errors here.
 */
const scoped = t.middleware(async ({ ctx, meta, path, type, getRawInput, next }) => {
  const pending: AuditRow[] = [];
  let actor: Actor | null = null;
  try {
    return await inRequest(ctx.services.db, requestOf(ctx, path), async (tx, found) => {
      actor = actorOf(found, ctx.sessionTokenHash);
      authorizeCall({ ctx, meta, path, type }, actor);
      const acting = actor;
      const audit = async (entries: readonly AuditEntry[]) => {
        if (entries.length === 0) return;
        if (!acting) throw new Error("audit() needs an actor");
        const rows = auditRows(entries, { actor: acting, path, ip: ctx.transport.ip, meta });
        pending.push(...rows);
        await insertAuditRows(tx, rows);
      };
      // A plugin's procedure emits its plugin's events and notifications; the core's procedures the core's.
      const emitter = path.startsWith("plugins.") ? path.split(".")[1]! : "core";
      const emit = <P>(event: EventDefinition<P>, payload: P) =>
        ctx.services.events.emit({ tx, actor: acting, audit }, emitter, event, payload);
      // Procedures get the transaction, never the connection itself (nor the error formatter's translator).
      const { db: _connection, accounts: _accounts, errorText: _errorText, ...services } = ctx.services;
      const notifications = ctx.services.notifications.notifierFor(tx, emitter);
      const result = await next({
        ctx: { actor, tx, audit, emit, notifications, services },
      });
      // A failed procedure must not commit anything it wrote: throw to roll the transaction back.
      if (!result.ok) throw result.error;
      return result;
    });
  } catch (error) {
    if (actor) {
      await auditAttempt(
        ctx.services,
        { actor, path, ip: ctx.transport.ip, meta, type },
        pending,
        await getRawInput().catch(() => undefined),
        requestOf(ctx, path),
      );
    }
    const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
    if (isTagged(cause)) throw domainErrorToTrpc(cause);
    throw error;
  }
});

/**
 * For the core's login and logout only: the session is resolved in a short transaction of its own, then
 * authorization and CSRF apply, and the procedure opens its own transactions (a failed login's record
 * must commit; the password hash is checked with no transaction open, as PGlite runs one at a time).
 * Not exported to plugins.
 */
const withSession = t.middleware(async ({ ctx, meta, path, type, next }) => {
  const found = await inRequest(ctx.services.db, requestOf(ctx, path), async (_tx, actor) => actor);
  const actor = actorOf(found, ctx.sessionTokenHash);
  authorizeCall({ ctx, meta, path, type }, actor);
  return next({ ctx: { actor } });
});

/** Each procedure's input is bounded on its own, before anything reads it or opens a transaction. */
const bounded = t.middleware(async ({ meta, getRawInput, next }) => {
  const limit = meta?.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const raw = await getRawInput();
  const bytes = raw === undefined ? 0 : Buffer.byteLength(JSON.stringify(raw));
  if (bytes > limit) {
    throw new TRPCError({
      code: "PAYLOAD_TOO_LARGE",
      message: `The input is too large (${Math.ceil(bytes / 1024)} kB; at most ${Math.floor(limit / 1024)} kB).`,
    });
  }
  return next();
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
export const procedure = t.procedure.use(logged).use(bounded).use(scoped);

export const sessionProcedure = t.procedure.use(logged).use(bounded).use(withSession);
