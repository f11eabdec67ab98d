/**
 * The Kaikkien-malli continuation path (chapter 9), schema `kaikkien_jatkopolku`. Every row belongs to
 * one education provider, whose id leads every primary key; row-level security (migrations/0001_rls.sql)
 * guards each table. Partners never read the learner tables directly: a definer function gives them
 * only what each learner agreed to share with them (migrations/0001_rls.sql, `partner_learners`).
 */
import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "@polku/plugin-sdk/pg-core";

export const kaikkienSchema = pgSchema("kaikkien_jatkopolku");

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** A group training for adults' basic skills, each learner solving a challenge of their own everyday life. */
export const training = kaikkienSchema.table(
  "training",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    /** The everyday theme: money, health, job seeking, digital services, other. */
    theme: text("theme").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    /** The follow-up feedback is asked this many weeks after the last day. */
    followUpWeeks: integer("follow_up_weeks").notNull().default(6),
    trainerPersonId: uuid("trainer_person_id").references(() => core.person.id),
    /** The closing: unresolved items were carried into the continuation paths then. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** When the scheduled job created the follow-up feedback requests. */
    feedbackCreatedAt: timestamp("feedback_created_at", { withTimezone: true }),
    /** The trainer's own tick of the checklist's "realistic continuation path" item. */
    realisticPathsConfirmedAt: timestamp("realistic_paths_confirmed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    check("training_dates", sql`${t.endsOn} >= ${t.startsOn}`),
    check("training_follow_up_weeks", sql`${t.followUpWeeks} between 1 and 52`),
    check("training_theme", sql`${t.theme} in ('money','health','job_seeking','digital','other')`),
  ],
);

/** A local partner of a training (an association, public service or foundation) and its roles in it. */
export const trainingPartner = kaikkienSchema.table(
  "training_partner",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    trainingId: uuid("training_id").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    /** expertise (sparring during the training), after_care (helping the learner after it), informing. */
    roles: text("roles").array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    unique("training_partner_once").on(t.providerId, t.trainingId, t.organisationId),
    foreignKey({ columns: [t.providerId, t.trainingId], foreignColumns: [training.providerId, training.id] }),
    index("training_partner_organisation").on(t.organisationId),
    check(
      "training_partner_roles",
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array['expertise','after_care','informing']`,
    ),
  ],
);

/** A step of the partner lifecycle, done on a day, with what was written down (benefits, roles, resources). */
export const partnerStep = kaikkienSchema.table(
  "partner_step",
  {
    providerId: uuid("provider_id").notNull(),
    trainingPartnerId: uuid("training_partner_id").notNull(),
    kind: text("kind").notNull(),
    doneOn: date("done_on", { mode: "string" }).notNull(),
    note: text("note").notNull(),
    recordedBy: uuid("recorded_by").references(() => core.person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.trainingPartnerId, t.kind] }),
    foreignKey({
      columns: [t.providerId, t.trainingPartnerId],
      foreignColumns: [trainingPartner.providerId, trainingPartner.id],
    }).onDelete("cascade"),
    check(
      "partner_step_kind",
      sql`${t.kind} in ('kickoff','agreement','marketing','involvement','reward','closing')`,
    ),
  ],
);

/** A learner of a training: a core student of the provider, with the personal goal and its continuation path. */
export const learner = kaikkienSchema.table(
  "learner",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    trainingId: uuid("training_id").notNull(),
    studentId: uuid("student_id").notNull(),
    /** The everyday challenge the learner solves during the training. */
    challenge: text("challenge").notNull(),
    personalGoal: text("personal_goal").notNull(),
    /** The continuation path is part of the personal goal (the chapter's checklist, first item). */
    continuationPath: text("continuation_path").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    unique("learner_once").on(t.providerId, t.trainingId, t.studentId),
    foreignKey({ columns: [t.providerId, t.trainingId], foreignColumns: [training.providerId, training.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
  ],
);

/**
 * What a learner agreed to share with one partner of the training, resting on a core grant of scope
 * `training-partner` (withdrawing it, or its end, ends the partner's view at once).
 */
export const learnerConsent = kaikkienSchema.table(
  "learner_consent",
  {
    providerId: uuid("provider_id").notNull(),
    learnerId: uuid("learner_id").notNull(),
    trainingPartnerId: uuid("training_partner_id").notNull(),
    grantId: uuid("grant_id").notNull(),
    shareGoal: boolean("share_goal").notNull(),
    shareContinuation: boolean("share_continuation").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.learnerId, t.trainingPartnerId] }),
    foreignKey({ columns: [t.providerId, t.learnerId], foreignColumns: [learner.providerId, learner.id] }),
    foreignKey({
      columns: [t.providerId, t.trainingPartnerId],
      foreignColumns: [trainingPartner.providerId, trainingPartner.id],
    }),
    foreignKey({
      columns: [t.providerId, t.grantId],
      foreignColumns: [core.accessGrant.providerId, core.accessGrant.id],
    }),
  ],
);

/** A part of the challenge: resolved during the training, or carried into the continuation path at the end. */
export const openItem = kaikkienSchema.table(
  "open_item",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    learnerId: uuid("learner_id").notNull(),
    text: text("text").notNull(),
    status: text("status").notNull().default("open"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    carriedAt: timestamp("carried_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.learnerId], foreignColumns: [learner.providerId, learner.id] }),
    check("open_item_status", sql`${t.status} in ('open','resolved','carried')`),
  ],
);

/**
 * A follow-up feedback request: the link's random token is never stored, only its SHA-256; it works
 * once and until `expires_at`. The row keeps only whether (and when) it was used: the answer goes to
 * feedback_answer, apart from the learner (migration 0005). The request role may not read token_hash.
 */
export const feedbackRequest = kaikkienSchema.table(
  "feedback_request",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    trainingId: uuid("training_id").notNull(),
    learnerId: uuid("learner_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    unique("feedback_request_token").on(t.tokenHash),
    unique("feedback_request_once").on(t.providerId, t.learnerId),
    foreignKey({ columns: [t.providerId, t.trainingId], foreignColumns: [training.providerId, training.id] }),
    foreignKey({ columns: [t.providerId, t.learnerId], foreignColumns: [learner.providerId, learner.id] }),
  ],
);

/**
 * A follow-up feedback answer, anonymous: the training and provider only (no learner, no request, no
 * time). No request role reads or writes it; only the plugin's definer functions do (migration 0005).
 */
export const feedbackAnswer = kaikkienSchema.table(
  "feedback_answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    providerId: uuid("provider_id").notNull(),
    trainingId: uuid("training_id").notNull(),
    /** 1-5: how the everyday matter the training was about stands now. */
    situation: smallint("situation").notNull(),
    /** Did the learner go on with a partner after the training? */
    continuedWithPartner: boolean("continued_with_partner"),
    /** What the learner would still need (told to the partners only in aggregate). */
    needs: text("needs").array().notNull().default(sql`'{}'`),
    comment: text("comment"),
  },
  (t) => [
    foreignKey({ columns: [t.providerId, t.trainingId], foreignColumns: [training.providerId, training.id] }),
    check("feedback_answer_situation_check", sql`${t.situation} between 1 and 5`),
  ],
);

/**
 * A meeting with a partner, booked while the training runs: the partner with the trainer, or with one
 * learner (preparing what comes after the training). Times are instants; the feed writes them in
 * Helsinki time with its VTIMEZONE.
 */
export const meeting = kaikkienSchema.table(
  "meeting",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    trainingId: uuid("training_id").notNull(),
    trainingPartnerId: uuid("training_partner_id").notNull(),
    learnerId: uuid("learner_id"),
    title: text("title").notNull(),
    place: text("place").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: createdAt(),
    /** Cancelled, never deleted (migration 0007): who, when and why stay on the row. */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => core.person.id),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.trainingId], foreignColumns: [training.providerId, training.id] }),
    foreignKey({
      columns: [t.providerId, t.trainingPartnerId],
      foreignColumns: [trainingPartner.providerId, trainingPartner.id],
    }),
    foreignKey({ columns: [t.providerId, t.learnerId], foreignColumns: [learner.providerId, learner.id] }),
    index("meeting_training").on(t.providerId, t.trainingId, t.startsAt),
    check(
      "meeting_times",
      sql`${t.endsAt} > ${t.startsAt} and ${t.endsAt} <= ${t.startsAt} + interval '12 hours'`,
    ),
    check(
      "meeting_cancelled",
      sql`(${t.cancelledAt} is null) = (${t.cancelledBy} is null) and (${t.cancelReason} is null or ${t.cancelledAt} is not null)`,
    ),
  ],
);

/**
 * A person's calendar feed: an unguessable token (only its hash here) that a calendar program
 * subscribes to; revoked, it answers nothing. Whose it is decides what it holds: a trainer's own
 * trainings, or a partner contact's organisation's partnerships.
 */
export const calendarFeed = kaikkienSchema.table(
  "calendar_feed",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => core.person.id),
    /** The organisation the person acted for when making it (a partner's feed follows its partnerships). */
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    role: text("role").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("calendar_feed_person").on(t.personId)],
);
