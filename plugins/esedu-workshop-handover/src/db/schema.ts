import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "@polku/plugin-sdk/pg-core";
import type { PacketBadge, PacketPlan, PacketUnit } from "../packet.ts";

export const handoverSchema = pgSchema("esedu_workshop_handover");

/**
 * The agreement between a provider and a workshop on the content of the continuation service (seed
 * 000: "työpaja sopii koulutuksen järjestäjän kanssa jatkopolutuksen tarkemmasta sisällöstä"): which
 * services, for how long per coachee, with what resources, over which period. Never edited: a new
 * agreement replaces an old one, so each handover keeps pointing at what was agreed when it was made.
 */
export const serviceAgreement = handoverSchema.table(
  "service_agreement",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    title: text("title").notNull(),
    services: text("services").array().notNull(),
    /** How long the path with one coachee lasts at most, in weeks. */
    weeksPerCoachee: integer("weeks_per_coachee").notNull(),
    /** Coaches, hours, places, money: in the parties' own words. */
    resources: text("resources").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    index("service_agreement_workshop").on(t.workshopId),
    check("service_agreement_period", sql`${t.validUntil} >= ${t.validFrom}`),
    check("service_agreement_weeks", sql`${t.weeksPerCoachee} between 1 and 104`),
    check(
      "service_agreement_services",
      sql`cardinality(${t.services}) > 0 and ${t.services} <@ array['competence-mapping','work-trial','wage-subsidised-work','job-placement','company-networks','unit-completion','skills-upkeep']::text[]`,
    ),
  ],
);

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
    /** The tutor's notes to the workshop: part of the packet, kept only when the consent covers them. */
    note: text("note"),
    agreementId: uuid("agreement_id"),
    /** What the consent covers, recorded with it: the packet holds only these parts (packet.ts). */
    consentCovers: text("consent_covers").array().notNull().default(sql`'{}'::text[]`),
    /** Units of the HOKS the student has completed, as the tutor's view showed them when handing over. */
    competence: jsonb("competence").$type<PacketUnit[]>(),
    careerGoals: text("career_goals"),
    /** The continuation plan made with the student before graduation (with the career goals, migration 0014). */
    continuationPlan: jsonb("continuation_plan").$type<PacketPlan>(),
    /** Badges the student has earned, when the deployment has the passport plugin (with the competence). */
    badges: jsonb("badges").$type<PacketBadge[]>(),
    supportThatWorked: text("support_that_worked"),
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
    foreignKey({
      columns: [t.providerId, t.agreementId],
      foreignColumns: [serviceAgreement.providerId, serviceAgreement.id],
    }),
    index("handover_workshop").on(t.workshopId, t.status),
    index("handover_student").on(t.providerId, t.studentId),
    check("handover_situation", sql`${t.situation} in ('no_job_no_study','no_job','no_study_place')`),
    check("handover_status", sql`${t.status} in ('active','ended','withdrawn')`),
  ],
);

/**
 * A work trial (työkokeilu) at a company: the period, its goals, and the company's feedback. The company
 * sees the coachee only through the `work-trial` grant made with the trial, which ends with it.
 */
export const workTrial = handoverSchema.table(
  "work_trial",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    handoverId: uuid("handover_id").notNull(),
    studentId: uuid("student_id").notNull(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    companyId: uuid("company_id")
      .notNull()
      .references(() => core.organisation.id),
    grantId: uuid("grant_id").notNull(),
    stepId: uuid("step_id"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    goals: text("goals").notNull(),
    status: text("status").notNull().default("active"),
    feedback: text("feedback"),
    /** The company's view: would it hire, or take the coachee on for wage-subsidised work. */
    wouldHire: boolean("would_hire"),
    feedbackBy: uuid("feedback_by").references(() => core.person.id),
    feedbackAt: timestamp("feedback_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.handoverId],
      foreignColumns: [handover.providerId, handover.id],
    }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    foreignKey({
      columns: [t.providerId, t.grantId],
      foreignColumns: [core.accessGrant.providerId, core.accessGrant.id],
    }),
    index("work_trial_company").on(t.companyId, t.status),
    index("work_trial_handover").on(t.providerId, t.handoverId),
    check("work_trial_period", sql`${t.endsOn} >= ${t.startsOn}`),
    check("work_trial_status", sql`${t.status} in ('active','ended')`),
  ],
);

/**
 * What an outcome rests on: who recorded it (the core's outcome row says so too) and on what evidence,
 * and for employment whether it lasted the two months the funding rule counts.
 */
export const outcomeEvidence = handoverSchema.table(
  "outcome_evidence",
  {
    providerId: uuid("provider_id").notNull(),
    outcomeId: uuid("outcome_id").notNull(),
    handoverId: uuid("handover_id").notNull(),
    studentId: uuid("student_id").notNull(),
    evidence: text("evidence").notNull(),
    description: text("description"),
    startsOn: date("starts_on", { mode: "string" }),
    lastedTwoMonths: boolean("lasted_two_months"),
    recordedBy: uuid("recorded_by").references(() => core.person.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.outcomeId] }),
    foreignKey({
      columns: [t.providerId, t.outcomeId],
      foreignColumns: [core.outcome.providerId, core.outcome.id],
    }),
    foreignKey({
      columns: [t.providerId, t.handoverId],
      foreignColumns: [handover.providerId, handover.id],
    }),
    check(
      "outcome_evidence_kind",
      sql`${t.evidence} in ('employment_contract','employer_confirmation','payslip','study_admission','student_statement','register','other')`,
    ),
  ],
);

/** A meeting with the coachee (kick-off, follow-up, closing): a timed event in the workshop's calendar. */
export const meeting = handoverSchema.table(
  "meeting",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    handoverId: uuid("handover_id").notNull(),
    studentId: uuid("student_id").notNull(),
    workshopId: uuid("workshop_id")
      .notNull()
      .references(() => core.organisation.id),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    place: text("place"),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.handoverId],
      foreignColumns: [handover.providerId, handover.id],
    }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    index("meeting_workshop").on(t.workshopId, t.startsAt),
    check("meeting_period", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A person's calendar feed (RFC 5545) behind an unguessable token: only its SHA-256 is stored, so the
 * address is shown once; revoking it ends the feed at once. The URL carries nothing else.
 */
export const calendarFeed = handoverSchema.table(
  "calendar_feed",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: uuid("person_id")
      .notNull()
      .references(() => core.person.id),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feed_person").on(t.personId)],
);

/**
 * The continuation path planned with a graduating student while still studying (seed 000, migration
 * 0014): the path and the goal in words, one plan per student, shown in the student's goals.
 */
export const continuationPlan = handoverSchema.table(
  "continuation_plan",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    path: text("path").notNull(),
    goal: text("goal").notNull(),
    agreedOn: date("agreed_on", { mode: "string" }).notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => core.person.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    uniqueIndex("continuation_plan_student").on(t.providerId, t.studentId),
    check(
      "continuation_plan_path",
      sql`${t.path} in ('youth_workshop','further_studies','job_search','apprenticeship','wage_subsidised_work','rehabilitation','other')`,
    ),
    check("continuation_plan_goal", sql`length(${t.goal}) between 1 and 2000`),
  ],
);
