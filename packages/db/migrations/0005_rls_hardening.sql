-- Hardening of the second wall (review findings): the application role may no longer read password
-- hashes, rewrite grants or people, change other organisations' pathway records, or forge audit entries.
REVOKE SELECT, UPDATE ON person FROM polku_app;
--> statement-breakpoint
GRANT SELECT (id, username, first_name, last_name, email, phone, locale, disabled, created_at) ON person TO polku_app;
--> statement-breakpoint
GRANT UPDATE (locale) ON person TO polku_app;
--> statement-breakpoint
-- Logging in is the one place a password hash is read: by username, through this function only.
CREATE OR REPLACE FUNCTION polku_login_lookup(p_username text)
  RETURNS TABLE (person_id uuid, password_hash text, disabled boolean, membership_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.id, p.password_hash, p.disabled,
         (SELECT m.id FROM membership m WHERE m.person_id = p.id ORDER BY m.created_at, m.id LIMIT 1)
  FROM person p WHERE lower(p.username) = lower(p_username)
$$;
--> statement-breakpoint
-- A person is visible to themself, to colleagues of the same organisation or provider, to whoever sees a
-- student the person supports, and to a provider's staff when the person's organisation holds a grant.
CREATE OR REPLACE FUNCTION polku_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p_person = polku_setting_uuid('app.person_id')
    OR EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
               WHERE m.person_id = p_person
                 AND (o.id = polku_setting_uuid('app.organisation_id')
                      OR o.id = polku_current_provider() OR o.parent_id = polku_current_provider()))
    OR EXISTS (SELECT 1 FROM support_team_member s
               WHERE s.person_id = p_person AND polku_student_visible(s.provider_id, s.student_id))
    OR EXISTS (SELECT 1 FROM membership m JOIN access_grant g ON g.grantee_organisation_id = m.organisation_id
               WHERE m.person_id = p_person AND g.provider_id = polku_current_provider() AND g.revoked_at IS NULL)
$$;
--> statement-breakpoint
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_read ON person FOR SELECT TO polku_app USING (polku_person_visible(id));
--> statement-breakpoint
CREATE POLICY person_update_self ON person FOR UPDATE TO polku_app
  USING (id = polku_setting_uuid('app.person_id')) WITH CHECK (id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY membership_own ON membership FOR SELECT TO polku_app USING (person_id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
ALTER TABLE session ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Sessions are created, read and ended only for the person the transaction acts for.
CREATE POLICY session_own ON session FOR ALL TO polku_app
  USING (person_id = polku_setting_uuid('app.person_id')) WITH CHECK (person_id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
-- A grant can only be ended, never edited or revived: by the provider, by the student (or the guardian
-- of a minor) withdrawing consent, or by the grantee giving its access up.
REVOKE UPDATE ON access_grant FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at, revoked_by) ON access_grant TO polku_app;
--> statement-breakpoint
DROP POLICY access_grant_update ON access_grant;
--> statement-breakpoint
CREATE POLICY access_grant_revoke ON access_grant FOR UPDATE TO polku_app
  USING (revoked_at IS NULL AND (provider_id = polku_current_provider()
         OR polku_is_self_or_ward(provider_id, student_id)
         OR grantee_organisation_id = polku_setting_uuid('app.organisation_id')))
  WITH CHECK (revoked_at IS NOT NULL AND (provider_id = polku_current_provider()
         OR polku_is_self_or_ward(provider_id, student_id)
         OR grantee_organisation_id = polku_setting_uuid('app.organisation_id')));
--> statement-breakpoint
-- A granted partner adds steps and outcomes and may change only its own; nobody deletes them.
REVOKE DELETE ON pathway_step, outcome FROM polku_app;
--> statement-breakpoint
DROP POLICY pathway_step_write ON pathway_step;
--> statement-breakpoint
CREATE POLICY pathway_step_insert ON pathway_step FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY pathway_step_update ON pathway_step FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()
         OR (organisation_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id)))
  WITH CHECK (provider_id = polku_current_provider()
         OR (organisation_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id)));
--> statement-breakpoint
DROP POLICY outcome_write ON outcome;
--> statement-breakpoint
CREATE POLICY outcome_insert ON outcome FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() OR polku_is_granted(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY outcome_update ON outcome FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()
         OR (organisation_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id)))
  WITH CHECK (provider_id = polku_current_provider()
         OR (organisation_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id)));
--> statement-breakpoint
-- An audit entry is written by the person acting, about a student that person may see.
DROP POLICY audit_log_append ON audit_log;
--> statement-breakpoint
CREATE POLICY audit_log_append ON audit_log FOR INSERT TO polku_app
  WITH CHECK (actor_person_id = polku_setting_uuid('app.person_id')
              AND (student_id IS NULL OR polku_student_visible(provider_id, student_id)));
--> statement-breakpoint
-- A guardian's own row is visible only while the ward is a minor (through polku_is_self_or_ward).
DROP POLICY guardian_read ON guardian;
--> statement-breakpoint
CREATE POLICY guardian_read ON guardian FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
-- The security-definer helpers are for the application role only.
REVOKE EXECUTE ON FUNCTION polku_is_self_or_ward(uuid, uuid), polku_is_granted(uuid, uuid),
  polku_audit_trail(uuid, uuid), polku_disclosed_referrals(uuid, uuid), polku_login_lookup(text),
  polku_person_visible(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_is_self_or_ward(uuid, uuid), polku_is_granted(uuid, uuid),
  polku_audit_trail(uuid, uuid), polku_disclosed_referrals(uuid, uuid), polku_login_lookup(text),
  polku_person_visible(uuid) TO polku_app;
