-- A handover rests on its grant. When the grant is revoked (the consent withdrawn in the core's consent
-- list or here, or the workshop giving its access up), the plugin's subscriber to core.grantRevoked
-- marks the handover withdrawn in that same transaction, instead of every read working it out from
-- the grant table. The one revoking may no longer see the handover once the grant is gone (a workshop
-- coach), so the subscriber calls this definer function. It changes only what the grant's own row
-- proves: an active handover whose grant is revoked becomes withdrawn.
CREATE FUNCTION esedu_workshop_handover.withdraw_for_revoked_grant(p_provider uuid, p_grant uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH withdrawn AS (
    UPDATE esedu_workshop_handover.handover h SET status = 'withdrawn', ended_at = now()
    WHERE h.provider_id = p_provider AND h.grant_id = p_grant AND h.status = 'active'
      AND EXISTS (SELECT 1 FROM access_grant g
                  WHERE g.provider_id = p_provider AND g.id = p_grant AND g.revoked_at IS NOT NULL)
    RETURNING 1)
  SELECT count(*)::int FROM withdrawn
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.withdraw_for_revoked_grant(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.withdraw_for_revoked_grant(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- Grants revoked before the subscriber existed: their handovers were withdrawn only at read time.
UPDATE esedu_workshop_handover.handover h SET status = 'withdrawn', ended_at = g.revoked_at
  FROM access_grant g
  WHERE g.provider_id = h.provider_id AND g.id = h.grant_id AND h.status = 'active' AND g.revoked_at IS NOT NULL;
