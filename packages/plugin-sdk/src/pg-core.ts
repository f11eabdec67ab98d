/** drizzle-orm/pg-core as the host uses it (see drizzle.ts for why plugins import it from here). */
export * from "drizzle-orm/pg-core";
