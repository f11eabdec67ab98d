import { anonymousScope, inScope, rowsOf, schema } from "@polku/db";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { Schema } from "effect";
import { verifyPassword } from "../auth/password.ts";
import { beginLoginAttempt, clearLoginFailures, loginLimits } from "../auth/rate-limit.ts";
import { createSession, revokeSession, SESSION_COOKIE, SESSION_TTL_MS, sha256 } from "../auth/sessions.ts";
import { procedure, router, sessionProcedure } from "../init.ts";
import { AUTHENTICATED, PUBLIC } from "../permissions.ts";
import { input } from "../validation.ts";

const LoginInput = Schema.Struct({
  username: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)),
  password: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(1000)),
});

const SwitchInput = Schema.Struct({ membershipId: Schema.String.check(Schema.isUUID()) });

interface LoginLookup {
  person_id: string;
  password_hash: string;
  disabled: boolean;
  membership_id: string | null;
}

const wrongCredentials = () =>
  new TRPCError({ code: "UNAUTHORIZED", message: "The username or password is wrong." });

export const authRouter = router({
  login: sessionProcedure
    .meta({ permission: PUBLIC })
    .input(input(LoginInput))
    .mutation(async ({ ctx, input: { username, password } }) => {
      const { db } = ctx.services;
      const ip = ctx.transport.ip;
      const turn = await inScope(db, anonymousScope, async (tx) => {
        if (!(await beginLoginAttempt(tx, username, ip))) return "limited" as const;
        const [found] = rowsOf<LoginLookup>(
          await tx.execute(sql`select * from polku_login_lookup(${username.trim()})`),
        );
        return found ?? null;
      });
      if (turn === "limited") {
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `Too many failed logins. Try again in ${loginLimits.windowMinutes} minutes.`,
        });
      }
      // Checked with no transaction open (PGlite runs one at a time); an unknown user costs the same.
      const ok =
        (await verifyPassword(turn?.password_hash ?? null, password)) && turn !== null && !turn.disabled;
      if (!ok || !turn) throw wrongCredentials();
      // A session from before the login (session fixation, or a forgotten logout) ends here.
      const previous = ctx.transport.cookie(SESSION_COOKIE);
      const created = await inScope(db, { ...anonymousScope, personId: turn.person_id }, async (tx) => {
        await clearLoginFailures(tx, username);
        if (previous) await revokeSession(tx, sha256(previous));
        return createSession(tx, turn.person_id, turn.membership_id);
      });
      ctx.transport.setCookie(SESSION_COOKIE, created.token, {
        httpOnly: true,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      });
      return { csrfToken: created.csrfToken };
    }),

  logout: sessionProcedure.meta({ permission: AUTHENTICATED }).mutation(async ({ ctx }) => {
    const actor = ctx.actor!;
    await inScope(ctx.services.db, { ...anonymousScope, personId: actor.personId }, (tx) =>
      revokeSession(tx, actor.sessionTokenHash),
    );
    ctx.transport.clearCookie(SESSION_COOKIE);
    return { ok: true as const };
  }),

  /** Who am I, in which roles, and which actions the current one allows (for the portal's navigation). */
  me: procedure.meta({ permission: AUTHENTICATED }).query(async ({ ctx }) => {
    const actor = ctx.actor!;
    const memberships = await ctx.tx
      .select({
        id: schema.membership.id,
        role: schema.membership.role,
        organisationId: schema.organisation.id,
        organisationName: schema.organisation.name,
        organisationKind: schema.organisation.kind,
      })
      .from(schema.membership)
      .innerJoin(schema.organisation, eq(schema.organisation.id, schema.membership.organisationId))
      .where(eq(schema.membership.personId, actor.personId))
      .orderBy(schema.membership.createdAt, schema.membership.id);
    const { authority } = ctx.services;
    return {
      personId: actor.personId,
      firstName: actor.firstName,
      lastName: actor.lastName,
      locale: actor.locale,
      csrfToken: actor.csrfToken,
      current: {
        membershipId: actor.membershipId,
        role: actor.role,
        organisationId: actor.organisationId,
        organisationName: actor.organisationName,
        organisationKind: actor.organisationKind,
      },
      memberships,
      permissions: authority.permissions.filter((p) => authority.can(actor.role, p)),
    };
  }),

  /** Act through another of one's own memberships (a person may be a tutor and a guardian). */
  switchMembership: procedure
    .meta({ permission: AUTHENTICATED })
    .input(input(SwitchInput))
    .mutation(async ({ ctx, input: { membershipId } }) => {
      const actor = ctx.actor!;
      const [own] = await ctx.tx
        .select({ id: schema.membership.id })
        .from(schema.membership)
        .where(and(eq(schema.membership.id, membershipId), eq(schema.membership.personId, actor.personId)));
      if (!own) throw new TRPCError({ code: "NOT_FOUND", message: "That role is not yours." });
      // A change of privileges gets a new session token (and CSRF token): a token that leaked under
      // one role never carries another. The login time carries over, so the 12-hour limit holds.
      const [current] = await ctx.tx
        .select({ createdAt: schema.session.createdAt })
        .from(schema.session)
        .where(eq(schema.session.tokenHash, actor.sessionTokenHash));
      await revokeSession(ctx.tx, actor.sessionTokenHash);
      const created = await createSession(ctx.tx, actor.personId, membershipId, current?.createdAt);
      ctx.transport.setCookie(SESSION_COOKIE, created.token, {
        httpOnly: true,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      });
      return { ok: true as const, csrfToken: created.csrfToken };
    }),
});
