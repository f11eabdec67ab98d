-- The follow-up feedback (chapter 9, "Jälkipalaute"): the scheduled job creates a request per learner
-- some weeks after the training and sends its link; the link's page and answer need no account and go
-- through the definer functions below, by the SHA-256 of the link's token (the token itself is never
-- stored here). A partner sees the answers only in aggregate, and only from 5 answers up.
--
-- The job's notification: the platform's jobs get no notifier (JobContext has only tx, log and settings)
-- and polku.notify wants a staff member's session, so the plugin's own definer function records the
-- notification in the core's outbox, for this plugin's live job run only, to the learner's own account
-- (inbox and email) or to the learner's recorded address (email). On behalf of the training's trainer.
CREATE FUNCTION kaikkien_jatkopolku.send_feedback_link(p_provider uuid, p_request uuid, p_data jsonb)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_person uuid;
  v_email text;
  v_student uuid;
  v_trainer uuid;
BEGIN
  IF polku.current_job() IS DISTINCT FROM 'kaikkien-jatkopolku' THEN
    RAISE EXCEPTION 'only the plugin''s job sends feedback links' USING ERRCODE = '42501';
  END IF;
  SELECT s.person_id, s.email, s.id, t.trainer_person_id INTO v_person, v_email, v_student, v_trainer
    FROM kaikkien_jatkopolku.feedback_request r
    JOIN kaikkien_jatkopolku.learner l ON l.provider_id = r.provider_id AND l.id = r.learner_id
    JOIN kaikkien_jatkopolku.training t ON t.provider_id = r.provider_id AND t.id = r.training_id
    JOIN student s ON s.provider_id = l.provider_id AND s.id = l.student_id
   WHERE r.provider_id = p_provider AND r.id = p_request;
  IF v_student IS NULL OR (v_person IS NULL AND v_email IS NULL) THEN
    RETURN false;
  END IF;
  INSERT INTO notification (provider_id, source, key, recipient_person_id, recipient_email, template, data,
                            channels, on_behalf_of, about_students)
  VALUES (p_provider, 'kaikkien-jatkopolku', 'feedback:' || p_request::text, v_person,
          CASE WHEN v_person IS NULL THEN v_email END, 'kaikkien-jatkopolku.feedbackLink', p_data,
          CASE WHEN v_person IS NULL THEN ARRAY['email'] ELSE ARRAY['email', 'inbox'] END, v_trainer,
          ARRAY[v_student])
  ON CONFLICT (provider_id, source, key) DO NOTHING;
  RETURN true;
END $$;
--> statement-breakpoint
-- What the link's page shows: the training's name and theme, and whether the link still works.
CREATE FUNCTION kaikkien_jatkopolku.feedback_form(p_token_hash text)
  RETURNS TABLE (state text, training_name text, theme text, expires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN r.used_at IS NOT NULL THEN 'used' WHEN r.expires_at <= now() THEN 'expired' ELSE 'open' END,
         t.name, t.theme, r.expires_at
    FROM kaikkien_jatkopolku.feedback_request r
    JOIN kaikkien_jatkopolku.training t ON t.provider_id = r.provider_id AND t.id = r.training_id
   WHERE r.token_hash = p_token_hash
$$;
--> statement-breakpoint
-- Answers once, while the link works: 'saved', or why not ('used', 'expired', 'unknown').
CREATE FUNCTION kaikkien_jatkopolku.answer_feedback(p_token_hash text, p_situation integer,
  p_continued boolean, p_needs text[], p_comment text) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_used timestamptz;
  v_expires timestamptz;
BEGIN
  SELECT used_at, expires_at INTO v_used, v_expires FROM kaikkien_jatkopolku.feedback_request
   WHERE token_hash = p_token_hash FOR UPDATE;
  IF NOT FOUND THEN RETURN 'unknown'; END IF;
  IF v_used IS NOT NULL THEN RETURN 'used'; END IF;
  IF v_expires <= now() THEN RETURN 'expired'; END IF;
  UPDATE kaikkien_jatkopolku.feedback_request
     SET used_at = now(), situation = p_situation, continued_with_partner = p_continued,
         needs = coalesce(p_needs, '{}'), comment = nullif(p_comment, '')
   WHERE token_hash = p_token_hash;
  RETURN 'saved';
END $$;
--> statement-breakpoint
-- A training's feedback in aggregate, for its provider's staff and its partners: counts always, the
-- figures only from p_min answers up (below it they are NULL), and never who answered what.
CREATE FUNCTION kaikkien_jatkopolku.feedback_summary(p_provider uuid, p_training uuid, p_min integer)
  RETURNS TABLE (requested integer, answered integer, average_situation numeric, continued integer,
                 needs jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  WITH allowed AS (
    SELECT 1 WHERE kaikkien_jatkopolku.is_staff(p_provider) OR kaikkien_jatkopolku.is_partner_of(p_provider, p_training)
  ), r AS (
    SELECT * FROM kaikkien_jatkopolku.feedback_request
     WHERE provider_id = p_provider AND training_id = p_training AND EXISTS (SELECT 1 FROM allowed)
  ), n AS (SELECT count(*)::int AS requested, count(used_at)::int AS answered FROM r)
  SELECT n.requested, n.answered,
         CASE WHEN n.answered >= p_min THEN (SELECT round(avg(situation), 1) FROM r WHERE used_at IS NOT NULL) END,
         CASE WHEN n.answered >= p_min THEN (SELECT count(*)::int FROM r WHERE continued_with_partner) END,
         CASE WHEN n.answered >= p_min THEN (SELECT coalesce(jsonb_object_agg(need, c), '{}'::jsonb) FROM (
           SELECT need, count(*)::int AS c FROM r, unnest(r.needs) AS need GROUP BY need) x) END
    FROM n WHERE EXISTS (SELECT 1 FROM allowed)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION kaikkien_jatkopolku.send_feedback_link(uuid, uuid, jsonb),
  kaikkien_jatkopolku.feedback_form(text), kaikkien_jatkopolku.answer_feedback(text, integer, boolean, text[], text),
  kaikkien_jatkopolku.feedback_summary(uuid, uuid, integer) FROM PUBLIC;
--> statement-breakpoint
-- The public link's page and answer run as the application role with no one logged in; the summary
-- serves staff and partners. The job role gets EXECUTE on the plugin's functions from the host.
GRANT EXECUTE ON FUNCTION kaikkien_jatkopolku.feedback_form(text),
  kaikkien_jatkopolku.answer_feedback(text, integer, boolean, text[], text),
  kaikkien_jatkopolku.feedback_summary(uuid, uuid, integer) TO polku_app;
