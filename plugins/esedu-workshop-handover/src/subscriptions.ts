import { sql } from "@polku/plugin-sdk/drizzle";
import { coreEvents, on } from "@polku/plugin-sdk/server";

/**
 * A handover rests on its grant: when a handover grant is revoked anywhere (the core's consent list, the
 * handover's own withdrawal, the workshop giving its access up), the handover is withdrawn in the same
 * transaction. A definer function does the update (migration 0004): the one who revoked may no longer
 * see the handover, and the function changes only what the revoked grant proves.
 */
export const withdrawOnRevoke = on(coreEvents.grantRevoked, async ({ tx }, grant) => {
  if (grant.scope !== "handover") return;
  await tx.execute(
    sql`select esedu_workshop_handover.withdraw_for_revoked_grant(${grant.providerId}::uuid, ${grant.grantId}::uuid)`,
  );
  // The trial companies' access rests on the handover's consent: it ends with it (migration 0008).
  await tx.execute(
    sql`select esedu_workshop_handover.end_trials_for_revoked_grant(${grant.providerId}::uuid, ${grant.grantId}::uuid)`,
  );
});
