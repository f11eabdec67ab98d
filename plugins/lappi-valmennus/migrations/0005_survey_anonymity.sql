-- Survey answers stay anonymous against the application role itself, not only in what the API shows.
-- Before this, polku_app inserted the respondent row and the answer as two statements (so a student
-- could insert an answer with no respondent row, as often as they liked), and any role reading both
-- tables could match an answer to its respondent by transaction id (xmin), by physical order (ctid)
-- or by the answer's date. Now:
-- * polku_app may neither insert into nor read survey_answer (no grant, no policy: owner-only);
-- * answering is one call, lappi_valmennus.answer_survey, which checks the survey is open to the
--   caller and the answers fit its questions, and writes the respondent row (the primary key makes
--   it once per person and survey) and the answer together;
-- * results come only from lappi_valmennus.survey_results (counts per scale value, and the texts in
--   random order, only from 5 answers up: the metrics' floor, MIN_STUDENTS in src/metrics/privacy.ts)
--   and the number of answers from lappi_valmennus.survey_answer_count, both for the provider's
--   managers only;
-- * polku_app still reads its own respondent rows (has this person answered?), never another's.
-- The functions are owned by the tables' owner and qualify every table; pg_temp is last in their
-- search_path, so a temporary table of the caller's cannot stand in for one of ours.
DROP POLICY survey_answer_read ON lappi_valmennus.survey_answer;
--> statement-breakpoint
DROP POLICY survey_answer_insert ON lappi_valmennus.survey_answer;
--> statement-breakpoint
DROP POLICY survey_respondent_insert ON lappi_valmennus.survey_respondent;
--> statement-breakpoint
REVOKE ALL ON lappi_valmennus.survey_answer FROM polku_app, PUBLIC;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON lappi_valmennus.survey_respondent FROM polku_app, PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lappi_valmennus.answer_survey(p_provider uuid, p_survey uuid, p_answers jsonb)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_person uuid := polku_setting_uuid('app.person_id');
  v_questions jsonb;
  v_entry record;
  v_kind text;
  v_fits boolean;
BEGIN
  -- The survey is open today (Helsinki) and the caller is its audience: a student of the provider for
  -- a student survey, the provider's own staff for a team survey.
  SELECT s.questions INTO v_questions FROM lappi_valmennus.survey s
  WHERE s.provider_id = p_provider AND s.id = p_survey
    AND (now() AT TIME ZONE 'Europe/Helsinki')::date BETWEEN s.opens_on AND s.closes_on
    AND CASE s.audience
      WHEN 'student' THEN polku_current_role() = 'student' AND lappi_valmennus.is_student_of(s.provider_id)
      WHEN 'team' THEN polku_current_role() <> 'student' AND s.provider_id = polku_current_provider()
      ELSE false
    END;
  IF v_person IS NULL OR v_questions IS NULL THEN
    RAISE EXCEPTION 'no open survey of this person to answer' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_answers IS NULL OR jsonb_typeof(p_answers) <> 'object' THEN
    RAISE EXCEPTION 'the answers are not an object of question ids' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- Each answer is to one of the questions: a scale question's whole number 1-5, a text question's words.
  FOR v_entry IN SELECT e.key, e.value FROM jsonb_each(p_answers) e LOOP
    SELECT q.value ->> 'kind' INTO v_kind FROM jsonb_array_elements(v_questions) q
    WHERE q.value ->> 'id' = v_entry.key;
    v_fits := CASE v_kind
      WHEN 'scale' THEN jsonb_typeof(v_entry.value) = 'number' AND v_entry.value::text IN ('1', '2', '3', '4', '5')
      WHEN 'text' THEN jsonb_typeof(v_entry.value) = 'string'
        AND length(btrim(v_entry.value #>> '{}')) BETWEEN 1 AND 2000
      ELSE false
    END;
    IF NOT v_fits THEN
      RAISE EXCEPTION 'an answer does not fit the survey''s questions' USING ERRCODE = 'invalid_parameter_value';
    END IF;
  END LOOP;
  IF EXISTS (SELECT 1 FROM jsonb_array_elements(v_questions) q
             WHERE q.value ->> 'kind' = 'scale' AND NOT p_answers ? (q.value ->> 'id')) THEN
    RAISE EXCEPTION 'a scale question is not answered' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- A second answer by the same person fails here, on the primary key (23505), and stores nothing.
  INSERT INTO lappi_valmennus.survey_respondent (provider_id, survey_id, person_id)
    VALUES (p_provider, p_survey, v_person);
  INSERT INTO lappi_valmennus.survey_answer (provider_id, survey_id, answers)
    VALUES (p_provider, p_survey, p_answers);
END
$$;
--> statement-breakpoint
-- How many have answered a survey of the caller's provider: shown to its managers at any count (it
-- says nothing of what anyone answered). NULL for anyone else.
CREATE OR REPLACE FUNCTION lappi_valmennus.survey_answer_count(p_provider uuid, p_survey uuid)
  RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN p_provider = polku_current_provider() AND polku_current_role() = 'manager' THEN
    (SELECT count(*)::int FROM lappi_valmennus.survey_answer a
     WHERE a.provider_id = p_provider AND a.survey_id = p_survey)
  END
$$;
--> statement-breakpoint
-- A survey's results for the provider's managers, or NULL for anyone else or no such survey:
-- { answers, scales: [{ questionId, distribution: [n1..n5] }], texts: [{ questionId, text }] }.
-- Below 5 answers only the number: the contents are not even read.
CREATE OR REPLACE FUNCTION lappi_valmennus.survey_results(p_provider uuid, p_survey uuid)
  RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_answers integer;
BEGIN
  IF p_provider IS DISTINCT FROM polku_current_provider() OR polku_current_role() IS DISTINCT FROM 'manager'
     OR NOT EXISTS (SELECT 1 FROM lappi_valmennus.survey s WHERE s.provider_id = p_provider AND s.id = p_survey)
  THEN
    RETURN NULL;
  END IF;
  SELECT count(*)::int INTO v_answers FROM lappi_valmennus.survey_answer a
  WHERE a.provider_id = p_provider AND a.survey_id = p_survey;
  IF v_answers < 5 THEN
    RETURN jsonb_build_object('answers', v_answers, 'scales', '[]'::jsonb, 'texts', '[]'::jsonb);
  END IF;
  RETURN jsonb_build_object(
    'answers', v_answers,
    'scales', coalesce((
      SELECT jsonb_agg(jsonb_build_object('questionId', c.question_id,
                                          'distribution', jsonb_build_array(c.d1, c.d2, c.d3, c.d4, c.d5))
                       ORDER BY c.question_id)
      FROM (SELECT e.key AS question_id,
                   count(*) FILTER (WHERE e.value = '1'::jsonb)::int AS d1,
                   count(*) FILTER (WHERE e.value = '2'::jsonb)::int AS d2,
                   count(*) FILTER (WHERE e.value = '3'::jsonb)::int AS d3,
                   count(*) FILTER (WHERE e.value = '4'::jsonb)::int AS d4,
                   count(*) FILTER (WHERE e.value = '5'::jsonb)::int AS d5
            FROM lappi_valmennus.survey_answer a CROSS JOIN LATERAL jsonb_each(a.answers) e
            WHERE a.provider_id = p_provider AND a.survey_id = p_survey AND jsonb_typeof(e.value) = 'number'
            GROUP BY e.key) c), '[]'::jsonb),
    -- Ordered by the answer's random id, never by when it came: the order tells nothing of who was first.
    'texts', coalesce((
      SELECT jsonb_agg(jsonb_build_object('questionId', e.key, 'text', e.value #>> '{}') ORDER BY e.key, a.id)
      FROM lappi_valmennus.survey_answer a CROSS JOIN LATERAL jsonb_each(a.answers) e
      WHERE a.provider_id = p_provider AND a.survey_id = p_survey AND jsonb_typeof(e.value) = 'string'),
      '[]'::jsonb));
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION lappi_valmennus.answer_survey(uuid, uuid, jsonb),
  lappi_valmennus.survey_answer_count(uuid, uuid), lappi_valmennus.survey_results(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lappi_valmennus.answer_survey(uuid, uuid, jsonb),
  lappi_valmennus.survey_answer_count(uuid, uuid), lappi_valmennus.survey_results(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- The plugin's earlier definer functions read unqualified tables with pg_temp (implicitly first) in
-- their path: a caller's temporary `student` or `membership` table would have answered for them.
ALTER FUNCTION lappi_valmennus.is_student_of(uuid) SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION lappi_valmennus.provider_staff(uuid) SET search_path = public, pg_temp;
