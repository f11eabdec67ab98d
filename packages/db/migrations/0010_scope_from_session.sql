ALTER TABLE "session" ADD COLUMN "role" text;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
-- The request's scope comes from its session, not from settings a request could write itself (issue 7).
-- Until now polku_begin_request put the actor into app.* settings and the policies trusted them, so any
-- SQL that reached the request connection could set_config('app.provider_id', ...) and be anyone. Now
-- the only setting is app.session, the session's token hash: the policies read the person, role,
-- organisation and provider from that session's row, which no role that serves requests may read or
-- write. Setting app.session to a made-up value gives no scope; to another's, needs their token hash.

-- The membership's role, organisation and provider are kept on the session, so a policy's scope is one
-- lookup by primary key. Provider staff act on their provider's rows; everyone else only through grants
-- or as themselves.
CREATE OR REPLACE FUNCTION polku_session_scope_fill() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE m record;
BEGIN
  IF NEW.membership_id IS NULL THEN
    -- A session without a membership (a person with no role yet, or a test's scope) keeps what it was given.
    RETURN NEW;
  END IF;
  SELECT mb.person_id, mb.role, o.id AS oid, o.kind, o.parent_id INTO m
    FROM membership mb JOIN organisation o ON o.id = mb.organisation_id WHERE mb.id = NEW.membership_id;
  IF NOT FOUND OR m.person_id <> NEW.person_id THEN
    RAISE EXCEPTION 'The membership % is not the session''s person''s.', NEW.membership_id;
  END IF;
  NEW.role := m.role;
  NEW.organisation_id := m.oid;
  NEW.provider_id := CASE WHEN m.role IN ('tutor', 'teacher', 'welfare', 'manager') THEN
                       CASE m.kind WHEN 'provider' THEN m.oid WHEN 'institution' THEN m.parent_id END END;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER session_scope_fill BEFORE INSERT OR UPDATE OF membership_id, person_id ON session
  FOR EACH ROW EXECUTE FUNCTION polku_session_scope_fill();
--> statement-breakpoint
UPDATE session SET membership_id = membership_id WHERE membership_id IS NOT NULL;
--> statement-breakpoint
-- Sessions are the owner's: logging in, switching role and logging out run on the owner's connection.
DROP POLICY session_own ON session;
--> statement-breakpoint
REVOKE ALL ON session FROM polku_app;
--> statement-breakpoint
-- The acting person, organisation or provider: from the live session of app.session, or NULL. PL/pgSQL
-- (not SQL) because its plan is cached for the transaction: a policy may call this once per row.
CREATE OR REPLACE FUNCTION polku_setting_uuid(name text) RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE v uuid;
BEGIN
  IF name NOT IN ('app.person_id', 'app.organisation_id', 'app.provider_id') THEN
    RAISE EXCEPTION 'Unknown scope setting %.', name;
  END IF;
  SELECT CASE name WHEN 'app.person_id' THEN s.person_id WHEN 'app.organisation_id' THEN s.organisation_id
                   ELSE s.provider_id END
    INTO v FROM session s
   WHERE s.token_hash = current_setting('app.session', true) AND s.revoked_at IS NULL AND s.expires_at > now();
  RETURN v;
END $$;
--> statement-breakpoint
-- The acting role (from the session, like the others); the procedure and address of the request are
-- plain settings: they only describe the request's own audit entries, whose actor is the session's.
CREATE OR REPLACE FUNCTION polku_setting_text(name text) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE v text;
BEGIN
  IF name IN ('app.procedure', 'app.ip') THEN
    RETURN nullif(current_setting(name, true), '');
  END IF;
  IF name <> 'app.role' THEN
    RAISE EXCEPTION 'Unknown scope setting %.', name;
  END IF;
  SELECT s.role INTO v FROM session s
   WHERE s.token_hash = current_setting('app.session', true) AND s.revoked_at IS NULL AND s.expires_at > now();
  RETURN v;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_current_role() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT polku_setting_text('app.role') $$;
--> statement-breakpoint
-- One statement at the start of every request's transaction: finds the live session of the cookie's
-- token hash, extends it when it was last used over 5 minutes ago (never past the absolute limit), and
-- makes it the transaction's scope. Without a live session the scope is anonymous.
CREATE OR REPLACE FUNCTION polku_begin_request(p_token_hash text, p_procedure text, p_ip text,
    p_ttl_seconds integer, p_absolute_hours integer)
  RETURNS TABLE (person_id uuid, first_name text, last_name text, locale text, membership_id uuid,
    role text, organisation_id uuid, organisation_name text, organisation_kind text, provider_id uuid,
    csrf_token text, logged_in_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
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
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
     AND s.created_at > now() - make_interval(hours => p_absolute_hours) AND NOT p.disabled;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF r.seen < now() - interval '5 minutes' THEN
    UPDATE session SET last_seen_at = now(),
                       expires_at = least(now() + make_interval(secs => p_ttl_seconds),
                                          created_at + make_interval(hours => p_absolute_hours))
     WHERE token_hash = p_token_hash;
  END IF;
  PERFORM set_config('app.session', p_token_hash, true);
  RETURN QUERY SELECT r.pid, r.fn, r.ln, r.loc, r.mid, r.srole, r.oid, r.oname, r.okind, r.sprovider,
                      r.csrf, r.created;
END $$;
