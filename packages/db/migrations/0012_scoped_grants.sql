ALTER TABLE "access_grant" DROP CONSTRAINT "access_grant_scope";--> statement-breakpoint
-- Grants checked by scope (issue 8). A grant opens to its partner only what its scope is for: a mentoring
-- grant lets the mentor see who the student is, not the student's pathway, notes or support team. The
-- scopes a deployment knows are registered (the core's three here; plugins register theirs at start-up),
-- and the policies name the scopes that open each table through the helpers of the `polku` schema, which
-- plugins call instead of reading settings.
CREATE SCHEMA IF NOT EXISTS polku;
--> statement-breakpoint
GRANT USAGE ON SCHEMA polku TO polku_app;
--> statement-breakpoint
CREATE TABLE polku.grant_scope (
  name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_-]*$'),
  registered_by text NOT NULL
);
--> statement-breakpoint
INSERT INTO polku.grant_scope (name, registered_by)
  VALUES ('handover', 'core'), ('mentoring', 'core'), ('badge_request', 'core') ON CONFLICT DO NOTHING;
--> statement-breakpoint
ALTER TABLE polku.grant_scope ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON polku.grant_scope TO polku_app;
--> statement-breakpoint
CREATE POLICY grant_scope_read ON polku.grant_scope FOR SELECT TO polku_app USING (true);
--> statement-breakpoint
ALTER TABLE access_grant ADD CONSTRAINT access_grant_scope_registered
  FOREIGN KEY (scope) REFERENCES polku.grant_scope (name);
--> statement-breakpoint
CREATE FUNCTION polku.current_person() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT public.polku_setting_uuid('app.person_id') $$;
--> statement-breakpoint
CREATE FUNCTION polku.current_organisation() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT public.polku_setting_uuid('app.organisation_id') $$;
--> statement-breakpoint
CREATE FUNCTION polku.current_provider() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT public.polku_setting_uuid('app.provider_id') $$;
--> statement-breakpoint
CREATE FUNCTION polku.current_role() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT public.polku_setting_text('app.role') $$;
--> statement-breakpoint
-- Does the acting organisation hold a grant in force for this student, of one of these scopes (NULL: of
-- any scope, for what every grant opens: who the student is)?
CREATE FUNCTION polku.is_granted(p_provider uuid, p_student uuid, p_scopes text[]) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku_setting_uuid('app.organisation_id') IS NOT NULL AND EXISTS (
    SELECT 1 FROM access_grant g
    WHERE g.provider_id = p_provider AND g.student_id = p_student
      AND g.grantee_organisation_id = polku_setting_uuid('app.organisation_id')
      AND (p_scopes IS NULL OR g.scope = ANY (p_scopes))
      AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until)
$$;
--> statement-breakpoint
CREATE FUNCTION polku.is_self_or_ward(p_provider uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT public.polku_is_self_or_ward(p_provider, p_student) $$;
--> statement-breakpoint
-- The provider's staff, the student (or a minor's guardian), or a partner granted one of these scopes.
CREATE FUNCTION polku.student_visible(p_provider uuid, p_student uuid, p_scopes text[]) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_provider = polku.current_provider()
      OR polku.is_granted(p_provider, p_student, p_scopes)
      OR public.polku_is_self_or_ward(p_provider, p_student)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA polku FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA polku TO polku_app;
--> statement-breakpoint
-- The core's detail tables (pathway steps, outcomes, the support team, team notes) and the workshop
-- plugin's tables open to a handover grant, as they did; the helpers they use say so now.
CREATE OR REPLACE FUNCTION polku_is_granted(p_provider uuid, p_student uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT polku.is_granted(p_provider, p_student, ARRAY['handover']) $$;
--> statement-breakpoint
-- Who the student is (their row) and the audit entry of reading it: any grant in force.
DROP POLICY student_read ON student;
--> statement-breakpoint
CREATE POLICY student_read ON student FOR SELECT TO polku_app USING (polku.student_visible(provider_id, id, NULL));
--> statement-breakpoint
DROP POLICY audit_log_append ON audit_log;
--> statement-breakpoint
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO polku_app
  WITH CHECK (actor_person_id = polku_setting_uuid('app.person_id')
              AND actor_role IS NOT DISTINCT FROM polku_setting_text('app.role')
              AND actor_organisation_id IS NOT DISTINCT FROM polku_setting_uuid('app.organisation_id')
              AND procedure = polku_setting_text('app.procedure')
              AND ip IS NOT DISTINCT FROM polku_setting_text('app.ip')::inet
              AND at = now()
              AND CASE WHEN student_id IS NULL THEN provider_id = polku_current_provider()
                       ELSE polku.student_visible(provider_id, student_id, NULL) END);
