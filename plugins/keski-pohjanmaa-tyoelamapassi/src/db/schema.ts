import { core } from "@polku/plugin-sdk/db";
import { foreignKey, index, pgSchema, primaryKey, text, timestamp, uuid } from "@polku/plugin-sdk/pg-core";

export const pluginSchema = pgSchema("keski_pohjanmaa_tyoelamapassi");

/** A note on a student, kept by this practice. The provider owns it; row-level security guards it. */
export const entry = pluginSchema.table(
  "entry",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    text: text("text").notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    index("entry_student").on(t.providerId, t.studentId),
  ],
);
