-- The security review: a live count and live averages let a coach who reads the results just before and
-- just after a known coachee answers work out that coachee's answers. Now the count is shown only from 7
-- respondents up (NULL below), and the averages only for a half-year that has ended (Helsinki time) and
-- has 7 respondents: once a period is closed no answer can be added to it, so nothing moves to compare.
CREATE OR REPLACE FUNCTION esedu_workshop_handover.self_assessment_results()
  RETURNS TABLE (period text, respondents integer, self_knowledge numeric, social_skills numeric,
                 everyday_life numeric, study_work_readiness numeric, life_management numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH now_period AS (
    SELECT to_char(d, 'YYYY') || '/' || CASE WHEN extract(month FROM d) <= 6 THEN '1' ELSE '2' END AS p
      FROM (SELECT (now() AT TIME ZONE 'Europe/Helsinki')::date AS d) today),
  counted AS (
    SELECT a.period, count(*)::int AS n, a.period < (SELECT p FROM now_period) AS ended,
           round(avg(a.self_knowledge), 1) AS k, round(avg(a.social_skills), 1) AS s,
           round(avg(a.everyday_life), 1) AS e, round(avg(a.study_work_readiness), 1) AS r,
           round(avg(a.life_management), 1) AS l
      FROM esedu_workshop_handover.self_assessment_answer a
     WHERE (polku.current_organisation() IS NOT NULL AND a.workshop_id = polku.current_organisation()
            AND polku.current_role() = 'workshop_coach')
        OR (polku.current_provider() IS NOT NULL AND a.provider_id = polku.current_provider()
            AND polku.current_role() = 'manager')
     GROUP BY a.period)
  SELECT period, CASE WHEN n >= 7 THEN n END,
         CASE WHEN n >= 7 AND ended THEN k END, CASE WHEN n >= 7 AND ended THEN s END,
         CASE WHEN n >= 7 AND ended THEN e END, CASE WHEN n >= 7 AND ended THEN r END,
         CASE WHEN n >= 7 AND ended THEN l END
    FROM counted ORDER BY period DESC
$$;
