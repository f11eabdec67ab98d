import type { Database } from "@polku/db";
import { rowsOf } from "@polku/db";
import { sql } from "drizzle-orm";
import { beginLoginAttempt, recordLoginSuccess } from "./rate-limit.ts";
import { createSession, revokeSession } from "./sessions.ts";

interface LoginLookup {
  readonly person_id: string;
  readonly password_hash: string | null;
  readonly disabled: boolean;
  readonly membership_id: string | null;
}

export type LoginTurn =
  | { readonly kind: "wait"; readonly seconds: number }
  | { readonly kind: "go"; readonly found: LoginLookup | null };

/**
 * What logging in needs of the database, on the owner's connection: the password hash and the login
 * limit are readable by no role that serves requests. The host builds this once and hands the login
 * procedure only these operations, never the connection.
 */
export interface Accounts {
  /** A login turn: the seconds to wait, or the account found by username (null when there is none). */
  beginLogin(username: string, ip: string | null): Promise<LoginTurn>;
  /**
   * After the password was verified: clears this address's failures, remembers the address, ends the
   * session the browser sent (whoever's it was) and opens a new one.
   */
  completeLogin(login: {
    readonly username: string;
    readonly ip: string | null;
    readonly personId: string;
    readonly membershipId: string | null;
    readonly previousTokenHash: string | null;
  }): Promise<{ token: string; csrfToken: string }>;
  /**
   * Acting through another of the session's person's memberships: a new session (and CSRF token), the
   * login time carried over, and the old one ended. Null when the membership is not that person's or
   * the session is no longer live.
   */
  switchMembership(
    tokenHash: string,
    membershipId: string,
  ): Promise<{ token: string; csrfToken: string } | null>;
  /** Ends the session of this token hash. */
  logout(tokenHash: string): Promise<void>;
}

export function createAccounts(owner: Database): Accounts {
  return {
    beginLogin: (username, ip) =>
      owner.transaction(async (tx) => {
        const wait = await beginLoginAttempt(tx, username, ip);
        if (wait > 0) return { kind: "wait", seconds: wait } as const;
        const [found] = rowsOf<LoginLookup>(
          await tx.execute(sql`select * from polku_login_lookup(${username.trim()})`),
        );
        return { kind: "go", found: found ?? null } as const;
      }),
    completeLogin: (login) =>
      owner.transaction(async (tx) => {
        await recordLoginSuccess(tx, login.username, login.ip);
        if (login.previousTokenHash) await revokeSession(tx, login.previousTokenHash);
        return createSession(tx, login.personId, login.membershipId);
      }),
    switchMembership: (tokenHash, membershipId) =>
      owner.transaction(async (tx) => {
        const [own] = rowsOf<{ person_id: string; created_at: string }>(
          await tx.execute(sql`select s.person_id, s.created_at from session s
            join membership m on m.person_id = s.person_id and m.id = ${membershipId}::uuid
            where s.token_hash = ${tokenHash} and s.revoked_at is null and s.expires_at > now()
            for update of s`),
        );
        if (!own) return null;
        await revokeSession(tx, tokenHash);
        return createSession(tx, own.person_id, membershipId, new Date(own.created_at));
      }),
    logout: (tokenHash) => owner.transaction((tx) => revokeSession(tx, tokenHash)),
  };
}
