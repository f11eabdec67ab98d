/**
 * The #Valmennus practice's own tables (schema `lappi_valmennus`). Every row belongs to one education
 * provider, whose id leads every primary key; row-level security (migrations/0001_rls.sql) guards them
 * as it does the core's.
 */
import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "@polku/plugin-sdk/pg-core";

export const valmennusSchema = pgSchema("lappi_valmennus");

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * A student in the programme: the cohort (the autumn the studies began) and, once the first year is
 * over, where the student is. A student who moved to a better-suited field counts as a success.
 */
export const participant = valmennusSchema.table(
  "participant",
  {
    providerId: uuid("provider_id").notNull(),
    studentId: uuid("student_id").notNull(),
    cohortYear: integer("cohort_year").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    groupId: uuid("group_id"),
    firstYearOutcome: text("first_year_outcome"),
    outcomeRecordedOn: date("outcome_recorded_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.studentId] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    foreignKey({
      columns: [t.providerId, t.groupId],
      foreignColumns: [core.teachingGroup.providerId, core.teachingGroup.id],
    }),
    index("participant_cohort").on(t.providerId, t.cohortYear),
    check("participant_cohort_year", sql`${t.cohortYear} between 2000 and 2100`),
    check(
      "participant_outcome",
      sql`${t.firstYearOutcome} in ('continuing','changed_field','graduated','dropped_out')`,
    ),
  ],
);

/**
 * A start-of-studies task done for one student: the initial situation and support needs, the initial
 * interview, going through the screening results with the student, introducing the services. The
 * HOKS and the screenings themselves are read from where they are kept (core `hoks`, `screening`).
 */
export const startTask = valmennusSchema.table(
  "start_task",
  {
    providerId: uuid("provider_id").notNull(),
    studentId: uuid("student_id").notNull(),
    task: text("task").notNull(),
    doneOn: date("done_on", { mode: "string" }).notNull(),
    doneBy: uuid("done_by").references(() => core.person.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.studentId, t.task] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [participant.providerId, participant.studentId],
    }),
    check(
      "start_task_task",
      sql`${t.task} in ('initial_situation','support_needs','initial_interview','screening_reviewed','services_introduced')`,
    ),
  ],
);

/** A reading (luki) or maths screening result, and when it was gone through with the student. */
export const screening = valmennusSchema.table(
  "screening",
  {
    providerId: uuid("provider_id").notNull(),
    studentId: uuid("student_id").notNull(),
    kind: text("kind").notNull(),
    takenOn: date("taken_on", { mode: "string" }).notNull(),
    result: text("result").notNull(),
    score: integer("score"),
    note: text("note"),
    reviewedOn: date("reviewed_on", { mode: "string" }),
    recordedBy: uuid("recorded_by").references(() => core.person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.studentId, t.kind] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [participant.providerId, participant.studentId],
    }),
    check("screening_kind", sql`${t.kind} in ('reading','maths')`),
    check("screening_result", sql`${t.result} in ('no_need','some_support','support_needed')`),
    check("screening_score", sql`${t.score} between 0 and 1000`),
  ],
);

/** A group's coaching plan for a term: what the group and individual coaching aim at. */
export const coachingPlan = valmennusSchema.table(
  "coaching_plan",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    groupId: uuid("group_id").notNull(),
    termStart: date("term_start", { mode: "string" }).notNull(),
    termEnd: date("term_end", { mode: "string" }).notNull(),
    groupGoals: text("group_goals").notNull(),
    individualGoals: text("individual_goals").notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.groupId],
      foreignColumns: [core.teachingGroup.providerId, core.teachingGroup.id],
    }),
    unique("coaching_plan_group_term").on(t.providerId, t.groupId, t.termStart),
    check("coaching_plan_term", sql`${t.termStart} <= ${t.termEnd}`),
  ],
);

/**
 * One scheduled item of a plan: a group or individual coaching round, community activity, or the
 * welfare staff's outreach visit to the group. Marked done on the day it happened.
 */
export const planItem = valmennusSchema.table(
  "plan_item",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    planId: uuid("plan_id").notNull(),
    kind: text("kind").notNull(),
    plannedOn: date("planned_on", { mode: "string" }).notNull(),
    /** Local Helsinki time "HH:MM", or null for an item without a set time. */
    startsAt: text("starts_at"),
    title: text("title").notNull(),
    place: text("place"),
    responsiblePersonId: uuid("responsible_person_id").references(() => core.person.id),
    doneOn: date("done_on", { mode: "string" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.planId],
      foreignColumns: [coachingPlan.providerId, coachingPlan.id],
    }),
    index("plan_item_plan").on(t.providerId, t.planId, t.plannedOn),
    check(
      "plan_item_kind",
      sql`${t.kind} in ('group_coaching','individual_coaching','community','outreach')`,
    ),
    check("plan_item_starts_at", sql`${t.startsAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/** Hours a team member plans to give the programme in a year (the pilot planned 40 to 100). */
export const hoursPlan = valmennusSchema.table(
  "hours_plan",
  {
    providerId: uuid("provider_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => core.person.id),
    year: integer("year").notNull(),
    plannedHours: integer("planned_hours").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.personId, t.year] }),
    check("hours_plan_hours", sql`${t.plannedHours} between 0 and 2000`),
  ],
);

/** Hours one team member spent on the programme on one day, by activity. */
export const hoursEntry = valmennusSchema.table(
  "hours_entry",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => core.person.id),
    workedOn: date("worked_on", { mode: "string" }).notNull(),
    hours: numeric("hours", { precision: 4, scale: 2, mode: "number" }).notNull(),
    activity: text("activity").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    index("hours_entry_person").on(t.providerId, t.personId, t.workedOn),
    check("hours_entry_hours", sql`${t.hours} > 0 and ${t.hours} <= 24`),
    check(
      "hours_entry_activity",
      sql`${t.activity} in ('individual_coaching','group_coaching','outreach','guardian_contact','planning','other')`,
    ),
  ],
);

/**
 * Figures of an earlier cohort, from before Polku, that managers enter so the programme's cohorts can be
 * compared with them: how many started, how many were still studying after the first year, and how many
 * of those who left had moved to a better-suited field.
 */
export const cohortBaseline = valmennusSchema.table(
  "cohort_baseline",
  {
    providerId: uuid("provider_id").notNull(),
    cohortYear: integer("cohort_year").notNull(),
    students: integer("students").notNull(),
    stillStudying: integer("still_studying").notNull(),
    changedField: integer("changed_field").notNull(),
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.cohortYear] }),
    check("cohort_baseline_year", sql`${t.cohortYear} between 2000 and 2100`),
    check(
      "cohort_baseline_counts",
      sql`${t.students} > 0 and ${t.stillStudying} >= 0 and ${t.changedField} >= 0 and ${t.stillStudying} + ${t.changedField} <= ${t.students}`,
    ),
  ],
);

/** A short feedback survey for the students or the support team. */
export const survey = valmennusSchema.table(
  "survey",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    title: text("title").notNull(),
    audience: text("audience").notNull(),
    opensOn: date("opens_on", { mode: "string" }).notNull(),
    closesOn: date("closes_on", { mode: "string" }).notNull(),
    /** [{ id, text, kind: "scale" (1–5) | "text" }] */
    questions: jsonb("questions").notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    check("survey_audience", sql`${t.audience} in ('student','team')`),
    check("survey_period", sql`${t.opensOn} <= ${t.closesOn}`),
  ],
);

/**
 * An answer, kept apart from who answered so results stay anonymous. It carries no date (a day would
 * match it to a respondent), and the application role can neither read nor write it: answers go in
 * through `lappi_valmennus.answer_survey` with their respondent row, and come out only as the
 * aggregates of `lappi_valmennus.survey_results` (migrations/0005_survey_anonymity.sql).
 */
export const surveyAnswer = valmennusSchema.table(
  "survey_answer",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    surveyId: uuid("survey_id").notNull(),
    /** { [questionId]: number (1–5) | string } */
    answers: jsonb("answers").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.surveyId], foreignColumns: [survey.providerId, survey.id] }),
    index("survey_answer_survey").on(t.providerId, t.surveyId),
  ],
);

/** Who has answered a survey (not what): each person answers once. */
export const surveyRespondent = valmennusSchema.table(
  "survey_respondent",
  {
    providerId: uuid("provider_id").notNull(),
    surveyId: uuid("survey_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => core.person.id),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.surveyId, t.personId] }),
    foreignKey({ columns: [t.providerId, t.surveyId], foreignColumns: [survey.providerId, survey.id] }),
  ],
);

/**
 * The same-day absence notice to one guardian for one day: it lists that day's unexplained absences of
 * all the guardian's minor wards at the provider. Recorded in the transaction that saved the first such
 * mark; the core's notifications deliver it (keyed `notice:<id>`, see notices/record.ts), and the
 * guardian acknowledges and answers it here. A guardian is one recipient however many wards they
 * have: `recipient_key` is their person id, or their email for a guardian without an account.
 */
export const notice = valmennusSchema.table(
  "notice",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    recipientKey: text("recipient_key").notNull(),
    /** The guardian's account, when they have one: they read and answer the notice in the portal. */
    guardianPersonId: uuid("guardian_person_id").references(() => core.person.id),
    day: date("day", { mode: "string" }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => core.person.id),
    /** The staff member whose mark recorded the notice: the email goes out on their behalf (audit). */
    recordedBy: uuid("recorded_by").references(() => core.person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    unique("notice_recipient_day").on(t.providerId, t.recipientKey, t.day),
    index("notice_guardian").on(t.guardianPersonId, t.day),
    index("notice_day").on(t.providerId, t.day),
  ],
);

/** A guardian's reply to a notice, read by the student's staff. */
export const noticeReply = valmennusSchema.table(
  "notice_reply",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    noticeId: uuid("notice_id").notNull(),
    authorPersonId: uuid("author_person_id")
      .notNull()
      .references(() => core.person.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.noticeId], foreignColumns: [notice.providerId, notice.id] }),
    index("notice_reply_notice").on(t.providerId, t.noticeId),
  ],
);

/** When the provider's notices of a day go out (Helsinki time); 15:00 unless a manager sets it. */
export const noticeSettings = valmennusSchema.table(
  "notice_settings",
  {
    providerId: uuid("provider_id").primaryKey(),
    sendAt: text("send_at").notNull().default("15:00"),
  },
  (t) => [check("notice_settings_send_at", sql`${t.sendAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)],
);
