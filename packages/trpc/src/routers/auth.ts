import { schema } from "@polku/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { Data, Schema } from "effect";
import { verifyPassword } from "../auth/password.ts";
import {
  SESSION_ABSOLUTE_HOURS,
  SESSION_COOKIE,
  SESSION_SLIDE_MINUTES,
  SESSION_TTL_MS,
} from "../auth/sessions.ts";
import { procedure, router, sessionProcedure } from "../init.ts";
import { AUTHENTICATED, PUBLIC } from "../permissions.ts";
import { Id, SingleLineText } from "../schemas.ts";
import { input } from "../validation.ts";

const LoginInput = Schema.Struct({
  username: SingleLineText(200).check(Schema.isMinLength(1, { message: "Write your username." })),
  // Any characters a person can type (the input's safety net refuses control characters): only hashed.
  password: Schema.String.check(
    Schema.isMinLength(1, { message: "Write your password." }),
    Schema.isMaxLength(1000, { message: "A password is at most 1,000 characters." }),
  ),
});

const SwitchInput = Schema.Struct({ membershipId: Id });

/** The wait before the next login attempt; crosses the wire with its seconds, for the portal to word. */
export class LoginLimited extends Data.TaggedError("LoginLimited")<{ readonly seconds: number }> {
  override get message() {
    return this.seconds < 60
      ? `Too many failed logins. Try again in ${this.seconds} seconds.`
      : `Too many failed logins. Try again in ${Math.ceil(this.seconds / 60)} minutes.`;
  }
}

const wrongCredentials = () =>
  new TRPCError({ code: "UNAUTHORIZED", message: "The username or password is wrong." });

export const authRouter = router({
  login: sessionProcedure
    .meta({ permission: PUBLIC })
    .input(input(LoginInput))
    .mutation(async ({ ctx, input: { username, password } }) => {
      const ip = ctx.transport.ip;
      const { accounts } = ctx.services;
      const turn = await accounts.beginLogin(username, ip);
      if (turn.kind === "wait") {
        const limited = new LoginLimited({ seconds: turn.seconds });
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: limited.message, cause: limited });
      }
      const found = turn.found;
      // Checked with no transaction open (PGlite runs one at a time); an unknown user costs the same.
      const ok =
        (await verifyPassword(found?.password_hash ?? null, password)) && found !== null && !found.disabled;
      if (!ok || !found) throw wrongCredentials();
      // The session the browser sent (session fixation, a forgotten logout, another person's) ends here.
      const created = await accounts.completeLogin({
        username,
        ip,
        personId: found.person_id,
        membershipId: found.membership_id,
        previousTokenHash: ctx.sessionTokenHash,
      });
      ctx.transport.setCookie(SESSION_COOKIE, created.token, {
        httpOnly: true,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      });
      return { csrfToken: created.csrfToken };
    }),

  logout: sessionProcedure.meta({ permission: AUTHENTICATED }).mutation(async ({ ctx }) => {
    await ctx.services.accounts.logout(ctx.actor!.sessionTokenHash);
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
      .orderBy(schema.membership.createdAt, schema.membership.id)
      // A person holds a few roles; the cap only keeps the list bounded like every other.
      .limit(100);
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
      // For the portal's warning before the session ends: it knows when it last used the session.
      session: {
        endsAtLatest: new Date(actor.loggedInAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
        idleMinutes: SESSION_TTL_MS / 60_000,
        slideMinutes: SESSION_SLIDE_MINUTES,
      },
    };
  }),

  /** Act through another of one's own memberships (a person may be a tutor and a guardian). */
  switchMembership: sessionProcedure
    .meta({ permission: AUTHENTICATED })
    .input(input(SwitchInput))
    .mutation(async ({ ctx, input: { membershipId } }) => {
      // A change of privileges gets a new session token (and CSRF token): a token that leaked under
      // one role never carries another. The login time carries over, so the 12-hour limit holds.
      const created = await ctx.services.accounts.switchMembership(ctx.actor!.sessionTokenHash, membershipId);
      if (!created) throw new TRPCError({ code: "NOT_FOUND", message: "That role is not yours." });
      ctx.transport.setCookie(SESSION_COOKIE, created.token, {
        httpOnly: true,
        maxAgeSeconds: SESSION_TTL_MS / 1000,
      });
      return { ok: true as const, csrfToken: created.csrfToken };
    }),
});
