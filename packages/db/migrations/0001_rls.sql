-- Row-level security: the second wall behind the application's own checks.
-- Requests run as the non-superuser role polku_app (SET LOCAL ROLE inside each transaction) with
-- app.provider_id (staff of a provider), app.organisation_id (the acting organisation) and
-- app.person_id (the acting person) set with set_config(..., true). A pooled connection reads ''
-- for a setting after the transaction, hence nullif(..., '').
-- Tables are not FORCEd: the owner (migrations, seeding, the security-definer helpers below) must
-- bypass RLS, and requests never run as the owner.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'polku_app') THEN
    CREATE ROLE polku_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  -- A non-superuser owner must be a member to SET ROLE polku_app; superusers may always.
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT polku_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_setting_uuid(name text) RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting(name, true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_current_provider() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT polku_setting_uuid('app.provider_id') $$;
--> statement-breakpoint
-- Is this student the acting person, or a minor whose guardian is the acting person?
-- SECURITY DEFINER so it reads student and guardian as the owner, without recursing into their policies.
CREATE OR REPLACE FUNCTION polku_is_self_or_ward(p_provider uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT polku_setting_uuid('app.person_id') IS NOT NULL AND (
    EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.id = p_student
            AND s.person_id = polku_setting_uuid('app.person_id'))
    OR EXISTS (SELECT 1 FROM guardian g JOIN student s ON s.provider_id = g.provider_id AND s.id = g.student_id
               WHERE g.provider_id = p_provider AND g.student_id = p_student
               AND g.person_id = polku_setting_uuid('app.person_id')
               AND s.birth_date > (current_date - interval '18 years')))
$$;
--> statement-breakpoint
-- Does the acting organisation hold an active grant for this student?
CREATE OR REPLACE FUNCTION polku_is_granted(p_provider uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT polku_setting_uuid('app.organisation_id') IS NOT NULL AND EXISTS (
    SELECT 1 FROM access_grant g
    WHERE g.provider_id = p_provider AND g.student_id = p_student
      AND g.grantee_organisation_id = polku_setting_uuid('app.organisation_id')
      AND g.revoked_at IS NULL AND g.valid_from <= now()
      AND (g.valid_until IS NULL OR now() < g.valid_until))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_student_visible(p_provider uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_provider = polku_current_provider()
      OR polku_is_granted(p_provider, p_student)
      OR polku_is_self_or_ward(p_provider, p_student)
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO polku_app;
--> statement-breakpoint
GRANT SELECT ON organisation TO polku_app;
--> statement-breakpoint
GRANT SELECT, UPDATE ON person TO polku_app;
--> statement-breakpoint
GRANT SELECT ON membership TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON session TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON login_attempt TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON student, guardian, support_team_member, pathway_step, outcome, access_grant TO polku_app;
--> statement-breakpoint
GRANT INSERT ON audit_log TO polku_app;
--> statement-breakpoint
ALTER TABLE student ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY student_read ON student FOR SELECT TO polku_app USING (polku_student_visible(provider_id, id));
--> statement-breakpoint
CREATE POLICY student_insert ON student FOR INSERT TO polku_app WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY student_update ON student FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY student_delete ON student FOR DELETE TO polku_app USING (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE guardian ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Partners never see guardians; the guardian sees their own row.
CREATE POLICY guardian_read ON guardian FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR person_id = polku_setting_uuid('app.person_id')
         OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY guardian_write ON guardian FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE support_team_member ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY support_team_read ON support_team_member FOR SELECT TO polku_app
  USING (polku_student_visible(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY support_team_write ON support_team_member FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE pathway_step ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Granted partners record steps (work trials, placements) for the students handed to them.
CREATE POLICY pathway_step_read ON pathway_step FOR SELECT TO polku_app
  USING (polku_student_visible(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY pathway_step_write ON pathway_step FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id))
  WITH CHECK (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id));
--> statement-breakpoint
ALTER TABLE outcome ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outcome_read ON outcome FOR SELECT TO polku_app USING (polku_student_visible(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY outcome_write ON outcome FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id))
  WITH CHECK (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id));
--> statement-breakpoint
ALTER TABLE access_grant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY access_grant_read ON access_grant FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         OR grantee_organisation_id = polku_setting_uuid('app.organisation_id')
         OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY access_grant_insert ON access_grant FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
-- The provider's staff, and the student (or guardian of a minor) withdrawing consent, may end a grant.
CREATE POLICY access_grant_update ON access_grant FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id))
  WITH CHECK (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Append-only: the application role may write entries (for any student it may act on), never read them.
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO polku_app WITH CHECK (true);
