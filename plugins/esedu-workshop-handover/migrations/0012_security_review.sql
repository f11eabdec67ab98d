-- Holes found in the security review, closed: (1) a trial row was not tied to its grant's student and
-- company, so a workshop could reuse company C's work-trial grant for student T to open student S to C;
-- (2) a calendar feed kept working after its person left the organisation; (3) outcome evidence and
-- meetings were not tied to their handover's student; (4) open_trial_grant checked neither the service
-- agreement's services nor the caller's role.

-- (1) The trial's own grant is in force, is the acting organisation's, is a work-trial grant and is for
-- the trial's student (a grant for another student opens nothing).
CREATE FUNCTION esedu_workshop_handover.trial_grant_active(p_provider uuid, p_grant uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku.current_organisation() IS NOT NULL AND EXISTS (
    SELECT 1 FROM public.access_grant g
    WHERE g.provider_id = p_provider AND g.id = p_grant AND g.student_id = p_student
      AND g.grantee_organisation_id = polku.current_organisation()
      AND g.scope = 'work-trial'
      AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.trial_grant_active(uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.trial_grant_active(uuid, uuid, uuid) TO polku_app;
--> statement-breakpoint
-- A new trial row is whole: its handover is active, the acting workshop's and its student's, its consent
-- covers work trials; its grant is a work-trial grant in force for that student to the trial's company.
-- Definer, as the grant opened to a company is not visible to the workshop under RLS.
CREATE FUNCTION esedu_workshop_handover.trial_row_valid(p_provider uuid, p_handover uuid, p_student uuid,
                                                        p_workshop uuid, p_company uuid, p_grant uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p_workshop = polku.current_organisation()
     AND EXISTS (SELECT 1 FROM esedu_workshop_handover.handover h
                 WHERE h.provider_id = p_provider AND h.id = p_handover AND h.student_id = p_student
                   AND h.workshop_id = p_workshop AND h.status = 'active'
                   AND 'work_trial' = ANY (h.consent_covers))
     AND EXISTS (SELECT 1 FROM public.access_grant g
                 WHERE g.provider_id = p_provider AND g.id = p_grant AND g.student_id = p_student
                   AND g.grantee_organisation_id = p_company AND g.scope = 'work-trial'
                   AND g.revoked_at IS NULL AND now() < g.valid_until)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.trial_row_valid(uuid, uuid, uuid, uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.trial_row_valid(uuid, uuid, uuid, uuid, uuid, uuid) TO polku_app;
--> statement-breakpoint
DROP POLICY work_trial_read ON esedu_workshop_handover.work_trial;
--> statement-breakpoint
CREATE POLICY work_trial_read ON esedu_workshop_handover.work_trial FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
         OR (company_id = polku.current_organisation()
             AND esedu_workshop_handover.trial_grant_active(provider_id, grant_id, student_id))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
DROP POLICY work_trial_insert ON esedu_workshop_handover.work_trial;
--> statement-breakpoint
CREATE POLICY work_trial_insert ON esedu_workshop_handover.work_trial FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND esedu_workshop_handover.trial_row_valid(provider_id, handover_id, student_id, workshop_id,
                                                          company_id, grant_id));
--> statement-breakpoint
DROP POLICY work_trial_feedback ON esedu_workshop_handover.work_trial;
--> statement-breakpoint
CREATE POLICY work_trial_feedback ON esedu_workshop_handover.work_trial FOR UPDATE TO polku_app
  USING (status = 'active' AND company_id = polku.current_organisation()
         AND esedu_workshop_handover.trial_grant_active(provider_id, grant_id, student_id))
  WITH CHECK (company_id = polku.current_organisation() AND feedback_by = polku.current_person());
--> statement-breakpoint
DROP FUNCTION esedu_workshop_handover.trial_grant_active(uuid, uuid);
--> statement-breakpoint
-- (4) Only a coach of the handover's workshop opens a trial grant, and only when the handover's service
-- agreement (if it has one) includes work trials; otherwise as in 0008.
CREATE OR REPLACE FUNCTION esedu_workshop_handover.open_trial_grant(p_provider uuid, p_handover uuid, p_company uuid, p_ends_on date)
  RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  h esedu_workshop_handover.handover%ROWTYPE;
  g public.access_grant%ROWTYPE;
  created uuid;
BEGIN
  IF polku.current_role() IS DISTINCT FROM 'workshop_coach' THEN
    RAISE EXCEPTION 'only a workshop coach opens a work trial' USING ERRCODE = '42501';
  END IF;
  SELECT * INTO h FROM esedu_workshop_handover.handover
   WHERE provider_id = p_provider AND id = p_handover AND status = 'active'
     AND workshop_id = polku.current_organisation();
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no active handover of this workshop' USING ERRCODE = '42501';
  END IF;
  IF NOT ('work_trial' = ANY (h.consent_covers)) THEN
    RAISE EXCEPTION 'the consent does not cover work trials' USING ERRCODE = '42501';
  END IF;
  IF h.agreement_id IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM esedu_workshop_handover.service_agreement a
        WHERE a.provider_id = h.provider_id AND a.id = h.agreement_id AND 'work-trial' = ANY (a.services)) THEN
    RAISE EXCEPTION 'the service agreement does not include work trials' USING ERRCODE = '42501';
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
-- (3) A handover row belongs to the student named: for meetings (only an active handover of the acting
-- workshop) and for evidence (the handover's student is the outcome's student; the handover may have
-- ended with that outcome). Definer, so that the check does not depend on what RLS shows the writer.
CREATE FUNCTION esedu_workshop_handover.handover_of_student(p_provider uuid, p_handover uuid, p_student uuid,
                                                            p_workshop uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM esedu_workshop_handover.handover h
                 WHERE h.provider_id = p_provider AND h.id = p_handover AND h.student_id = p_student
                   AND h.workshop_id = p_workshop AND h.status = 'active')
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.handover_of_student(uuid, uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.handover_of_student(uuid, uuid, uuid, uuid) TO polku_app;
--> statement-breakpoint
CREATE FUNCTION esedu_workshop_handover.evidence_of_student(p_provider uuid, p_handover uuid, p_outcome uuid,
                                                            p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM esedu_workshop_handover.handover h
                 WHERE h.provider_id = p_provider AND h.id = p_handover AND h.student_id = p_student
                   AND (h.provider_id = polku.current_provider() OR h.workshop_id = polku.current_organisation()))
     AND EXISTS (SELECT 1 FROM public.outcome o
                 WHERE o.provider_id = p_provider AND o.id = p_outcome AND o.student_id = p_student)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.evidence_of_student(uuid, uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.evidence_of_student(uuid, uuid, uuid, uuid) TO polku_app;
--> statement-breakpoint
DROP POLICY meeting_insert ON esedu_workshop_handover.meeting;
--> statement-breakpoint
CREATE POLICY meeting_insert ON esedu_workshop_handover.meeting FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND esedu_workshop_handover.handover_of_student(provider_id, handover_id, student_id, workshop_id));
--> statement-breakpoint
DROP POLICY outcome_evidence_insert ON esedu_workshop_handover.outcome_evidence;
--> statement-breakpoint
CREATE POLICY outcome_evidence_insert ON esedu_workshop_handover.outcome_evidence FOR INSERT TO polku_app
  WITH CHECK (recorded_by = polku.current_person()
              AND (provider_id = polku.current_provider()
                   OR polku.is_granted(provider_id, student_id, ARRAY['handover']))
              AND esedu_workshop_handover.evidence_of_student(provider_id, handover_id, outcome_id, student_id));

--> statement-breakpoint
-- (2) A feed works only while its person still holds a membership of the organisation it was made in
-- with a role that keeps feeds (a coach who left, a company contact whose role ended: nothing).
CREATE FUNCTION esedu_workshop_handover.feed_member(p_person uuid, p_organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p_person AND m.organisation_id = p_organisation
                   AND m.role IN ('workshop_coach', 'company_contact'))
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.feed_member(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
-- As 0009, but the feed's person must still be a member, and a company's trial shows only through a
-- grant for that trial's student to that company.
CREATE OR REPLACE FUNCTION esedu_workshop_handover.feed_events(p_token_hash text)
  RETURNS TABLE (uid text, kind text, title text, place text, starts_at timestamptz, ends_at timestamptz,
                 starts_on date, ends_on date, provider_id uuid, student_id uuid, person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH feed AS (
    SELECT f.person_id, f.organisation_id FROM esedu_workshop_handover.calendar_feed f
    WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
      AND esedu_workshop_handover.feed_member(f.person_id, f.organisation_id)),
  live AS (
    SELECT h.* FROM esedu_workshop_handover.handover h JOIN feed ON h.workshop_id = feed.organisation_id
    JOIN access_grant g ON g.provider_id = h.provider_id AND g.id = h.grant_id
    WHERE h.status = 'active' AND g.revoked_at IS NULL AND now() < g.valid_until)
  SELECT 'meeting-' || m.id, 'meeting', m.title || ': ' || s.first_name || ' ' || left(s.last_name, 1) || '.',
         m.place, m.starts_at, m.ends_at, NULL::date, NULL::date, m.provider_id, m.student_id, feed.person_id
    FROM esedu_workshop_handover.meeting m JOIN live h ON h.provider_id = m.provider_id AND h.id = m.handover_id
    JOIN student s ON s.provider_id = m.provider_id AND s.id = m.student_id CROSS JOIN feed
  UNION ALL
  SELECT 'trial-' || t.id, 'work-trial', s.first_name || ' ' || left(s.last_name, 1) || '. / ' || o.name,
         NULL, NULL, NULL, t.starts_on, t.ends_on, t.provider_id, t.student_id, feed.person_id
    FROM esedu_workshop_handover.work_trial t JOIN live h ON h.provider_id = t.provider_id AND h.id = t.handover_id
    JOIN student s ON s.provider_id = t.provider_id AND s.id = t.student_id
    JOIN organisation o ON o.id = t.company_id CROSS JOIN feed
   WHERE t.status = 'active'
  UNION ALL
  SELECT 'deadline-' || h.id, 'deadline', s.first_name || ' ' || left(s.last_name, 1) || '.',
         NULL, NULL, NULL, d.day, d.day, h.provider_id, h.student_id, feed.person_id
    FROM live h JOIN esedu_workshop_handover.service_agreement a ON a.provider_id = h.provider_id AND a.id = h.agreement_id
    JOIN student s ON s.provider_id = h.provider_id AND s.id = h.student_id CROSS JOIN feed
    CROSS JOIN LATERAL (SELECT ((h.created_at AT TIME ZONE 'Europe/Helsinki')::date + a.weeks_per_coachee * 7) AS day) d
  UNION ALL
  SELECT 'trial-' || t.id, 'work-trial', s.first_name || ' ' || left(s.last_name, 1) || '.',
         NULL, NULL, NULL, t.starts_on, t.ends_on, t.provider_id, t.student_id, feed.person_id
    FROM esedu_workshop_handover.work_trial t JOIN feed ON t.company_id = feed.organisation_id
    JOIN access_grant g ON g.provider_id = t.provider_id AND g.id = t.grant_id
    JOIN student s ON s.provider_id = t.provider_id AND s.id = t.student_id
   WHERE t.status = 'active' AND g.scope = 'work-trial' AND g.revoked_at IS NULL AND now() < g.valid_until
     AND g.student_id = t.student_id AND g.grantee_organisation_id = t.company_id
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION esedu_workshop_handover.feed_exists(p_token_hash text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM esedu_workshop_handover.calendar_feed f
                 WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
                   AND esedu_workshop_handover.feed_member(f.person_id, f.organisation_id))
$$;
