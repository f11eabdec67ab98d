import type { Database } from "@polku/db";
import { rowsOf, schema } from "@polku/db";
import { and, eq, lt, sql } from "drizzle-orm";
import { sha256 } from "./sessions.ts";

/**
 * The login limit, kept in the database (any number of API processes share it) and run on the owner's
 * connection only: no request can read or reset it.
 *
 * It slows guessing without handing anyone a weapon. Failures past a threshold make the next attempt wait,
 * and the wait doubles with each further failure (30 s, 1 min, 2 min, ... up to 15 min). The waits apply
 * where the guessing comes from, not to the account's owner:
 * - per username, counting failures from addresses the username has never logged in from: so five wrong
 *   passwords from elsewhere do not lock the student out at school or at home;
 * - per username and known address, on its own count: guessing from a known address is slowed too;
 * - per address (spraying many usernames), except for usernames that have logged in from that address
 *   before: a school's shared NAT address keeps working for the students who use it.
 */
export const loginLimits = {
  windowMinutes: 15,
  /** Failures of one username (from unknown addresses, or from one known address) before waits begin. */
  perUsername: 5,
  /** Failures from one address, across usernames unknown there, before waits begin. */
  perAddress: 30,
  /** The first wait; each further failure doubles it. */
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  /** How long a successful login makes an address known for the username. */
  knownAddressDays: 90,
} as const;

export const usernameKey = (username: string) => sha256(`polku-login:${username.trim().toLowerCase()}`);

/** Seconds until the next attempt is allowed after `failures` failures, the last at `lastAt`. */
export function waitSeconds(failures: number, threshold: number, lastAt: Date | null, now: Date): number {
  if (failures < threshold || !lastAt) return 0;
  const delay = Math.min(
    loginLimits.firstDelaySeconds * 2 ** (failures - threshold),
    loginLimits.maxDelaySeconds,
  );
  return Math.max(0, Math.ceil((lastAt.getTime() + delay * 1000 - now.getTime()) / 1000));
}

interface Counts {
  known: boolean;
  user_failures: number;
  user_last: string | null;
  pair_failures: number;
  pair_last: string | null;
  ip_failures: number;
  ip_last: string | null;
  now: string;
}

/** How long this username must wait from this address; 0 when it may try now. */
export async function loginWait(db: Database, username: string, ip: string | null): Promise<number> {
  const key = usernameKey(username);
  const since = sql`now() - make_interval(mins => ${loginLimits.windowMinutes})`;
  const [c] = rowsOf<Counts>(
    await db.execute(sql`
      with known as (
        select ip from login_known_address
        where username_hash = ${key} and last_success_at > now() - make_interval(days => ${loginLimits.knownAddressDays})
      )
      select
        exists (select 1 from known where ip = ${ip}::inet) as known,
        (select count(*)::int from login_attempt a where a.username_hash = ${key} and not a.succeeded
           and a.at > ${since} and (a.ip is null or a.ip not in (select ip from known))) as user_failures,
        (select max(a.at) from login_attempt a where a.username_hash = ${key} and not a.succeeded
           and a.at > ${since} and (a.ip is null or a.ip not in (select ip from known))) as user_last,
        (select count(*)::int from login_attempt a where a.username_hash = ${key} and not a.succeeded
           and a.at > ${since} and a.ip = ${ip}::inet) as pair_failures,
        (select max(a.at) from login_attempt a where a.username_hash = ${key} and not a.succeeded
           and a.at > ${since} and a.ip = ${ip}::inet) as pair_last,
        (select count(*)::int from login_attempt a where a.ip = ${ip}::inet and not a.succeeded
           and a.at > ${since}) as ip_failures,
        (select max(a.at) from login_attempt a where a.ip = ${ip}::inet and not a.succeeded
           and a.at > ${since}) as ip_last,
        now() as now`),
  );
  if (!c) return 0;
  const now = new Date(c.now);
  const at = (value: string | null) => (value ? new Date(value) : null);
  if (c.known) return waitSeconds(c.pair_failures, loginLimits.perUsername, at(c.pair_last), now);
  return Math.max(
    waitSeconds(c.user_failures, loginLimits.perUsername, at(c.user_last), now),
    ip ? waitSeconds(c.ip_failures, loginLimits.perAddress, at(c.ip_last), now) : 0,
  );
}

/**
 * Takes a turn for this username: waits for any other login of the same username to pass this point
 * (a transaction-level advisory lock), then, unless it must wait, records the attempt as failed before
 * the password is even checked. Parallel guesses therefore all count, at once.
 * Returns the seconds to wait, or 0 when the attempt was recorded and may go on.
 */
export async function beginLoginAttempt(db: Database, username: string, ip: string | null): Promise<number> {
  // Bounded: a lock held elsewhere must not hold the owner's few connections with it.
  await db.execute(sql`select set_config('lock_timeout', '5s', true)`);
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${usernameKey(username)}))`);
  const wait = await loginWait(db, username, ip);
  if (wait > 0) return wait;
  await db.insert(schema.loginAttempt).values({ usernameHash: usernameKey(username), ip, succeeded: false });
  return 0;
}

/**
 * A successful login clears the username's failures from this address (those from elsewhere keep
 * counting) and makes the address known for the username.
 */
export async function recordLoginSuccess(db: Database, username: string, ip: string | null) {
  const key = usernameKey(username);
  const { loginAttempt, loginKnownAddress } = schema;
  await db
    .delete(loginAttempt)
    .where(
      and(
        eq(loginAttempt.usernameHash, key),
        eq(loginAttempt.succeeded, false),
        ip ? eq(loginAttempt.ip, ip) : sql`${loginAttempt.ip} is null`,
      ),
    );
  if (!ip) return;
  await db
    .insert(loginKnownAddress)
    .values({ usernameHash: key, ip })
    .onConflictDoUpdate({
      target: [loginKnownAddress.usernameHash, loginKnownAddress.ip],
      set: { lastSuccessAt: sql`now()` },
    });
}

export async function pruneLoginAttempts(db: Database) {
  await db.delete(schema.loginAttempt).where(lt(schema.loginAttempt.at, sql`now() - interval '1 day'`));
  await db
    .delete(schema.loginKnownAddress)
    .where(
      lt(
        schema.loginKnownAddress.lastSuccessAt,
        sql`now() - make_interval(days => ${loginLimits.knownAddressDays})`,
      ),
    );
}
