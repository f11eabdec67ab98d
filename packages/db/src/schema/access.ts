import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  inet,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";
import { student } from "./students.ts";

/**
 * The only way a partner organisation sees a provider's student: an explicit, time-bounded grant,
 * resting on the consent of the student (or of a guardian of a minor). Revoking it ends access at once,
 * because row-level security checks it on every query.
 */
export const accessGrant = pgTable(
  "access_grant",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    granteeOrganisationId: uuid("grantee_organisation_id")
      .notNull()
      .references(() => organisation.id),
    scope: text("scope").notNull(),
    consentGivenBy: text("consent_given_by").notNull(),
    consentRecordedAt: timestamp("consent_recorded_at", { withTimezone: true }).notNull().defaultNow(),
    grantedBy: uuid("granted_by").references(() => person.id),
    validFrom: timestamp("valid_from", { withTimezone: true }).notNull().defaultNow(),
    /** Every grant ends: 12 months unless the consent says otherwise, never more than 24. */
    validUntil: timestamp("valid_until", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '12 months'`),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("access_grant_grantee").on(t.granteeOrganisationId, t.studentId),
    index("access_grant_student").on(t.providerId, t.studentId),
    // The scope is one a deployment registered (polku.grant_scope, a foreign key in 0012_scoped_grants).
    check("access_grant_consent_by", sql`${t.consentGivenBy} in ('student','guardian')`),
    // Consent is not forever: a grant ends within 24 months (the API says so when asked for more).
    check("access_grant_at_most_24_months", sql`${t.validUntil} <= ${t.validFrom} + interval '24 months'`),
  ],
);

/**
 * Who read or changed whose data, what, when and from where. Append-only for the application role:
 * it may insert but never read, update or delete.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    providerId: uuid("provider_id").notNull(),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    actorPersonId: uuid("actor_person_id").notNull(),
    actorOrganisationId: uuid("actor_organisation_id"),
    actorRole: text("actor_role"),
    studentId: uuid("student_id"),
    action: text("action").notNull(),
    procedure: text("procedure").notNull(),
    ip: inet("ip"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** False for an attempt that failed or was refused after it had read personal data. */
    succeeded: boolean("succeeded").notNull().default(true),
    /** Welfare (opiskeluhuolto) reads: shown in the trail only to the student and to welfare staff. */
    confidential: boolean("confidential").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    index("audit_student").on(t.providerId, t.studentId, t.at),
  ],
);
