import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt } from "./columns.ts";
import { organisation } from "./organisations.ts";

/**
 * A company's competence need (osaamistarve), stated by its contact in the partner portal: what field
 * or qualification, how many people, from when. Not personal data and not one provider's: every plugin
 * that holds a coachee's or student's competence against local companies' needs (a workshop's competence
 * mapping and job placement, a badge passport) reads the same rows. Row-level security: anyone logged
 * in reads them; only the company's own contacts state and close them (migration 0024).
 */
export const companyCompetenceNeed = pgTable(
  "company_competence_need",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id),
    /** The field or qualification in words (e.g. "Talonrakennus", "Sähköasentaja"). */
    field: text("field").notNull(),
    /** The qualification's six-digit koulutus code, when the need is for one (e.g. 351301). */
    qualificationCode: text("qualification_code"),
    descriptionFi: text("description_fi").notNull(),
    headcount: integer("headcount").notNull().default(1),
    status: text("status").notNull().default("open"),
    neededFrom: date("needed_from", { mode: "string" }),
    neededUntil: date("needed_until", { mode: "string" }),
    createdBy: uuid("created_by").references(() => person.id),
    createdAt: createdAt(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("company_competence_need_open").on(t.status, t.organisationId),
    check("company_competence_need_status", sql`${t.status} in ('open','closed')`),
    check("company_competence_need_headcount", sql`${t.headcount} between 1 and 1000`),
    check(
      "company_competence_need_period",
      sql`${t.neededUntil} is null or ${t.neededFrom} is null or ${t.neededUntil} >= ${t.neededFrom}`,
    ),
    check(
      "company_competence_need_code",
      sql`${t.qualificationCode} is null or ${t.qualificationCode} ~ '^[0-9]{6}$'`,
    ),
  ],
);
