import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Every tenant table starts with these: the provider owns the row, and is part of the key (Citus-ready). */
export const tenantColumns = {
  providerId: uuid("provider_id").notNull(),
  id: uuid("id").notNull().defaultRandom(),
};

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
