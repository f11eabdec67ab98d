-- The service agreement, the handover packet under what the consent covers, work trials with the
-- company's own scoped grant, and the evidence of outcomes: row-level security and the definer
-- functions through which a workshop opens a coachee to a trial company (the core lets only a
-- provider's staff insert grants; the workshop's right to pass the coachee on rests on the consent
-- covering work trials, which this function checks).

-- What the consent covers, recorded with it; a packet part is stored only when covered. Handovers made
-- before the packet existed carried the tutor's notes on the consent they were made with.
UPDATE esedu_workshop_handover.handover SET consent_covers = ARRAY['tutor_notes'] WHERE note IS NOT NULL;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.handover ADD CONSTRAINT handover_consent_covers
  CHECK (consent_covers <@ ARRAY['competence','career_goals','support','tutor_notes','work_trial']::text[]);
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.handover ADD CONSTRAINT handover_packet_covered
  CHECK ((competence IS NULL OR 'competence' = ANY (consent_covers))
     AND (career_goals IS NULL OR 'career_goals' = ANY (consent_covers))
     AND (support_that_worked IS NULL OR 'support' = ANY (consent_covers))
     AND (note IS NULL OR 'tutor_notes' = ANY (consent_covers)));
--> statement-breakpoint
GRANT SELECT, INSERT ON esedu_workshop_handover.service_agreement TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.service_agreement ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The provider's staff and the workshop party to it read an agreement; only the provider's staff make one.
CREATE POLICY service_agreement_read ON esedu_workshop_handover.service_agreement FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider() OR workshop_id = polku.current_organisation());
--> statement-breakpoint
CREATE POLICY service_agreement_insert ON esedu_workshop_handover.service_agreement FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
-- The trial's own grant is in force, is the acting organisation's and is a work-trial grant.
CREATE FUNCTION esedu_workshop_handover.trial_grant_active(p_provider uuid, p_grant uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku.current_organisation() IS NOT NULL AND EXISTS (
    SELECT 1 FROM public.access_grant g
    WHERE g.provider_id = p_provider AND g.id = p_grant
      AND g.grantee_organisation_id = polku.current_organisation()
      AND g.scope = 'work-trial'
      AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.trial_grant_active(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.trial_grant_active(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- The workshop opens the coachee to a company for a trial: only for an active handover the acting
-- workshop holds in force and whose consent covers work trials, only to a company, and only until the
-- trial's last day (midnight in Helsinki after it), never beyond the handover's own grant. The consent
-- behind it is the handover's (the same giver).
CREATE FUNCTION esedu_workshop_handover.open_trial_grant(p_provider uuid, p_handover uuid, p_company uuid, p_ends_on date)
  RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  h esedu_workshop_handover.handover%ROWTYPE;
  g public.access_grant%ROWTYPE;
  created uuid;
BEGIN
  SELECT * INTO h FROM esedu_workshop_handover.handover
   WHERE provider_id = p_provider AND id = p_handover AND status = 'active'
     AND workshop_id = polku.current_organisation();
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no active handover of this workshop' USING ERRCODE = '42501';
  END IF;
  IF NOT ('work_trial' = ANY (h.consent_covers)) THEN
    RAISE EXCEPTION 'the consent does not cover work trials' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO g FROM public.access_grant
   WHERE provider_id = p_provider AND id = h.grant_id AND scope = 'handover'
     AND grantee_organisation_id = polku.current_organisation()
     AND revoked_at IS NULL AND valid_from <= now() AND now() < valid_until;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the handover grant is not in force' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.organisation o WHERE o.id = p_company AND o.kind = 'company') THEN
    RAISE EXCEPTION 'not a company' USING ERRCODE = '22023';
  END IF;
  INSERT INTO public.access_grant (provider_id, student_id, grantee_organisation_id, scope, consent_given_by,
                                   granted_by, valid_until)
  VALUES (p_provider, h.student_id, p_company, 'work-trial', g.consent_given_by, polku.current_person(),
          least(((p_ends_on + 1)::timestamp AT TIME ZONE 'Europe/Helsinki'), g.valid_until))
  RETURNING id INTO created;
  RETURN created;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.open_trial_grant(uuid, uuid, uuid, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.open_trial_grant(uuid, uuid, uuid, date) TO polku_app;
--> statement-breakpoint
-- Ends the company's access with the trial: the workshop that holds the trial's handover, or the
-- provider's staff, may end a work-trial grant that a trial rests on. The trial row is ended with it.
CREATE FUNCTION esedu_workshop_handover.end_trial(p_provider uuid, p_trial uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH trial AS (
    UPDATE esedu_workshop_handover.work_trial t SET status = 'ended'
    WHERE t.provider_id = p_provider AND t.id = p_trial AND t.status = 'active'
      AND (t.provider_id = polku.current_provider()
           OR (t.workshop_id = polku.current_organisation()
               AND polku.is_granted(t.provider_id, t.student_id, ARRAY['handover'])))
    RETURNING t.provider_id, t.grant_id),
  revoked AS (
    UPDATE public.access_grant g SET revoked_at = now(), revoked_by = polku.current_person()
    FROM trial WHERE g.provider_id = trial.provider_id AND g.id = trial.grant_id
      AND g.scope = 'work-trial' AND g.revoked_at IS NULL
    RETURNING 1)
  SELECT (SELECT count(*)::int FROM trial) + (SELECT count(*)::int FROM revoked)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.end_trial(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.end_trial(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- When the handover's consent is withdrawn (or the handover ends with its outcome), every trial company's
-- access resting on it ends in the same transaction: only once the handover grant's own row is revoked.
CREATE FUNCTION esedu_workshop_handover.end_trials_for_revoked_grant(p_provider uuid, p_grant uuid) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH trial AS (
    UPDATE esedu_workshop_handover.work_trial t SET status = 'ended'
    FROM esedu_workshop_handover.handover h
    WHERE t.provider_id = p_provider AND h.provider_id = t.provider_id AND h.id = t.handover_id
      AND h.grant_id = p_grant AND t.status = 'active'
      AND EXISTS (SELECT 1 FROM public.access_grant g
                  WHERE g.provider_id = p_provider AND g.id = p_grant AND g.revoked_at IS NOT NULL)
    RETURNING t.provider_id, t.grant_id),
  revoked AS (
    UPDATE public.access_grant g SET revoked_at = now(), revoked_by = polku.current_person()
    FROM trial WHERE g.provider_id = trial.provider_id AND g.id = trial.grant_id AND g.revoked_at IS NULL
    RETURNING 1)
  SELECT (SELECT count(*)::int FROM revoked)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.end_trials_for_revoked_grant(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.end_trials_for_revoked_grant(uuid, uuid) TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON esedu_workshop_handover.work_trial TO polku_app;
--> statement-breakpoint
GRANT UPDATE (feedback, would_hire, feedback_by, feedback_at) ON esedu_workshop_handover.work_trial TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.work_trial ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Read: the provider's staff; the workshop while it holds the handover grant; the company only through
-- the trial's own work-trial grant in force (scope work-trial only); the student, or a minor's guardian.
CREATE POLICY work_trial_read ON esedu_workshop_handover.work_trial FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
         OR (company_id = polku.current_organisation()
             AND esedu_workshop_handover.trial_grant_active(provider_id, grant_id))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
-- Only the workshop holding the handover records a trial, on a grant opened for that company.
CREATE POLICY work_trial_insert ON esedu_workshop_handover.work_trial FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND EXISTS (SELECT 1 FROM esedu_workshop_handover.handover h
                          WHERE h.provider_id = work_trial.provider_id AND h.id = work_trial.handover_id
                            AND h.student_id = work_trial.student_id AND h.status = 'active'));
--> statement-breakpoint
-- The company gives its feedback while its grant is in force; nobody else writes the feedback columns.
CREATE POLICY work_trial_feedback ON esedu_workshop_handover.work_trial FOR UPDATE TO polku_app
  USING (status = 'active' AND company_id = polku.current_organisation()
         AND esedu_workshop_handover.trial_grant_active(provider_id, grant_id))
  WITH CHECK (company_id = polku.current_organisation() AND feedback_by = polku.current_person());
--> statement-breakpoint
GRANT SELECT, INSERT ON esedu_workshop_handover.outcome_evidence TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.outcome_evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outcome_evidence_read ON esedu_workshop_handover.outcome_evidence FOR SELECT TO polku_app
  USING (polku.student_visible(provider_id, student_id, ARRAY['handover']));
--> statement-breakpoint
-- The workshop holding the handover, or the provider's staff, record evidence, as themselves.
CREATE POLICY outcome_evidence_insert ON esedu_workshop_handover.outcome_evidence FOR INSERT TO polku_app
  WITH CHECK (recorded_by = polku.current_person()
              AND (provider_id = polku.current_provider()
                   OR polku.is_granted(provider_id, student_id, ARRAY['handover'])));
