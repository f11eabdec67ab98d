-- The request wall, hardened (issue 7). Requests serve over a login role that is only a member of
-- polku_app; the host's own account work (login lookups, the login limit) runs on the owner's connection.

-- No role that serves requests reads a password hash: only the owner calls the lookup.
REVOKE EXECUTE ON FUNCTION polku_login_lookup(text) FROM polku_app, PUBLIC;
--> statement-breakpoint
-- The login limit is the owner's alone: a request that reached SQL could otherwise delete its failures.
REVOKE ALL ON login_attempt FROM polku_app;
--> statement-breakpoint
ALTER TABLE login_attempt ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE login_known_address ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The setting as text ('' reads as NULL), for the audit entry's procedure and address.
CREATE OR REPLACE FUNCTION polku_setting_text(name text) RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting(name, true), '') $$;
--> statement-breakpoint
-- One statement at the start of every request's transaction: finds the live session of the cookie's
-- token hash, extends it when it was last used over 5 minutes ago, and sets the actor's scope (and the
-- procedure and address the audit entries must carry). Without a live session the scope is anonymous.
-- EXECUTE is granted to PUBLIC because the same statement sets the role to polku_app, and a function's
-- privilege is checked before any of the statement runs; without a session token it reveals nothing.
CREATE OR REPLACE FUNCTION polku_begin_request(p_token_hash text, p_procedure text, p_ip text,
    p_ttl_seconds integer, p_absolute_hours integer)
  RETURNS TABLE (person_id uuid, first_name text, last_name text, locale text, membership_id uuid,
    role text, organisation_id uuid, organisation_name text, organisation_kind text, provider_id uuid,
    csrf_token text, logged_in_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  r record;
  v_found boolean;
  v_provider uuid;
BEGIN
  PERFORM set_config('app.procedure', coalesce(p_procedure, ''), true),
          set_config('app.ip', coalesce(p_ip, ''), true);
  IF p_token_hash IS NOT NULL THEN
    SELECT p.id AS pid, p.first_name AS fn, p.last_name AS ln, p.locale AS loc, m.id AS mid, m.role AS mrole,
           o.id AS oid, o.name AS oname, o.kind AS okind, o.parent_id AS oparent, s.csrf_token AS csrf,
           s.created_at AS created, s.last_seen_at AS seen
      INTO r
      FROM session s
      JOIN person p ON p.id = s.person_id
      JOIN membership m ON m.id = s.membership_id AND m.person_id = p.id
      JOIN organisation o ON o.id = m.organisation_id
     WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
       AND s.created_at > now() - make_interval(hours => p_absolute_hours) AND NOT p.disabled;
    v_found := FOUND;
  ELSE
    v_found := false;
  END IF;
  IF NOT v_found THEN
    PERFORM set_config('app.provider_id', '', true), set_config('app.organisation_id', '', true),
            set_config('app.person_id', '', true), set_config('app.role', '', true);
    RETURN;
  END IF;
  IF r.seen < now() - interval '5 minutes' THEN
    UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(secs => p_ttl_seconds)
     WHERE token_hash = p_token_hash;
  END IF;
  -- Provider staff act on their provider's rows; everyone else only through grants or as themselves.
  v_provider := CASE WHEN r.mrole IN ('tutor', 'teacher', 'welfare', 'manager') THEN
                  CASE r.okind WHEN 'provider' THEN r.oid WHEN 'institution' THEN r.oparent END END;
  PERFORM set_config('app.provider_id', coalesce(v_provider::text, ''), true),
          set_config('app.organisation_id', r.oid::text, true),
          set_config('app.person_id', r.pid::text, true),
          set_config('app.role', r.mrole, true);
  RETURN QUERY SELECT r.pid, r.fn, r.ln, r.loc, r.mid, r.mrole, r.oid, r.oname, r.okind, v_provider,
                      r.csrf, r.created;
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_begin_request(text, text, text, integer, integer) TO PUBLIC;
--> statement-breakpoint
-- An audit entry is exactly what the acting request is: its person, role, organisation, procedure and
-- address, at the transaction's time, about a student that person may see (or, without a student,
-- about the acting staff member's own provider).
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
                       ELSE polku_student_visible(provider_id, student_id) END);
--> statement-breakpoint
-- A person is visible to themself; to colleagues of the same organisation or provider (staff and
-- partners only: a student or guardian is not a colleague of everyone in the school); to whoever sees
-- a student the person supports or is a guardian of; and to a provider's staff when the person's
-- organisation holds a grant from that provider.
CREATE OR REPLACE FUNCTION polku_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p_person = polku_setting_uuid('app.person_id')
    OR (coalesce(polku_setting_text('app.role'), '') NOT IN ('', 'student', 'guardian')
        AND EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                    WHERE m.person_id = p_person
                      AND (o.id = polku_setting_uuid('app.organisation_id')
                           OR o.id = polku_current_provider() OR o.parent_id = polku_current_provider())))
    OR EXISTS (SELECT 1 FROM support_team_member s
               WHERE s.person_id = p_person AND polku_student_visible(s.provider_id, s.student_id))
    OR EXISTS (SELECT 1 FROM guardian g
               WHERE g.person_id = p_person AND polku_is_self_or_ward(g.provider_id, g.student_id))
    OR EXISTS (SELECT 1 FROM student s
               WHERE s.person_id = p_person AND polku_is_self_or_ward(s.provider_id, s.id))
    OR EXISTS (SELECT 1 FROM membership m JOIN access_grant g ON g.grantee_organisation_id = m.organisation_id
               WHERE m.person_id = p_person AND g.provider_id = polku_current_provider() AND g.revoked_at IS NULL)
$$;
--> statement-breakpoint
-- The trail now says whether each attempt succeeded, and welfare reads (confidential entries) are shown
-- only to the student themself and to welfare staff: to a manager or a guardian even their existence
-- would disclose that the student is a welfare client.
DROP FUNCTION polku_audit_trail(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION polku_audit_trail(p_provider uuid, p_student uuid)
  RETURNS TABLE (at timestamptz, action text, procedure text, actor_role text, actor_organisation_id uuid,
    actor_person_id uuid, succeeded boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.at, a.action, a.procedure, a.actor_role, a.actor_organisation_id, a.actor_person_id, a.succeeded
  FROM audit_log a
  WHERE a.provider_id = p_provider AND a.student_id = p_student
    AND (p_provider = polku_current_provider() OR polku_is_self_or_ward(p_provider, p_student))
    AND (NOT a.confidential
         OR polku_setting_text('app.role') = 'welfare'
         OR EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.id = p_student
                    AND s.person_id = polku_setting_uuid('app.person_id')))
  ORDER BY a.at DESC, a.id DESC
  LIMIT 500
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku_audit_trail(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_audit_trail(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- Organisations (names and kinds) are public within the deployment, but every table has row-level
-- security: a read-all policy says so explicitly.
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_read ON organisation FOR SELECT TO polku_app USING (true);
--> statement-breakpoint
-- A security-definer function with `search_path = public` searches temporary tables first: a request
-- could create a temporary `student` table and be taken for anyone's student. Every definer function of
-- the core looks in pg_temp last, and requests may not create temporary tables at all.
DO $$
DECLARE f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.prosecdef LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = public, pg_temp', f);
  END LOOP;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'Not the database owner: revoke TEMPORARY on this database from PUBLIC as an administrator.';
END $$;
