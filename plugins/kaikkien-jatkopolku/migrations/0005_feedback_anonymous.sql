-- The follow-up feedback made anonymous (security review): the answers no longer sit on the request row
-- beside learner_id. The request keeps only whether (and when) its link was used; the answer goes to
-- feedback_answer, which holds the training and provider only (no learner, no request, no time), and
-- which no role serving requests may read or write: one definer function marks the request used and
-- inserts the answer together, and definer functions give the trainer the answers of a training (texts,
-- without who, in an order set by their content, from 5 answers up) and staff and partners the summary,
-- whose floor of 5 answers lives in the function (a caller could pass 1 before and poll each answer).
-- The link's token is hashed inside the functions, and the application role may no longer read
-- token_hash or update requests, so the provider's staff cannot answer in a learner's place or burn a link.
CREATE TABLE kaikkien_jatkopolku.feedback_answer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL,
  training_id uuid NOT NULL,
  situation smallint NOT NULL CHECK (situation BETWEEN 1 AND 5),
  continued_with_partner boolean,
  needs text[] NOT NULL DEFAULT '{}',
  comment text,
  FOREIGN KEY (provider_id, training_id) REFERENCES kaikkien_jatkopolku.training (provider_id, id)
);
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.feedback_answer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON kaikkien_jatkopolku.feedback_answer FROM PUBLIC, polku_app;
--> statement-breakpoint
-- The answers given so far move over, shuffled so that the new rows keep no trace of the old order.
INSERT INTO kaikkien_jatkopolku.feedback_answer (provider_id, training_id, situation, continued_with_partner, needs, comment)
SELECT provider_id, training_id, situation, continued_with_partner, coalesce(needs, '{}'), comment
  FROM kaikkien_jatkopolku.feedback_request
 WHERE used_at IS NOT NULL AND situation IS NOT NULL
 ORDER BY random();
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.feedback_request DROP COLUMN situation, DROP COLUMN continued_with_partner,
  DROP COLUMN needs, DROP COLUMN comment;
--> statement-breakpoint
-- Staff read the requests but not their token hashes; nobody serving requests updates them (the answer
-- goes through answer_feedback). The job inserts requests (its role mirrors these privileges).
REVOKE SELECT, UPDATE ON kaikkien_jatkopolku.feedback_request FROM polku_app;
--> statement-breakpoint
GRANT SELECT (provider_id, id, training_id, learner_id, expires_at, used_at, created_at)
  ON kaikkien_jatkopolku.feedback_request TO polku_app;
--> statement-breakpoint
DROP FUNCTION kaikkien_jatkopolku.feedback_form(text);
--> statement-breakpoint
DROP FUNCTION kaikkien_jatkopolku.answer_feedback(text, integer, boolean, text[], text);
--> statement-breakpoint
DROP FUNCTION kaikkien_jatkopolku.feedback_summary(uuid, uuid, integer);
--> statement-breakpoint
-- The SHA-256 of a link's token, as the job stores it (hex, like node:crypto's).
CREATE FUNCTION kaikkien_jatkopolku.token_hash(p_token text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
  SELECT encode(sha256(convert_to(p_token, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- What the link's page shows, by the link's own token: the training's name and theme, and whether it works.
CREATE FUNCTION kaikkien_jatkopolku.feedback_form(p_token text)
  RETURNS TABLE (state text, training_name text, theme text, expires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN r.used_at IS NOT NULL THEN 'used' WHEN r.expires_at <= now() THEN 'expired' ELSE 'open' END,
         t.name, t.theme, r.expires_at
    FROM kaikkien_jatkopolku.feedback_request r
    JOIN kaikkien_jatkopolku.training t ON t.provider_id = r.provider_id AND t.id = r.training_id
   WHERE r.token_hash = kaikkien_jatkopolku.token_hash(p_token)
$$;
--> statement-breakpoint
-- Answers once, by the link's own token, while it works: marks the request used and stores the answer
-- apart from it in one go. 'saved', or why not ('used', 'expired', 'unknown').
CREATE FUNCTION kaikkien_jatkopolku.answer_feedback(p_token text, p_situation integer,
  p_continued boolean, p_needs text[], p_comment text) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  r kaikkien_jatkopolku.feedback_request%ROWTYPE;
BEGIN
  SELECT * INTO r FROM kaikkien_jatkopolku.feedback_request
   WHERE token_hash = kaikkien_jatkopolku.token_hash(p_token) FOR UPDATE;
  IF NOT FOUND THEN RETURN 'unknown'; END IF;
  IF r.used_at IS NOT NULL THEN RETURN 'used'; END IF;
  IF r.expires_at <= now() THEN RETURN 'expired'; END IF;
  UPDATE kaikkien_jatkopolku.feedback_request SET used_at = now()
   WHERE provider_id = r.provider_id AND id = r.id;
  INSERT INTO kaikkien_jatkopolku.feedback_answer (provider_id, training_id, situation, continued_with_partner, needs, comment)
  VALUES (r.provider_id, r.training_id, p_situation, p_continued, coalesce(p_needs, '{}'), nullif(p_comment, ''));
  RETURN 'saved';
END $$;
--> statement-breakpoint
-- A training's feedback in aggregate, for its provider's staff and its partners: counts always, the
-- figures only from 5 answers up (NULL below), and never who answered what.
CREATE FUNCTION kaikkien_jatkopolku.feedback_summary(p_provider uuid, p_training uuid)
  RETURNS TABLE (requested integer, answered integer, average_situation numeric, continued integer,
                 needs jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  WITH allowed AS (
    SELECT 1 WHERE kaikkien_jatkopolku.is_staff(p_provider) OR kaikkien_jatkopolku.is_partner_of(p_provider, p_training)
  ), a AS (
    SELECT * FROM kaikkien_jatkopolku.feedback_answer
     WHERE provider_id = p_provider AND training_id = p_training AND EXISTS (SELECT 1 FROM allowed)
  ), n AS (
    SELECT (SELECT count(*)::int FROM kaikkien_jatkopolku.feedback_request
             WHERE provider_id = p_provider AND training_id = p_training) AS requested,
           (SELECT count(*)::int FROM a) AS answered
  )
  SELECT n.requested, n.answered,
         CASE WHEN n.answered >= 5 THEN (SELECT round(avg(situation), 1) FROM a) END,
         CASE WHEN n.answered >= 5 THEN (SELECT count(*)::int FROM a WHERE continued_with_partner) END,
         CASE WHEN n.answered >= 5 THEN (SELECT coalesce(jsonb_object_agg(need, c), '{}'::jsonb) FROM (
           SELECT need, count(*)::int AS c FROM a, unnest(a.needs) AS need GROUP BY need) x) END
    FROM n WHERE EXISTS (SELECT 1 FROM allowed)
$$;
--> statement-breakpoint
-- A training's answers for its provider's staff, without who gave them: none below 5 answers, and in an
-- order set by their content only, so that no answer can be tied to a learner by its place.
CREATE FUNCTION kaikkien_jatkopolku.feedback_answers(p_provider uuid, p_training uuid)
  RETURNS TABLE (situation integer, continued_with_partner boolean, needs text[], comment text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT a.situation::int, a.continued_with_partner, a.needs, a.comment
    FROM kaikkien_jatkopolku.feedback_answer a
   WHERE kaikkien_jatkopolku.is_staff(p_provider) AND a.provider_id = p_provider AND a.training_id = p_training
     AND (SELECT count(*) FROM kaikkien_jatkopolku.feedback_answer c
           WHERE c.provider_id = p_provider AND c.training_id = p_training) >= 5
   ORDER BY a.situation, a.continued_with_partner NULLS LAST, a.needs, a.comment NULLS FIRST
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION kaikkien_jatkopolku.token_hash(text), kaikkien_jatkopolku.feedback_form(text),
  kaikkien_jatkopolku.answer_feedback(text, integer, boolean, text[], text),
  kaikkien_jatkopolku.feedback_summary(uuid, uuid), kaikkien_jatkopolku.feedback_answers(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION kaikkien_jatkopolku.feedback_form(text),
  kaikkien_jatkopolku.answer_feedback(text, integer, boolean, text[], text),
  kaikkien_jatkopolku.feedback_summary(uuid, uuid), kaikkien_jatkopolku.feedback_answers(uuid, uuid) TO polku_app;
