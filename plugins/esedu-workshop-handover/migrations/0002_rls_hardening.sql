-- Hardening (review findings): a handover can only be ended, never revived or moved, and a workshop
-- sees a handover only through that handover's own grant, not through some other grant it holds.
CREATE OR REPLACE FUNCTION esedu_workshop_handover.own_grant_active(p_provider uuid, p_grant uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM access_grant g
                 WHERE g.provider_id = p_provider AND g.id = p_grant
                   AND g.grantee_organisation_id = polku_setting_uuid('app.organisation_id')
                   AND g.revoked_at IS NULL AND g.valid_from <= now()
                   AND (g.valid_until IS NULL OR now() < g.valid_until))
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.own_grant_active(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.own_grant_active(uuid, uuid) TO polku_app;
--> statement-breakpoint
REVOKE UPDATE ON esedu_workshop_handover.handover FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (status, ended_at) ON esedu_workshop_handover.handover TO polku_app;
--> statement-breakpoint
DROP POLICY handover_read ON esedu_workshop_handover.handover;
--> statement-breakpoint
CREATE POLICY handover_read ON esedu_workshop_handover.handover FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         OR (workshop_id = polku_setting_uuid('app.organisation_id')
             AND esedu_workshop_handover.own_grant_active(provider_id, grant_id))
         OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
DROP POLICY handover_update ON esedu_workshop_handover.handover;
--> statement-breakpoint
-- Only an active handover changes, and only to ended or withdrawn; the workshop may only end it.
CREATE POLICY handover_update ON esedu_workshop_handover.handover FOR UPDATE TO polku_app
  USING (status = 'active' AND (provider_id = polku_current_provider()
         OR (workshop_id = polku_setting_uuid('app.organisation_id')
             AND esedu_workshop_handover.own_grant_active(provider_id, grant_id))
         OR polku_is_self_or_ward(provider_id, student_id)))
  WITH CHECK ((status = 'withdrawn' AND (provider_id = polku_current_provider()
               OR polku_is_self_or_ward(provider_id, student_id)))
              OR (status = 'ended' AND (provider_id = polku_current_provider()
               OR workshop_id = polku_setting_uuid('app.organisation_id'))));
