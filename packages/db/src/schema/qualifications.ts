import { sql } from "drizzle-orm";
import {
  boolean,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

type Named = { code: string | null; name: { fi: string; sv?: string; en?: string } };

/**
 * National qualification requirements (ePerusteet): public data every logged-in person reads, loaded
 * by the owner. A qualification is one version of the requirements, named by its diary number.
 */
export const qualification = pgTable("qualification", {
  id: uuid("id").primaryKey().defaultRandom(),
  diaryNumber: text("diary_number").notNull().unique(),
  educationCodes: text("education_codes").array().notNull(),
  nameFi: text("name_fi").notNull(),
  nameSv: text("name_sv"),
  nameEn: text("name_en"),
  competenceAreas: jsonb("competence_areas").$type<Named[]>().notNull().default(sql`'[]'::jsonb`),
  titles: jsonb("titles").$type<Array<Named["name"]>>().notNull().default(sql`'[]'::jsonb`),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A unit of a qualification's requirements, in the order the requirements list them. */
export const qualificationUnit = pgTable(
  "qualification_unit",
  {
    qualificationId: uuid("qualification_id")
      .notNull()
      .references(() => qualification.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    position: integer("position").notNull(),
    nameFi: text("name_fi").notNull(),
    nameSv: text("name_sv"),
    nameEn: text("name_en"),
    kind: text("kind").$type<"vocational" | "common">().notNull(),
    competencePoints: numeric("competence_points", { precision: 5, scale: 1, mode: "number" }),
    compulsory: boolean("compulsory"),
    subAreas: jsonb("sub_areas").$type<Named[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.qualificationId, t.code] })],
);
