-- What an attack on the request wall found after 0010 (issue 7 review).

-- A session's scope holds only while the session is what polku_begin_request accepts: live, within 12
-- hours of its login, of a person not disabled, through the membership it was opened with. Disabling a
-- person or changing a membership ends its sessions, so the policies' lookup (by token hash) stays one
-- row; and the lifetimes are fixed here, not taken from the caller, so no caller can extend a session.
CREATE OR REPLACE FUNCTION polku_end_sessions_of_person() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE session SET revoked_at = now() WHERE person_id = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_disabled_ends_sessions AFTER UPDATE OF disabled ON person
  FOR EACH ROW WHEN (NEW.disabled AND NOT OLD.disabled) EXECUTE FUNCTION polku_end_sessions_of_person();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_end_sessions_of_membership() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE session SET revoked_at = now() WHERE membership_id = OLD.id AND revoked_at IS NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER membership_change_ends_sessions AFTER UPDATE OF person_id, organisation_id, role ON membership
  FOR EACH ROW EXECUTE FUNCTION polku_end_sessions_of_membership();
--> statement-breakpoint
UPDATE session s SET revoked_at = now() FROM person p
 WHERE p.id = s.person_id AND p.disabled AND s.revoked_at IS NULL;
--> statement-breakpoint
UPDATE session SET expires_at = created_at + interval '12 hours'
 WHERE expires_at > created_at + interval '12 hours';
--> statement-breakpoint
ALTER TABLE session ADD CONSTRAINT session_absolute_limit CHECK (expires_at <= created_at + interval '12 hours');
--> statement-breakpoint
-- A connection is shared by the requests of many people in turn. A prepared statement outlives its
-- transaction, so SQL that reached the connection could replace the API's statements with its own
-- (DEALLOCATE, then PREPARE under the same name) and see the next person's token hash or act in their
-- scope. The API's statements are prepared through the protocol (from_sql false); one prepared with SQL
-- on a request connection is an attack: the request stops here, before the person's token hash or any
-- statement of theirs meets it, and every prepared statement of the connection is dropped (the driver
-- prepares its own again). The function is called schema-qualified, so a search_path a request set does
-- not stop it.
DROP FUNCTION polku_begin_request(text, text, text, integer, integer);
--> statement-breakpoint
CREATE FUNCTION polku_begin_request(p_token_hash text, p_procedure text, p_ip text)
  RETURNS TABLE (person_id uuid, first_name text, last_name text, locale text, membership_id uuid,
    role text, organisation_id uuid, organisation_name text, organisation_kind text, provider_id uuid,
    csrf_token text, logged_in_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_prepared_statements WHERE from_sql) THEN
    EXECUTE 'DEALLOCATE ALL';
    RAISE EXCEPTION 'A statement was prepared with SQL on this request connection.'
      USING ERRCODE = 'PK001';
  END IF;
  -- Nor does the rest of what a request's SQL may leave on the connection carry over: its advisory locks
  -- (one held under a login's key would stop every login) and the settings that would break the requests
  -- after it (an empty search_path, read-only transactions, row security off). Named, not read from
  -- pg_settings, which costs a millisecond a request; whatever else SQL could set lasts at most as long
  -- as the connection (two minutes, see client.ts).
  PERFORM pg_advisory_unlock_all();
  PERFORM set_config('search_path', 'public', false),
          set_config('default_transaction_read_only', 'off', false),
          set_config('row_security', 'on', false);
  PERFORM set_config('app.procedure', coalesce(p_procedure, ''), true),
          set_config('app.ip', coalesce(p_ip, ''), true),
          set_config('app.session', '', true);
  IF p_token_hash IS NULL THEN
    RETURN;
  END IF;
  SELECT p.id AS pid, p.first_name AS fn, p.last_name AS ln, p.locale AS loc, m.id AS mid, s.role AS srole,
         o.id AS oid, o.name AS oname, o.kind AS okind, s.provider_id AS sprovider, s.csrf_token AS csrf,
         s.created_at AS created, s.last_seen_at AS seen
    INTO r
    FROM session s
    JOIN person p ON p.id = s.person_id
    JOIN membership m ON m.id = s.membership_id AND m.person_id = p.id
    JOIN organisation o ON o.id = m.organisation_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT p.disabled;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  -- Sliding: 8 hours from the last use (extended at most every 5 minutes), never past 12 from the login.
  IF r.seen < now() - interval '5 minutes' THEN
    UPDATE session SET last_seen_at = now(),
                       expires_at = least(now() + interval '8 hours', created_at + interval '12 hours')
     WHERE token_hash = p_token_hash;
  END IF;
  PERFORM set_config('app.session', p_token_hash, true);
  RETURN QUERY SELECT r.pid, r.fn, r.ln, r.loc, r.mid, r.srole, r.oid, r.oname, r.okind, r.sprovider,
                      r.csrf, r.created;
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_begin_request(text, text, text) TO PUBLIC;
--> statement-breakpoint
-- A grant opens the partner's people to the provider's staff only while it is in force.
CREATE OR REPLACE FUNCTION polku_person_visible(p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
               WHERE m.person_id = p_person AND g.provider_id = polku_current_provider()
                 AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until)
$$;
--> statement-breakpoint
-- An audit entry's action is one of the five the API writes.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action
  CHECK (action IN ('read', 'create', 'update', 'delete', 'export'));
--> statement-breakpoint
-- A HOKS is approved by the student or a minor's guardian (polku_approve_hoks), or arrives approved from
-- eHOKS (an import, with no approver here): staff cannot mark one approved themselves.
DROP POLICY hoks_update ON hoks;
--> statement-breakpoint
CREATE POLICY hoks_update ON hoks FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider())
  WITH CHECK (provider_id = polku_current_provider()
              AND (status <> 'approved' OR (origin = 'imported' AND approved_by IS NULL)));
--> statement-breakpoint
DROP POLICY hoks_insert ON hoks;
--> statement-breakpoint
CREATE POLICY hoks_insert ON hoks FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider()
              AND (status <> 'approved' OR (origin = 'imported' AND approved_by IS NULL)));
