import { core } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  check,
  customType,
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

export const pluginSchema = pgSchema("keski_pohjanmaa_tyoelamapassi");

/** Words in the three languages of the portal (Finnish always; Swedish and English where written). */
export type Words = { fi: string; sv?: string; en?: string };

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The region's badge catalogue: a badge class is the stable thing a learner pursues; what it says lives in
 * its versions. Not personal data: every signed-in person may read it; the keepers change it.
 */
export const badgeClass = pluginSchema.table(
  "badge_class",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** A readable, stable part of the badge's public address (`asiakaspalvelu-yrityksessa`). */
    slug: text("slug").notNull(),
    currentVersion: integer("current_version").notNull().default(1),
    keptBy: uuid("kept_by")
      .notNull()
      .references(() => core.organisation.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("badge_class_slug").on(t.slug),
    check("badge_class_slug_form", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

/**
 * One version of a badge class, never changed once written: a badge pursued or issued under version 2
 * keeps version 2's criteria, whatever version 3 says.
 */
export const badgeVersion = pluginSchema.table(
  "badge_version",
  {
    badgeClassId: uuid("badge_class_id")
      .notNull()
      .references(() => badgeClass.id),
    version: integer("version").notNull(),
    name: jsonb("name").$type<Words>().notNull(),
    description: jsonb("description").$type<Words>().notNull(),
    criteria: jsonb("criteria").$type<Words>().notNull(),
    learningGoals: jsonb("learning_goals").$type<Words[]>().notNull(),
    /** What evidence it needs, in words for the learner. */
    evidence: jsonb("evidence").$type<Words>().notNull(),
    /** Who may assess it: a teacher of the learner's provider, a contact of one of `assessorOrganisations`. */
    assessorRoles: text("assessor_roles").array().notNull(),
    assessorOrganisations: uuid("assessor_organisations").array().notNull(),
    /** Versions written before the link to the core's needs said the need in words; new ones link (badge_version_need). */
    competenceNeed: jsonb("competence_need").$type<Words>(),
    /** The local working-life skills it stands for. */
    skills: text("skills").array().notNull(),
    /** How long an issued badge is valid; none: for good. */
    validityMonths: integer("validity_months"),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.badgeClassId, t.version] }),
    check("badge_version_positive", sql`${t.version} >= 1`),
    check(
      "badge_version_validity",
      sql`${t.validityMonths} is null or ${t.validityMonths} between 1 and 120`,
    ),
    check("badge_version_roles", sql`${t.assessorRoles} <@ array['teacher','company_contact']::text[]`),
  ],
);

/**
 * The company competence needs (the core's `company_competence_need`) a badge version answers: the link
 * only, so a need is kept in one place, shared with the continuation work. Written with the version.
 */
export const badgeVersionNeed = pluginSchema.table(
  "badge_version_need",
  {
    badgeClassId: uuid("badge_class_id").notNull(),
    version: integer("version").notNull(),
    needId: uuid("need_id")
      .notNull()
      .references(() => core.companyCompetenceNeed.id),
  },
  (t) => [
    primaryKey({ columns: [t.badgeClassId, t.version, t.needId] }),
    foreignKey({
      columns: [t.badgeClassId, t.version],
      foreignColumns: [badgeVersion.badgeClassId, badgeVersion.version],
    }),
    index("badge_version_need_need").on(t.needId),
  ],
);

/** A learner pursuing one badge under one version: the state of earning it, and who assesses it. */
export const pursuit = pluginSchema.table(
  "pursuit",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    badgeClassId: uuid("badge_class_id").notNull(),
    version: integer("version").notNull(),
    /** pursuing -> submitted -> approved (issued) | returned -> submitted ...; issued badges may be revoked. */
    status: text("status").notNull().default("pursuing"),
    /** The company that assesses it (its contacts, through a badge-assessment grant); none: the provider's teachers. */
    assessorOrganisationId: uuid("assessor_organisation_id").references(() => core.organisation.id),
    returnReason: text("return_reason"),
    decidedBy: uuid("decided_by").references(() => core.person.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    foreignKey({
      columns: [t.badgeClassId, t.version],
      foreignColumns: [badgeVersion.badgeClassId, badgeVersion.version],
    }),
    uniqueIndex("pursuit_one_per_badge").on(t.providerId, t.studentId, t.badgeClassId),
    index("pursuit_assessor").on(t.assessorOrganisationId, t.status),
    check("pursuit_status", sql`${t.status} in ('pursuing','submitted','returned','approved','revoked')`),
  ],
);

/** One piece of evidence: words, a link, or a file (its bytes in `evidence_file`, behind the store). */
export const evidence = pluginSchema.table(
  "evidence",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    pursuitId: uuid("pursuit_id").notNull(),
    kind: text("kind").notNull(),
    text: text("text"),
    url: text("url"),
    fileName: text("file_name"),
    mediaType: text("media_type"),
    size: integer("size"),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.pursuitId], foreignColumns: [pursuit.providerId, pursuit.id] }),
    index("evidence_pursuit").on(t.providerId, t.pursuitId),
    check("evidence_kind", sql`${t.kind} in ('text','link','file')`),
  ],
);

/** The database implementation of the evidence store: a file's bytes, readable as its evidence row is. */
export const evidenceFile = pluginSchema.table(
  "evidence_file",
  {
    providerId: uuid("provider_id").notNull(),
    evidenceId: uuid("evidence_id").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.evidenceId] }),
    foreignKey({ columns: [t.providerId, t.evidenceId], foreignColumns: [evidence.providerId, evidence.id] }),
  ],
);

/** An organisation's signing keys: public half open, secret half sealed under the configuration key. */
export const issuerKey = pluginSchema.table(
  "issuer_key",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    /** The verification method id, `<did>#key-<n>`. */
    keyId: text("key_id").notNull(),
    publicKeyMultibase: text("public_key_multibase").notNull(),
    sealedSecret: text("sealed_secret").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set on rotation: it signs no more, and stays in the DID document so its badges still verify. */
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.keyId] }),
    uniqueIndex("issuer_key_one_current").on(t.organisationId).where(sql`retired_at is null`),
  ],
);

/** An issuer's revocation list: the next free index, the revoked ones, and the signed list credential. */
export const statusList = pluginSchema.table(
  "status_list",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    listNo: integer("list_no").notNull(),
    nextIndex: integer("next_index").notNull().default(0),
    revoked: integer("revoked").array().notNull().default(sql`'{}'::integer[]`),
    credential: jsonb("credential").$type<Record<string, unknown>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.listNo] })],
);

/** An issued badge: the signed credential as it was given to the learner, and its place in the status list. */
export const issuedBadge = pluginSchema.table(
  "issued_badge",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    pursuitId: uuid("pursuit_id").notNull(),
    studentId: uuid("student_id").notNull(),
    issuerOrganisationId: uuid("issuer_organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    listNo: integer("list_no").notNull(),
    statusIndex: integer("status_index").notNull(),
    credential: jsonb("credential").$type<Record<string, unknown>>().notNull(),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokeReason: text("revoke_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId, t.pursuitId], foreignColumns: [pursuit.providerId, pursuit.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    uniqueIndex("issued_badge_pursuit").on(t.providerId, t.pursuitId),
    uniqueIndex("issued_badge_status").on(t.issuerOrganisationId, t.listNo, t.statusIndex),
  ],
);

/** A company's endorsement of a badge class (an OB 3.0 EndorsementCredential, signed with the company's key). */
export const endorsement = pluginSchema.table(
  "endorsement",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    badgeClassId: uuid("badge_class_id")
      .notNull()
      .references(() => badgeClass.id),
    endorserOrganisationId: uuid("endorser_organisation_id")
      .notNull()
      .references(() => core.organisation.id),
    comment: text("comment").notNull(),
    credential: jsonb("credential").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("endorsement_one_per_company").on(t.badgeClassId, t.endorserOrganisationId)],
);

/**
 * A higher-education institution's rule: holding all of these badges is worth credits (`credits`, in
 * ECTS credits) or a route to a direct study place. Reference data, read by everyone signed in.
 */
export const creditRule = pluginSchema.table(
  "credit_rule",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id")
      .notNull()
      .references(() => core.organisation.id),
    badgeClassIds: uuid("badge_class_ids").array().notNull(),
    kind: text("kind").notNull(),
    credits: integer("credits"),
    description: jsonb("description").$type<Words>().notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("credit_rule_kind", sql`${t.kind} in ('credits','study_place')`),
    check(
      "credit_rule_credits",
      sql`(${t.kind} = 'credits') = (${t.credits} is not null and ${t.credits} between 1 and 60)`,
    ),
    check("credit_rule_badges", sql`cardinality(${t.badgeClassIds}) between 1 and 20`),
  ],
);

/**
 * A shareable passport: the badges the learner chose to show, behind an unguessable link (only its
 * SHA-256 is kept). Revoking the link ends it at once.
 */
export const passportShare = pluginSchema.table(
  "passport_share",
  {
    providerId: uuid("provider_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    studentId: uuid("student_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    badgeIds: uuid("badge_ids").array().notNull(),
    createdBy: uuid("created_by").references(() => core.person.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** The link ends then (at most 12 months after it was made): an expired link reads as a revoked one. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({
      columns: [t.providerId, t.studentId],
      foreignColumns: [core.student.providerId, core.student.id],
    }),
    uniqueIndex("passport_share_token").on(t.tokenHash),
  ],
);
