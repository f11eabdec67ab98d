import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";

/**
 * The core's notification outbox and every person's inbox (migration 0013). A plugin records one inside
 * its transaction through `polku.notify` (the app role cannot write the table), keyed by its source and
 * an idempotency key; the core's worker delivers it by email, and the recipient reads it in the portal.
 */
export const notification = pgTable(
  "notification",
  {
    ...tenantColumns,
    providerId: uuid("provider_id")
      .notNull()
      .references(() => organisation.id),
    source: text("source").notNull(),
    key: text("key").notNull(),
    recipientPersonId: uuid("recipient_person_id").references(() => person.id),
    recipientEmail: text("recipient_email"),
    template: text("template").notNull(),
    data: jsonb("data").notNull(),
    channels: text("channels").array().notNull(),
    status: text("status").notNull().default("pending"),
    deliverAt: timestamp("deliver_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
    onBehalfOf: uuid("on_behalf_of").references(() => person.id),
    aboutStudents: uuid("about_students").array().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    unique("notification_source_key").on(t.providerId, t.source, t.key),
    index("notification_due").on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index("notification_inbox")
      .on(t.recipientPersonId, t.deliverAt.desc())
      .where(sql`'inbox' = any (${t.channels})`),
    check(
      "notification_recipient",
      sql`${t.recipientPersonId} is not null or ${t.recipientEmail} is not null`,
    ),
    check(
      "notification_status",
      sql`${t.status} in ('pending', 'sending', 'sent', 'cancelled', 'failed', 'no_email', 'inbox_only')`,
    ),
  ],
);
