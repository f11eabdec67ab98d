-- Row-level security of the work-life passport, under the core's application role polku_app, through
-- the `polku` schema's helpers. The catalogue is reference data every signed-in person reads. A learner's
-- pursuits, evidence and badges open to the learner (or a minor's guardian), the learner's provider's
-- staff, and a company only for the pursuits it assesses, while it holds a badge-assessment grant for the
-- learner: the grant opens nothing of the learner's beyond those pursuits.
GRANT USAGE ON SCHEMA keski_pohjanmaa_tyoelamapassi TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON keski_pohjanmaa_tyoelamapassi.badge_class, keski_pohjanmaa_tyoelamapassi.pursuit,
  keski_pohjanmaa_tyoelamapassi.issuer_key, keski_pohjanmaa_tyoelamapassi.status_list,
  keski_pohjanmaa_tyoelamapassi.issued_badge TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON keski_pohjanmaa_tyoelamapassi.badge_version TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON keski_pohjanmaa_tyoelamapassi.evidence, keski_pohjanmaa_tyoelamapassi.evidence_file TO polku_app;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.badge_class ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.badge_version ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.pursuit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.evidence_file ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.issuer_key ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.status_list ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.issued_badge ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The catalogue: read by everyone signed in; written by its keepers (the providers' teachers and managers,
-- and the companies' contacts). A version is never changed once written (no UPDATE is granted on it).
CREATE POLICY badge_class_read ON keski_pohjanmaa_tyoelamapassi.badge_class FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY badge_class_keep ON keski_pohjanmaa_tyoelamapassi.badge_class FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND kept_by = polku.current_organisation());
--> statement-breakpoint
CREATE POLICY badge_class_version ON keski_pohjanmaa_tyoelamapassi.badge_class FOR UPDATE TO polku_app
  USING (polku.current_role() IN ('teacher', 'manager', 'company_contact'))
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact'));
--> statement-breakpoint
CREATE POLICY badge_version_read ON keski_pohjanmaa_tyoelamapassi.badge_version FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY badge_version_keep ON keski_pohjanmaa_tyoelamapassi.badge_version FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND created_by = polku.current_person());
--> statement-breakpoint
-- Who may see a pursuit: the provider's staff, the learner (or a minor's guardian), and the company
-- assessing this very pursuit under a badge-assessment grant in force.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.pursuit_visible(p_provider uuid, p_student uuid, p_assessor uuid)
  RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_provider = polku.current_provider()
      OR polku.is_self_or_ward(p_provider, p_student)
      OR (p_assessor IS NOT NULL AND p_assessor = polku.current_organisation()
          AND polku.is_granted(p_provider, p_student, ARRAY['badge-assessment']))
$$;
--> statement-breakpoint
CREATE POLICY pursuit_read ON keski_pohjanmaa_tyoelamapassi.pursuit FOR SELECT TO polku_app
  USING (keski_pohjanmaa_tyoelamapassi.pursuit_visible(provider_id, student_id, assessor_organisation_id));
--> statement-breakpoint
CREATE POLICY pursuit_start ON keski_pohjanmaa_tyoelamapassi.pursuit FOR INSERT TO polku_app
  WITH CHECK (polku.is_self_or_ward(provider_id, student_id) OR provider_id = polku.current_provider());
--> statement-breakpoint
CREATE POLICY pursuit_change ON keski_pohjanmaa_tyoelamapassi.pursuit FOR UPDATE TO polku_app
  USING (keski_pohjanmaa_tyoelamapassi.pursuit_visible(provider_id, student_id, assessor_organisation_id))
  WITH CHECK (keski_pohjanmaa_tyoelamapassi.pursuit_visible(provider_id, student_id, assessor_organisation_id));
--> statement-breakpoint
-- Evidence is seen exactly where its pursuit is (the subquery runs under the pursuit's policy), and only
-- the learner (or a minor's guardian) adds or removes it.
CREATE POLICY evidence_read ON keski_pohjanmaa_tyoelamapassi.evidence FOR SELECT TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
                 WHERE p.provider_id = evidence.provider_id AND p.id = evidence.pursuit_id));
--> statement-breakpoint
CREATE POLICY evidence_add ON keski_pohjanmaa_tyoelamapassi.evidence FOR INSERT TO polku_app
  WITH CHECK (created_by = polku.current_person() AND EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
              WHERE p.provider_id = evidence.provider_id AND p.id = evidence.pursuit_id
                AND polku.is_self_or_ward(p.provider_id, p.student_id)));
--> statement-breakpoint
CREATE POLICY evidence_remove ON keski_pohjanmaa_tyoelamapassi.evidence FOR DELETE TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
                 WHERE p.provider_id = evidence.provider_id AND p.id = evidence.pursuit_id
                   AND polku.is_self_or_ward(p.provider_id, p.student_id)));
--> statement-breakpoint
CREATE POLICY evidence_file_read ON keski_pohjanmaa_tyoelamapassi.evidence_file FOR SELECT TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.evidence e
                 WHERE e.provider_id = evidence_file.provider_id AND e.id = evidence_file.evidence_id));
--> statement-breakpoint
CREATE POLICY evidence_file_add ON keski_pohjanmaa_tyoelamapassi.evidence_file FOR INSERT TO polku_app
  WITH CHECK (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.evidence e
                      WHERE e.provider_id = evidence_file.provider_id AND e.id = evidence_file.evidence_id
                        AND e.created_by = polku.current_person()));
--> statement-breakpoint
CREATE POLICY evidence_file_remove ON keski_pohjanmaa_tyoelamapassi.evidence_file FOR DELETE TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.evidence e
                 WHERE e.provider_id = evidence_file.provider_id AND e.id = evidence_file.evidence_id
                   AND e.created_by = polku.current_person()));
--> statement-breakpoint
-- Keys and status lists are no one's personal data, but learners and guardians never issue: only staff
-- and assessors reach them (the secret half is sealed in any case).
CREATE POLICY issuer_key_use ON keski_pohjanmaa_tyoelamapassi.issuer_key FOR ALL TO polku_app
  USING (polku.current_role() IN ('tutor', 'teacher', 'manager', 'company_contact'))
  WITH CHECK (polku.current_role() IN ('tutor', 'teacher', 'manager', 'company_contact'));
--> statement-breakpoint
CREATE POLICY status_list_use ON keski_pohjanmaa_tyoelamapassi.status_list FOR ALL TO polku_app
  USING (polku.current_role() IN ('tutor', 'teacher', 'manager', 'company_contact'))
  WITH CHECK (polku.current_role() IN ('tutor', 'teacher', 'manager', 'company_contact'));
--> statement-breakpoint
CREATE POLICY issued_badge_read ON keski_pohjanmaa_tyoelamapassi.issued_badge FOR SELECT TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
                 WHERE p.provider_id = issued_badge.provider_id AND p.id = issued_badge.pursuit_id));
--> statement-breakpoint
CREATE POLICY issued_badge_issue ON keski_pohjanmaa_tyoelamapassi.issued_badge FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND EXISTS (
    SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
    WHERE p.provider_id = issued_badge.provider_id AND p.id = issued_badge.pursuit_id));
--> statement-breakpoint
-- Revoking is the provider's: its teachers and managers.
CREATE POLICY issued_badge_revoke ON keski_pohjanmaa_tyoelamapassi.issued_badge FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
-- The learner's consent to a company's assessment makes the badge-assessment grant: the learner's own
-- for an adult, a guardian's for a minor (the rule of the core's grants). As owner, because the grant
-- table takes inserts from the provider's staff only; it checks the consenting person itself.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.consent_to_assessment(p_provider uuid, p_pursuit uuid)
  RETURNS uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_student uuid;
  v_assessor uuid;
  v_minor boolean;
  v_person uuid := polku.current_person();
  v_by text;
  v_grant uuid;
BEGIN
  SELECT p.student_id, p.assessor_organisation_id INTO v_student, v_assessor
    FROM keski_pohjanmaa_tyoelamapassi.pursuit p WHERE p.provider_id = p_provider AND p.id = p_pursuit;
  IF v_student IS NULL OR v_assessor IS NULL OR NOT polku.is_self_or_ward(p_provider, v_student) THEN
    RAISE EXCEPTION 'no assessment to consent to' USING ERRCODE = '42501';
  END IF;
  -- A consent already given (a guardian's, before the minor sends the badge) is the one that counts.
  SELECT g.id INTO v_grant FROM access_grant g
    WHERE g.provider_id = p_provider AND g.student_id = v_student AND g.grantee_organisation_id = v_assessor
      AND g.scope = 'badge-assessment' AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until;
  IF v_grant IS NOT NULL THEN
    RETURN v_grant;
  END IF;
  SELECT s.birth_date > (current_date - interval '18 years') INTO v_minor
    FROM student s WHERE s.provider_id = p_provider AND s.id = v_student;
  IF v_minor THEN
    IF NOT EXISTS (SELECT 1 FROM guardian g WHERE g.provider_id = p_provider AND g.student_id = v_student
                   AND g.person_id = v_person) THEN
      RAISE EXCEPTION 'a guardian must consent' USING ERRCODE = 'P0001', HINT = 'guardian';
    END IF;
    v_by := 'guardian';
  ELSE
    v_by := 'student';
  END IF;
  INSERT INTO access_grant (provider_id, student_id, grantee_organisation_id, scope, consent_given_by, granted_by)
    VALUES (p_provider, v_student, v_assessor, 'badge-assessment', v_by, v_person) RETURNING id INTO v_grant;
  RETURN v_grant;
END $$;
--> statement-breakpoint
-- What the public routes read with no one signed in: public keys and the signed status lists, nothing else.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.public_keys(p_organisation uuid)
  RETURNS TABLE (key_id text, public_key_multibase text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT k.key_id, k.public_key_multibase FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
  WHERE k.organisation_id = p_organisation ORDER BY k.created_at, k.key_id
$$;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.public_status_list(p_organisation uuid, p_list integer)
  RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT l.credential FROM keski_pohjanmaa_tyoelamapassi.status_list l
  WHERE l.organisation_id = p_organisation AND l.list_no = p_list
$$;
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi TO polku_app;
