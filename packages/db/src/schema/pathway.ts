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
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";
import { student } from "./students.ts";

/**
 * One step on a student's pathway. The kind comes from the step-kind registry, which plugins extend,
 * so it is not a database enum; the API checks it against the deployment's registry.
 */
export const pathwayStep = pgTable(
  "pathway_step",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    kind: text("kind").notNull(),
    phase: text("phase").notNull(),
    status: text("status").notNull().default("planned"),
    organisationId: uuid("organisation_id").references(() => organisation.id),
    recordedBy: uuid("recorded_by").references(() => person.id),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    note: text("note"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** The latest correction or cancellation (the whole history is in pathway_step_revision). */
    revisedAt: timestamp("revised_at", { withTimezone: true }),
    revisedBy: uuid("revised_by").references(() => person.id),
    revisionReason: text("revision_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("pathway_step_student").on(t.providerId, t.studentId, t.createdAt),
    check("pathway_step_status", sql`${t.status} in ('planned','in_progress','done','cancelled')`),
  ],
);

/** What a step was before each correction or cancellation: append-only, never deleted. */
export interface StepBefore {
  readonly kind: string;
  readonly status: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly note: string | null;
}

export const pathwayStepRevision = pgTable(
  "pathway_step_revision",
  {
    ...tenantColumns,
    stepId: uuid("step_id").notNull(),
    studentId: uuid("student_id").notNull(),
    action: text("action").$type<"corrected" | "cancelled">().notNull(),
    reason: text("reason").notNull(),
    previous: jsonb("previous").$type<StepBefore>().notNull(),
    revisedBy: uuid("revised_by")
      .notNull()
      .references(() => person.id),
    revisedAt: timestamp("revised_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.stepId],
      foreignColumns: [pathwayStep.providerId, pathwayStep.id],
    }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("pathway_step_revision_step").on(t.providerId, t.stepId, t.revisedAt),
  ],
);

/** Where a student ended up: the fact outcome-based funding rests on. */
export const outcome = pgTable(
  "outcome",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    kind: text("kind").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    employmentMonths: integer("employment_months"),
    organisationId: uuid("organisation_id").references(() => organisation.id),
    recordedBy: uuid("recorded_by").references(() => person.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("outcome_student").on(t.providerId, t.studentId),
  ],
);
