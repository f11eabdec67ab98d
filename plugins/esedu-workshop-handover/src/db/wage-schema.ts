import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "@polku/plugin-sdk/pg-core";
import { handover, handoverSchema } from "./schema.ts";

/** A unit's name as the national requirements give it. */
export interface UnitName {
  readonly fi: string;
  readonly sv: string | null;
  readonly en: string | null;
}

/**
 * Wage-subsidised work (migration 0015): the employer, the period and the subsidy decision it rests on
 * (number, day, and who decided: the TE services, the municipality, another).
 */
export const wageSubsidy = handoverSchema.table(
  "wage_subsidy",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    handoverId: uuid("handover_id").notNull(),
    studentId: uuid("student_id").notNull(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    employerId: uuid("employer_id")
      .notNull()
      .references(() => core.organisation.id),
    stepId: uuid("step_id"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: date("decision_date", { mode: "string" }).notNull(),
    decidedBy: text("decided_by").notNull(),
    /** Which office or municipality, in its own name. */
    deciderName: text("decider_name"),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.handoverId], foreignColumns: [handover.providerId, handover.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    index("wage_subsidy_handover").on(t.providerId, t.handoverId),
    check("wage_subsidy_period", sql`${t.endsOn} >= ${t.startsOn}`),
    check("wage_subsidy_decided_by", sql`${t.decidedBy} in ('te_services', 'municipality', 'other')`),
    check("wage_subsidy_decision_number", sql`length(${t.decisionNumber}) between 1 and 100`),
  ],
);

/** A unit of the qualification completed alongside the work, one at a time, with its progress. */
export const wageSubsidyUnit = handoverSchema.table(
  "wage_subsidy_unit",
  {
    providerId: uuid("provider_id").notNull(),
    wageSubsidyId: uuid("wage_subsidy_id").notNull(),
    studentId: uuid("student_id").notNull(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    unitCode: text("unit_code").notNull(),
    unitName: jsonb("unit_name").$type<UnitName>().notNull(),
    competencePoints: numeric("competence_points", { precision: 5, scale: 1, mode: "number" }),
    status: text("status").notNull().default("planned"),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    changedBy: uuid("changed_by").references(() => core.person.id),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.wageSubsidyId, t.unitCode] }),
    foreignKey({
      columns: [t.providerId, t.wageSubsidyId],
      foreignColumns: [wageSubsidy.providerId, wageSubsidy.id],
    }),
    check(
      "wage_subsidy_unit_status",
      sql`${t.status} in ('planned', 'in_progress', 'demonstrated', 'completed')`,
    ),
  ],
);
