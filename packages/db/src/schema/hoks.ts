import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { student } from "./students.ts";

/**
 * A student's HOKS, kept in the national eHOKS JSON shape (kebab-case keys) so it imports and exports
 * without loss. The tutor drafts it, the student (or the guardian of a minor) approves it.
 */
export const hoks = pgTable(
  "hoks",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    status: text("status").notNull().default("draft"),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    /** Where the document came from: drafted here, or imported from the national service's JSON. */
    origin: text("origin").notNull().default("drafted"),
    firstApprovedOn: date("first_approved_on", { mode: "string" }),
    approvedOn: date("approved_on", { mode: "string" }),
    approvedBy: uuid("approved_by").references(() => person.id),
    updatedBy: uuid("updated_by").references(() => person.id),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    uniqueIndex("hoks_student").on(t.providerId, t.studentId),
    check("hoks_status", sql`${t.status} in ('draft','awaiting_approval','approved')`),
    check("hoks_origin", sql`${t.origin} in ('drafted','imported')`),
  ],
);

/** Progress of one qualification unit of a student's HOKS (the unit's national code, e.g. tutkinnonosat_106915). */
export const unitProgress = pgTable(
  "unit_progress",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    unitCode: text("unit_code").notNull(),
    unitName: text("unit_name"),
    competencePoints: integer("competence_points"),
    status: text("status").notNull().default("not_started"),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    changedBy: uuid("changed_by").references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    uniqueIndex("unit_progress_unit").on(t.providerId, t.studentId, t.unitCode),
    index("unit_progress_changed").on(t.providerId, t.changedOn),
    check(
      "unit_progress_status",
      sql`${t.status} in ('not_started','in_progress','demonstrated','completed')`,
    ),
  ],
);

/** A provider's early-warning thresholds (the domain's EarlyWarningConfig); the domain's defaults when absent. */
export const earlyWarningConfig = pgTable("early_warning_config", {
  providerId: uuid("provider_id").primaryKey(),
  config: jsonb("config").$type<Record<string, unknown>>().notNull(),
  updatedBy: uuid("updated_by").references(() => person.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Who marked which student's early warning handled (or opened it again), when, with what note, and the
 * signals (the domain's signal keys) seen then: a signal not among them opens the warning again. Rows are
 * only ever added, so the history stays; the latest row per student is the warning's state.
 */
export const earlyWarningHandling = pgTable(
  "early_warning_handling",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    action: text("action").notNull(),
    note: text("note"),
    signals: jsonb("signals").$type<string[]>().notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("early_warning_handling_student").on(t.providerId, t.studentId, t.createdAt),
    check("early_warning_handling_action", sql`${t.action} in ('handled','reopened')`),
  ],
);
