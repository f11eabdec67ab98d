import type { Database } from "@polku/db";
import { schema } from "@polku/db";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { sha256 } from "./sessions.ts";

/**
 * Login rate limit. Kept in the database, not in process memory, because any number of API
 * processes may serve logins behind a load balancer: the limit must hold across all of them.
 */
export const loginLimits = {
  windowMinutes: 15,
  /** Failed attempts for one username in the window before it is locked for the rest of the window. */
  perUsername: 5,
  /** Failed attempts from one address in the window (spraying many usernames). */
  perAddress: 30,
} as const;

export const usernameKey = (username: string) => sha256(`polku-login:${username.trim().toLowerCase()}`);

export async function isLoginLimited(db: Database, username: string, ip: string | null): Promise<boolean> {
  const since = sql`now() - make_interval(mins => ${loginLimits.windowMinutes})`;
  const { loginAttempt } = schema;
  const [byName] = await db
    .select({ n: count() })
    .from(loginAttempt)
    .where(
      and(
        eq(loginAttempt.usernameHash, usernameKey(username)),
        eq(loginAttempt.succeeded, false),
        gt(loginAttempt.at, since),
      ),
    );
  if ((byName?.n ?? 0) >= loginLimits.perUsername) return true;
  if (!ip) return false;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.ip, ip), eq(loginAttempt.succeeded, false), gt(loginAttempt.at, since)));
  return (byIp?.n ?? 0) >= loginLimits.perAddress;
}

/**
 * Takes a turn for this username: waits for any other login of the same username to pass this point
 * (a transaction-level advisory lock), then, unless the limit is reached, records the attempt as failed
 * before the password is even checked. Parallel guesses therefore all count, at once.
 * Returns false when the username or the address is locked.
 */
export async function beginLoginAttempt(db: Database, username: string, ip: string | null): Promise<boolean> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${usernameKey(username)}))`);
  if (await isLoginLimited(db, username, ip)) return false;
  await db.insert(schema.loginAttempt).values({ usernameHash: usernameKey(username), ip, succeeded: false });
  return true;
}

/** A successful login clears the username's failures, so a person who mistyped is not locked later. */
export async function clearLoginFailures(db: Database, username: string) {
  await db
    .delete(schema.loginAttempt)
    .where(
      and(
        eq(schema.loginAttempt.usernameHash, usernameKey(username)),
        eq(schema.loginAttempt.succeeded, false),
      ),
    );
}

export async function pruneLoginAttempts(db: Database) {
  await db.delete(schema.loginAttempt).where(lt(schema.loginAttempt.at, sql`now() - interval '1 day'`));
}
