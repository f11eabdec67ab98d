import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  inet,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";
import { organisation } from "./organisations.ts";

/** A person who can log in: staff, partner contacts, students and guardians alike. */
export const person = pgTable(
  "person",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    passwordHash: text("password_hash").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    locale: text("locale").notNull().default("fi"),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("person_username").on(sql`lower(${t.username})`)],
);

/** A role a person holds in one organisation. A person acts through one membership at a time. */
export const membership = pgTable(
  "membership",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("membership_unique").on(t.personId, t.organisationId, t.role),
    check(
      "membership_role",
      sql`${t.role} in ('student','guardian','tutor','teacher','welfare','manager','workshop_coach','company_contact','partner_contact','funding_negotiator','region_admin')`,
    ),
  ],
);

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a leaked
 * table cannot be replayed. The CSRF token is bound to the session (synchronizer token pattern).
 * The session is also the request's scope for row-level security: the role, organisation and provider
 * of its membership are kept on it (filled in by a trigger), and the policies read them through the
 * token hash, which no role that serves requests can read or write (0010_scope_from_session).
 */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    membershipId: uuid("membership_id").references(() => membership.id),
    role: text("role"),
    organisationId: uuid("organisation_id"),
    providerId: uuid("provider_id"),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("session_person").on(t.personId)],
);

/**
 * Login attempts, kept in the database so the rate limit holds across any number of API processes.
 * The username is stored as a keyed hash, never in clear.
 */
export const loginAttempt = pgTable(
  "login_attempt",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    usernameHash: text("username_hash").notNull(),
    ip: inet("ip"),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempt_recent").on(t.usernameHash, t.at), index("login_attempt_ip").on(t.ip, t.at)],
);

/**
 * Addresses a username has logged in from successfully (kept 90 days). A username under attack is
 * locked only for other addresses, so its owner can still log in from school or home. Owner-only.
 */
export const loginKnownAddress = pgTable(
  "login_known_address",
  {
    usernameHash: text("username_hash").notNull(),
    ip: inet("ip").notNull(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.usernameHash, t.ip] })],
);
