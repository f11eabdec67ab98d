-- The end-of-period self-assessment workshops show their impact with (Sovari, DOMAIN.md): five areas of
-- social strengthening, answered anonymously by the coachee. Anonymous in SQL too: answering is one
-- definer function that writes the "has answered" row and the answer together; the answer row carries
-- the workshop, the provider and the half-year only (no student, no handover, no time); no role serving
-- requests may read the answers table; results come from a function that gives averages from 7
-- respondents up, to the workshop and to the provider's staff.
CREATE TABLE esedu_workshop_handover.self_assessment_done (
  provider_id uuid NOT NULL,
  handover_id uuid NOT NULL,
  PRIMARY KEY (provider_id, handover_id),
  FOREIGN KEY (provider_id, handover_id) REFERENCES esedu_workshop_handover.handover (provider_id, id)
);
--> statement-breakpoint
CREATE TABLE esedu_workshop_handover.self_assessment_answer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL,
  workshop_id uuid NOT NULL REFERENCES public.organisation (id),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}/[12]$'),
  self_knowledge smallint NOT NULL CHECK (self_knowledge BETWEEN 1 AND 5),
  social_skills smallint NOT NULL CHECK (social_skills BETWEEN 1 AND 5),
  everyday_life smallint NOT NULL CHECK (everyday_life BETWEEN 1 AND 5),
  study_work_readiness smallint NOT NULL CHECK (study_work_readiness BETWEEN 1 AND 5),
  life_management smallint NOT NULL CHECK (life_management BETWEEN 1 AND 5)
);
--> statement-breakpoint
-- The coachee sees whether they have answered; nobody writes either table but the function below.
GRANT SELECT ON esedu_workshop_handover.self_assessment_done TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.self_assessment_done ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY self_assessment_done_own ON esedu_workshop_handover.self_assessment_done FOR SELECT TO polku_app
  USING (EXISTS (SELECT 1 FROM esedu_workshop_handover.handover h
                 WHERE h.provider_id = self_assessment_done.provider_id AND h.id = self_assessment_done.handover_id
                   AND polku.is_self_or_ward(h.provider_id, h.student_id)));
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.self_assessment_answer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The coachee themself (not a guardian) answers once per handover, in the half-year of answering.
CREATE FUNCTION esedu_workshop_handover.answer_self_assessment(p_provider uuid, p_handover uuid,
    p1 smallint, p2 smallint, p3 smallint, p4 smallint, p5 smallint) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  h esedu_workshop_handover.handover%ROWTYPE;
  today date := (now() AT TIME ZONE 'Europe/Helsinki')::date;
BEGIN
  SELECT * INTO h FROM esedu_workshop_handover.handover
   WHERE provider_id = p_provider AND id = p_handover AND status <> 'withdrawn';
  IF NOT FOUND OR polku.current_role() IS DISTINCT FROM 'student'
     OR NOT polku.is_self_or_ward(h.provider_id, h.student_id) THEN
    RAISE EXCEPTION 'only the coachee answers their own self-assessment' USING ERRCODE = '42501';
  END IF;
  INSERT INTO esedu_workshop_handover.self_assessment_done (provider_id, handover_id) VALUES (p_provider, p_handover);
  INSERT INTO esedu_workshop_handover.self_assessment_answer
    (provider_id, workshop_id, period, self_knowledge, social_skills, everyday_life, study_work_readiness, life_management)
  VALUES (h.provider_id, h.workshop_id,
          to_char(today, 'YYYY') || '/' || CASE WHEN extract(month FROM today) <= 6 THEN '1' ELSE '2' END,
          p1, p2, p3, p4, p5);
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.answer_self_assessment(uuid, uuid, smallint, smallint, smallint, smallint, smallint) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.answer_self_assessment(uuid, uuid, smallint, smallint, smallint, smallint, smallint) TO polku_app;
--> statement-breakpoint
-- Per half-year: respondents, and the five averages only from 7 respondents up (NULL below).
CREATE FUNCTION esedu_workshop_handover.self_assessment_results()
  RETURNS TABLE (period text, respondents integer, self_knowledge numeric, social_skills numeric,
                 everyday_life numeric, study_work_readiness numeric, life_management numeric)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.period, count(*)::int,
         CASE WHEN count(*) >= 7 THEN round(avg(a.self_knowledge), 1) END,
         CASE WHEN count(*) >= 7 THEN round(avg(a.social_skills), 1) END,
         CASE WHEN count(*) >= 7 THEN round(avg(a.everyday_life), 1) END,
         CASE WHEN count(*) >= 7 THEN round(avg(a.study_work_readiness), 1) END,
         CASE WHEN count(*) >= 7 THEN round(avg(a.life_management), 1) END
    FROM esedu_workshop_handover.self_assessment_answer a
   WHERE (polku.current_organisation() IS NOT NULL AND a.workshop_id = polku.current_organisation()
          AND polku.current_role() = 'workshop_coach')
      OR (polku.current_provider() IS NOT NULL AND a.provider_id = polku.current_provider()
          AND polku.current_role() = 'manager')
   GROUP BY a.period ORDER BY a.period DESC
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.self_assessment_results() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.self_assessment_results() TO polku_app;
