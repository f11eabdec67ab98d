import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { person } from "./accounts.ts";
import { createdAt, tenantColumns } from "./columns.ts";
import { organisation } from "./organisations.ts";

/**
 * A share agreement between an education provider and its partners (issue 10). The provider owns it
 * (`provider_id`); its terms live in versions, which are only ever added: a partner accepts a version
 * as it was proposed, so a proposal can never change under an acceptance.
 */
export const fundingAgreement = pgTable(
  "funding_agreement",
  {
    ...tenantColumns,
    title: text("title").notNull(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => person.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.id] }),
    foreignKey({ columns: [t.providerId], foreignColumns: [organisation.id] }),
  ],
);

/** One version of an agreement's terms, as the domain's `ShareAgreement` (JSON) decoded it. */
export const fundingAgreementVersion = pgTable(
  "funding_agreement_version",
  {
    providerId: uuid("provider_id").notNull(),
    agreementId: uuid("agreement_id").notNull(),
    version: integer("version").notNull(),
    terms: jsonb("terms").$type<Record<string, unknown>>().notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    /** What the proposer says changed, in words (the portal also shows the changes field by field). */
    note: text("note"),
    proposedBy: uuid("proposed_by")
      .notNull()
      .references(() => person.id),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.agreementId, t.version] }),
    foreignKey({
      columns: [t.providerId, t.agreementId],
      foreignColumns: [fundingAgreement.providerId, fundingAgreement.id],
    }),
  ],
);

/** The partner organisations of a version: who may see the agreement and whose acceptance it needs. */
export const fundingAgreementParty = pgTable(
  "funding_agreement_party",
  {
    providerId: uuid("provider_id").notNull(),
    agreementId: uuid("agreement_id").notNull(),
    version: integer("version").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.agreementId, t.version, t.organisationId] }),
    foreignKey({
      columns: [t.providerId, t.agreementId, t.version],
      foreignColumns: [
        fundingAgreementVersion.providerId,
        fundingAgreementVersion.agreementId,
        fundingAgreementVersion.version,
      ],
    }),
    index("funding_agreement_party_org").on(t.organisationId),
  ],
);

/**
 * An organisation's acceptance of a version: the provider's (recorded with its proposal) and each
 * partner's own. A version every one of them accepted is in force from its effective date.
 */
export const fundingAcceptance = pgTable(
  "funding_acceptance",
  {
    providerId: uuid("provider_id").notNull(),
    agreementId: uuid("agreement_id").notNull(),
    version: integer("version").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisation.id),
    acceptedBy: uuid("accepted_by")
      .notNull()
      .references(() => person.id),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.agreementId, t.version, t.organisationId] }),
    foreignKey({
      columns: [t.providerId, t.agreementId, t.version],
      foreignColumns: [
        fundingAgreementVersion.providerId,
        fundingAgreementVersion.agreementId,
        fundingAgreementVersion.version,
      ],
    }),
  ],
);
