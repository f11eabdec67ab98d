-- Grants checked by scope (issue 8): the handover's policies and definer function read the acting
-- organisation, provider and person through the core's `polku` helpers (core migration 0012) instead of
-- reading settings or calling the old public polku_* helpers, and say which grant scope opens a handover
-- to a partner: `handover`, and no other. (The latest definitions were 0002's, with 0003's search_path.)
--
-- Until now a workshop saw a handover through the handover's own grant being in force, whatever that
-- grant's scope or student: a handover row pointing at a mentoring grant, or at a grant for another
-- student, would have opened it. Handovers made through the plugin always rest on a handover grant for
-- the same student, so nothing shown today changes; the wall now says so itself.

-- The handover's own grant is in force, is the acting organisation's, and is a handover grant (a handover
-- rests on a handover grant; another scope the organisation holds for the student opens nothing here).
CREATE OR REPLACE FUNCTION esedu_workshop_handover.own_grant_active(p_provider uuid, p_grant uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku.current_organisation() IS NOT NULL AND EXISTS (
    SELECT 1 FROM public.access_grant g
    WHERE g.provider_id = p_provider AND g.id = p_grant
      AND g.grantee_organisation_id = polku.current_organisation()
      AND g.scope = 'handover'
      AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.own_grant_active(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.own_grant_active(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- Read: the provider's staff; the workshop the student was handed to, while it holds a handover grant for
-- the student and the handover's own grant is in force (scope: handover only); the student, or a minor's
-- guardian.
ALTER POLICY handover_read ON esedu_workshop_handover.handover
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
             AND esedu_workshop_handover.own_grant_active(provider_id, grant_id))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
-- Only the provider's staff record a handover. No grant scope.
ALTER POLICY handover_insert ON esedu_workshop_handover.handover
  WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
-- Only an active handover changes, and only to ended or withdrawn: the provider's staff end or withdraw
-- it, the student (or a minor's guardian) withdraws it, and the workshop, under the same handover grant
-- it reads by (scope: handover only), may only end it.
ALTER POLICY handover_update ON esedu_workshop_handover.handover
  USING (status = 'active' AND (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
             AND esedu_workshop_handover.own_grant_active(provider_id, grant_id))
         OR polku.is_self_or_ward(provider_id, student_id)))
  WITH CHECK ((status = 'withdrawn' AND (provider_id = polku.current_provider()
               OR polku.is_self_or_ward(provider_id, student_id)))
              OR (status = 'ended' AND (provider_id = polku.current_provider()
               OR workshop_id = polku.current_organisation())));
