import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  check,
  date,
  foreignKey,
  index,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "@polku/plugin-sdk/pg-core";

export const handoverSchema = pgSchema("esedu_workshop_handover");

/**
 * A graduating student handed over to a youth workshop. The workshop's access rests on the core
 * access grant made with it (on the student's or a guardian's consent); withdrawing the consent
 * revokes that grant and marks the handover withdrawn.
 */
export const handover = handoverSchema.table(
  "handover",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    grantId: uuid("grant_id").notNull(),
    /** Why the student needs the path: no job and no study place at graduation, or one of them. */
    situation: text("situation").notNull(),
    graduationDate: date("graduation_date", { mode: "string" }),
    note: text("note"),
    status: text("status").notNull().default("active"),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    foreignKey({
      columns: [t.providerId, t.grantId],
      foreignColumns: [core.accessGrant.providerId, core.accessGrant.id],
    }),
    index("handover_workshop").on(t.workshopId, t.status),
    index("handover_student").on(t.providerId, t.studentId),
    check("handover_situation", sql`${t.situation} in ('no_job_no_study','no_job','no_study_place')`),
    check("handover_status", sql`${t.status} in ('active','ended','withdrawn')`),
  ],
);
