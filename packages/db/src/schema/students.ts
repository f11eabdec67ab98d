import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";

/** A student of one education provider, with the study right the provider's work is about. */
export const student = pgTable(
  "student",
  {
    ...tenantColumns,
    personId: uuid("person_id").references(() => person.id),
    institutionId: uuid("institution_id").references(() => organisation.id),
    learnerOid: text("learner_oid"),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    email: text("email"),
    phone: text("phone"),
    studyRightOid: text("study_right_oid"),
    studyRightState: text("study_right_state").notNull().default("lasna"),
    qualificationCode: text("qualification_code"),
    qualificationName: text("qualification_name"),
    expectedGraduation: date("expected_graduation", { mode: "string" }),
    /**
     * Was the student employed in the year before the training? Only those who were not count in the
     * placement criterion of the funding (DOMAIN.md). Null: not recorded.
     */
    employedBeforeTraining: boolean("employed_before_training"),
    tutorPersonId: uuid("tutor_person_id").references(() => person.id),
    phase: text("phase").notNull().default("onboarding"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId], foreignColumns: [organisation.id] }),
    index("student_name").on(t.providerId, t.lastName, t.firstName),
    index("student_person").on(t.personId),
    check(
      "student_study_right_state",
      sql`${t.studyRightState} in ('lasna','valiaikaisestikeskeytynyt','loma','eronnut','katsotaaneronneeksi','valmistunut','peruutettu','mitatoity')`,
    ),
    check(
      "student_phase",
      sql`${t.phase} in ('onboarding','studies','work_life_learning','graduation','continuation','outcome')`,
    ),
  ],
);

/** A guardian of a student; rights follow from the student being a minor, which the rules check. */
export const guardian = pgTable(
  "guardian",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    personId: uuid("person_id").references(() => person.id),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("guardian_student").on(t.providerId, t.studentId),
    index("guardian_person").on(t.personId),
  ],
);

/** People around one student: tutor, teachers, welfare staff, guardians, coaches, mentors. */
export const supportTeamMember = pgTable(
  "support_team_member",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => person.id),
    organisationId: uuid("organisation_id").references(() => organisation.id),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("support_team_student").on(t.providerId, t.studentId),
  ],
);
