-- Grants checked by scope (issue 8): the plugin's policies and definer functions read the acting person,
-- provider and role through the core's `polku` helpers (core migration 0012) instead of reading
-- settings or calling the old public polku_* helpers. Each policy keeps its command, its role and its
-- meaning (the latest one: 0001, with notice_insert from 0003 and the survey answers' from 0005); only
-- the helpers it calls change, so ALTER POLICY is enough.
--
-- Which grant scopes open these tables: none. #Valmennus is the school's own first-year coaching: its
-- rows are the provider's staff's, and a participant's checklist and screenings are also the student's
-- own (or a minor's guardian's). No partner reads any of them through a grant of any scope (handover,
-- mentoring, badge_request or a plugin's), as before; a scope that should open one must be named here.

-- Participants, the start-of-studies checklist and the screenings: the provider's staff, and the student
-- or a minor's guardian. No grant scope.
ALTER POLICY participant_read ON lappi_valmennus.participant
  USING (provider_id = polku.current_provider() OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
ALTER POLICY participant_write ON lappi_valmennus.participant
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
ALTER POLICY start_task_read ON lappi_valmennus.start_task
  USING (provider_id = polku.current_provider() OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
ALTER POLICY start_task_write ON lappi_valmennus.start_task
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
ALTER POLICY screening_read ON lappi_valmennus.screening
  USING (provider_id = polku.current_provider() OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
ALTER POLICY screening_write ON lappi_valmennus.screening
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
-- Coaching plans and their items (group coaching, outreach visits): the provider's staff only. No grant
-- scope, and no student or guardian either.
ALTER POLICY coaching_plan_staff ON lappi_valmennus.coaching_plan
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
ALTER POLICY plan_item_staff ON lappi_valmennus.plan_item
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
--> statement-breakpoint
-- Hours: each team member keeps their own; managers read and plan everyone's. No grant scope.
ALTER POLICY hours_plan_read ON lappi_valmennus.hours_plan
  USING (provider_id = polku.current_provider()
         AND (person_id = polku.current_person() OR polku.current_role() = 'manager'));
--> statement-breakpoint
ALTER POLICY hours_plan_write ON lappi_valmennus.hours_plan
  USING (provider_id = polku.current_provider() AND polku.current_role() = 'manager')
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() = 'manager');
--> statement-breakpoint
ALTER POLICY hours_entry_read ON lappi_valmennus.hours_entry
  USING (provider_id = polku.current_provider()
         AND (person_id = polku.current_person() OR polku.current_role() = 'manager'));
--> statement-breakpoint
ALTER POLICY hours_entry_write ON lappi_valmennus.hours_entry
  USING (provider_id = polku.current_provider() AND person_id = polku.current_person())
  WITH CHECK (provider_id = polku.current_provider() AND person_id = polku.current_person());
--> statement-breakpoint
-- The cohorts' baselines (counts, no one's rows): the provider's staff read, its managers write. No grant
-- scope.
ALTER POLICY cohort_baseline_read ON lappi_valmennus.cohort_baseline
  USING (provider_id = polku.current_provider());
--> statement-breakpoint
ALTER POLICY cohort_baseline_write ON lappi_valmennus.cohort_baseline
  USING (provider_id = polku.current_provider() AND polku.current_role() = 'manager')
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() = 'manager');
--> statement-breakpoint
-- Surveys: the provider's managers create them, its staff and students read them. A respondent row is
-- readable only by its own person (has this person answered?). The answers stay owner-only (0005).
-- No grant scope.
ALTER POLICY survey_read ON lappi_valmennus.survey
  USING (provider_id = polku.current_provider() OR lappi_valmennus.is_student_of(provider_id));
--> statement-breakpoint
ALTER POLICY survey_insert ON lappi_valmennus.survey
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() = 'manager');
--> statement-breakpoint
ALTER POLICY survey_respondent_own ON lappi_valmennus.survey_respondent
  USING (person_id = polku.current_person());
--> statement-breakpoint
-- Absence notices to guardians (their delivery is the core's notification, 0006): the provider's staff,
-- and the guardian the notice is to, who acknowledges and replies. A notice is recorded in the name of
-- the staff member whose mark caused it. No grant scope.
ALTER POLICY notice_read ON lappi_valmennus.notice
  USING (provider_id = polku.current_provider() OR guardian_person_id = polku.current_person());
--> statement-breakpoint
ALTER POLICY notice_insert ON lappi_valmennus.notice
  WITH CHECK (provider_id = polku.current_provider() AND recorded_by = polku.current_person());
--> statement-breakpoint
ALTER POLICY notice_acknowledge ON lappi_valmennus.notice
  USING (guardian_person_id = polku.current_person())
  WITH CHECK (guardian_person_id = polku.current_person() AND acknowledged_by = polku.current_person());
--> statement-breakpoint
ALTER POLICY notice_reply_read ON lappi_valmennus.notice_reply
  USING (provider_id = polku.current_provider() OR EXISTS (
    SELECT 1 FROM lappi_valmennus.notice n WHERE n.provider_id = notice_reply.provider_id
      AND n.id = notice_reply.notice_id AND n.guardian_person_id = polku.current_person()));
--> statement-breakpoint
ALTER POLICY notice_reply_insert ON lappi_valmennus.notice_reply
  WITH CHECK (author_person_id = polku.current_person() AND EXISTS (
    SELECT 1 FROM lappi_valmennus.notice n WHERE n.provider_id = notice_reply.provider_id
      AND n.id = notice_reply.notice_id AND n.guardian_person_id = polku.current_person()));
--> statement-breakpoint
ALTER POLICY notice_settings_read ON lappi_valmennus.notice_settings
  USING (provider_id = polku.current_provider());
--> statement-breakpoint
ALTER POLICY notice_settings_write ON lappi_valmennus.notice_settings
  USING (provider_id = polku.current_provider() AND polku.current_role() = 'manager')
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() = 'manager');
--> statement-breakpoint
-- The definer functions, as they were (0001, 0002, 0005) but for the helpers. They run as the tables'
-- owner, qualify every table and keep pg_temp last in their search_path.
--
-- Is the acting person a student of this provider? (Students act with no provider scope.) Not a grant:
-- a partner is never a student of the provider.
CREATE OR REPLACE FUNCTION lappi_valmennus.is_student_of(p_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku.current_person() IS NOT NULL AND EXISTS (
    SELECT 1 FROM public.student s WHERE s.provider_id = p_provider AND s.person_id = polku.current_person())
$$;
--> statement-breakpoint
-- The provider's staff and their roles, for the caller's own provider only (staff roles only: never
-- students' or guardians' memberships).
CREATE OR REPLACE FUNCTION lappi_valmennus.provider_staff(p_provider uuid)
  RETURNS TABLE (person_id uuid, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT m.person_id, m.role FROM public.membership m
    JOIN public.organisation o ON o.id = m.organisation_id
    JOIN public.person p ON p.id = m.person_id
  WHERE p_provider = polku.current_provider()
    AND (o.id = p_provider OR o.parent_id = p_provider)
    AND m.role IN ('tutor', 'teacher', 'welfare', 'manager')
    AND NOT p.disabled
$$;
--> statement-breakpoint
-- Answering a survey: one call that checks the survey is open to the caller and the answers fit its
-- questions, and writes the respondent row and the answer together (0005).
CREATE OR REPLACE FUNCTION lappi_valmennus.answer_survey(p_provider uuid, p_survey uuid, p_answers jsonb)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_person uuid := polku.current_person();
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
      WHEN 'student' THEN polku.current_role() = 'student' AND lappi_valmennus.is_student_of(s.provider_id)
      WHEN 'team' THEN polku.current_role() <> 'student' AND s.provider_id = polku.current_provider()
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
-- How many have answered a survey of the caller's provider: its managers only, at any count.
CREATE OR REPLACE FUNCTION lappi_valmennus.survey_answer_count(p_provider uuid, p_survey uuid)
  RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN p_provider = polku.current_provider() AND polku.current_role() = 'manager' THEN
    (SELECT count(*)::int FROM lappi_valmennus.survey_answer a
     WHERE a.provider_id = p_provider AND a.survey_id = p_survey)
  END
$$;
--> statement-breakpoint
-- A survey's results for the provider's managers, or NULL for anyone else or no such survey; below 5
-- answers only the number (0005).
CREATE OR REPLACE FUNCTION lappi_valmennus.survey_results(p_provider uuid, p_survey uuid)
  RETURNS jsonb LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_answers integer;
BEGIN
  IF p_provider IS DISTINCT FROM polku.current_provider() OR polku.current_role() IS DISTINCT FROM 'manager'
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
REVOKE EXECUTE ON FUNCTION lappi_valmennus.is_student_of(uuid), lappi_valmennus.provider_staff(uuid),
  lappi_valmennus.answer_survey(uuid, uuid, jsonb), lappi_valmennus.survey_answer_count(uuid, uuid),
  lappi_valmennus.survey_results(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lappi_valmennus.is_student_of(uuid), lappi_valmennus.provider_staff(uuid),
  lappi_valmennus.answer_survey(uuid, uuid, jsonb), lappi_valmennus.survey_answer_count(uuid, uuid),
  lappi_valmennus.survey_results(uuid, uuid) TO polku_app;
