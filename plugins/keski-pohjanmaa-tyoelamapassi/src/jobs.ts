import { sql } from "@polku/plugin-sdk/drizzle";
import { schedule } from "@polku/plugin-sdk/server";

/** How long entries are kept: after this they are deleted (data minimisation; change to the practice's rule). */
export const KEEP_YEARS = 6;

/**
 * Every night, once across every API process, as this plugin's job role (it reaches only this
 * plugin's own tables): entries older than KEEP_YEARS go.
 */
export const pruneOldEntries = schedule({
  id: "prune-old-entries",
  at: "03:00",
  run: async ({ tx, log }) => {
    const result = await tx.execute(
      sql`delete from keski_pohjanmaa_tyoelamapassi.entry where created_at < now() - make_interval(years => ${KEEP_YEARS})`,
    );
    log.info({ deleted: (result as { count?: number }).count ?? null }, "old entries pruned");
  },
});
