import { sql } from "drizzle-orm";
import {
  boolean,
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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";
import { student } from "./students.ts";

/** A teaching or coaching group of one provider; attendance is marked for a whole group at once. */
export const teachingGroup = pgTable(
  "teaching_group",
  {
    ...tenantColumns,
    name: text("name").notNull(),
    institutionId: uuid("institution_id").references(() => organisation.id),
    qualificationCode: text("qualification_code"),
    startsOn: date("starts_on", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    index("teaching_group_name").on(t.providerId, t.name),
  ],
);

export const groupMember = pgTable(
  "group_member",
  {
    providerId: uuid("provider_id").notNull(),
    groupId: uuid("group_id").notNull(),
    studentId: uuid("student_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.groupId, t.studentId] }),
    foreignKey({
      columns: [t.providerId, t.groupId],
      foreignColumns: [teachingGroup.providerId, teachingGroup.id],
    }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("group_member_student").on(t.providerId, t.studentId),
  ],
);

/**
 * One attendance mark: for a day (lesson '') or for one lesson of the day. The day is the school day
 * in Europe/Helsinki. One mark per student, day and lesson; a correction replaces it.
 */
export const attendanceMark = pgTable(
  "attendance_mark",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    groupId: uuid("group_id"),
    day: date("day", { mode: "string" }).notNull(),
    lesson: text("lesson").notNull().default(""),
    status: text("status").notNull(),
    minutesLate: integer("minutes_late"),
    note: text("note"),
    recordedBy: uuid("recorded_by").references(() => person.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    uniqueIndex("attendance_mark_unique").on(t.providerId, t.studentId, t.day, t.lesson),
    index("attendance_mark_day").on(t.providerId, t.day),
    check("attendance_mark_status", sql`${t.status} in ('present','absent','excused','late')`),
  ],
);

/** An individual or group coaching session, or a community activity; a series links recurring ones. */
export const coachingSession = pgTable(
  "coaching_session",
  {
    ...tenantColumns,
    kind: text("kind").notNull(),
    groupId: uuid("group_id"),
    seriesId: uuid("series_id"),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    location: text("location"),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    goals: text("goals"),
    followUps: text("follow_ups"),
    leaderPersonId: uuid("leader_person_id").references(() => person.id),
    createdBy: uuid("created_by").references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    index("coaching_session_time").on(t.providerId, t.startsAt),
    index("coaching_session_series").on(t.providerId, t.seriesId),
    check("coaching_session_kind", sql`${t.kind} in ('individual','group','community')`),
  ],
);

export const coachingParticipant = pgTable(
  "coaching_participant",
  {
    providerId: uuid("provider_id").notNull(),
    sessionId: uuid("session_id").notNull(),
    studentId: uuid("student_id").notNull(),
    /** null until the session has been held. */
    attended: boolean("attended"),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.sessionId, t.studentId] }),
    foreignKey({
      columns: [t.providerId, t.sessionId],
      foreignColumns: [coachingSession.providerId, coachingSession.id],
    }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("coaching_participant_student").on(t.providerId, t.studentId),
  ],
);

/**
 * A note about a student: `team` notes the student's support team reads, `staff` notes only the
 * provider's staff, `welfare` notes only welfare staff (row-level security enforces all three).
 */
export const coachingNote = pgTable(
  "coaching_note",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    sessionId: uuid("session_id"),
    visibility: text("visibility").notNull(),
    body: text("body").notNull(),
    authorPersonId: uuid("author_person_id")
      .notNull()
      .references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("coaching_note_student").on(t.providerId, t.studentId, t.createdAt),
    check("coaching_note_visibility", sql`${t.visibility} in ('team','staff','welfare')`),
  ],
);

/**
 * A referral to student welfare (counsellor, psychologist, nurse). Confidential: only welfare staff
 * read it. Others see at most that one exists, and only if the student allows (`disclosureAllowed`).
 */
export const welfareReferral = pgTable(
  "welfare_referral",
  {
    ...tenantColumns,
    studentId: uuid("student_id").notNull(),
    service: text("service").notNull(),
    reason: text("reason").notNull(),
    status: text("status").notNull().default("open"),
    disclosureAllowed: boolean("disclosure_allowed").notNull().default(false),
    referredBy: uuid("referred_by").references(() => person.id),
    handledBy: uuid("handled_by").references(() => person.id),
    welfareNote: text("welfare_note"),
    createdAt: createdAt(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.studentId], foreignColumns: [student.providerId, student.id] }),
    index("welfare_referral_student").on(t.providerId, t.studentId),
    check("welfare_referral_service", sql`${t.service} in ('counsellor','psychologist','nurse')`),
    check("welfare_referral_status", sql`${t.status} in ('open','in_progress','closed')`),
  ],
);
