import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { schedule } from "@polku/plugin-sdk/server";

/**
 * Every night, just after a grant's access ends (midnight in Helsinki after its last day), the
 * handovers resting on grants that ran out are ended, as of the moment the grant ended. The job role may
 * not read access_grant: the plugin's definer function says when a grant ended (migration 0005).
 */
export const endExpiredHandovers = schedule({
  id: "end-expired-handovers",
  at: "00:05",
  run: async ({ tx, log }) => {
    const ended = rowsOf(
      await tx.execute(sql`update esedu_workshop_handover.handover h
      set status = 'ended', ended_at = esedu_workshop_handover.grant_expired_at(h.provider_id, h.grant_id)
      where h.status = 'active'
        and esedu_workshop_handover.grant_expired_at(h.provider_id, h.grant_id) is not null
      returning 1`),
    );
    if (ended.length > 0) log.info({ count: ended.length }, "handovers whose grant ran out are ended");
  },
});
