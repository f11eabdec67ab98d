import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.ts";

/**
 * Organisations are a reference table: not personal data, shared by every tenant, because a workshop
 * or a company works with several education providers. An institution points to its provider.
 */
export const organisation = pgTable(
  "organisation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    businessId: text("business_id"),
    oid: text("oid"),
    parentId: uuid("parent_id"),
    municipality: text("municipality"),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      "organisation_kind",
      sql`${t.kind} in ('provider','institution','workshop','company','partner','higher_education')`,
    ),
    index("organisation_parent").on(t.parentId),
  ],
);
