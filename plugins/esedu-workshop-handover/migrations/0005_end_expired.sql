-- A handover whose grant ran out (valid_until, midnight in Helsinki after the last day) is ended by the
-- plugin's daily job (src/jobs.ts) instead of every read working it out from the grant table. The job
-- runs as the plugin's job role, which may not read access_grant: this function tells it when a
-- handover's grant ended, and only once it has (a grant still in force, or revoked, gives NULL: a
-- revoked grant's handover is withdrawn by the core.grantRevoked subscriber). The host grants the job
-- role EXECUTE on the plugin's functions; requests have no use for it.
CREATE FUNCTION esedu_workshop_handover.grant_expired_at(p_provider uuid, p_grant uuid) RETURNS timestamptz
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  -- Only this plugin's live job run gets an answer: any request's SQL may switch to the job role.
  SELECT g.valid_until FROM access_grant g
   WHERE polku.current_job() = 'esedu-workshop-handover'
     AND g.provider_id = p_provider AND g.id = p_grant AND g.revoked_at IS NULL AND g.valid_until <= now()
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.grant_expired_at(uuid, uuid) FROM PUBLIC;
