-- Attack review of 0014 and 0015: SQL allowed more than the API does.
-- (1) Continuation plans: only the roles the API lets write a plan (handover.create: tutor, manager)
-- write one, its author is the person writing it, and a rewrite changes only the plan's content, never
-- its student, provider or author.
REVOKE UPDATE ON esedu_workshop_handover.continuation_plan FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (path, goal, agreed_on, updated_by, updated_at) ON esedu_workshop_handover.continuation_plan TO polku_app;
--> statement-breakpoint
DROP POLICY continuation_plan_write ON esedu_workshop_handover.continuation_plan;
--> statement-breakpoint
CREATE POLICY continuation_plan_write ON esedu_workshop_handover.continuation_plan FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() IN ('tutor', 'manager')
              AND created_by = polku.current_person() AND updated_by = polku.current_person());
--> statement-breakpoint
DROP POLICY continuation_plan_update ON esedu_workshop_handover.continuation_plan;
--> statement-breakpoint
CREATE POLICY continuation_plan_update ON esedu_workshop_handover.continuation_plan FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider() AND polku.current_role() IN ('tutor', 'manager'))
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() IN ('tutor', 'manager')
              AND updated_by = polku.current_person());
--> statement-breakpoint
-- (2) Wage-subsidised work: the employer is not a workshop (the API's kinds), and the step is the
-- student's own. The definer reads the organisation and the step whatever the coach's grants show.
CREATE FUNCTION esedu_workshop_handover.wage_work_fits(p_provider uuid, p_student uuid, p_employer uuid, p_step uuid)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM public.organisation o
                  WHERE o.id = p_employer AND o.kind IN ('company', 'partner', 'provider', 'institution'))
     AND (p_step IS NULL OR EXISTS (SELECT 1 FROM public.pathway_step s
                                     WHERE s.provider_id = p_provider AND s.id = p_step AND s.student_id = p_student))
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.wage_work_fits(uuid, uuid, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.wage_work_fits(uuid, uuid, uuid, uuid) TO polku_app;
--> statement-breakpoint
DROP POLICY wage_subsidy_insert ON esedu_workshop_handover.wage_subsidy;
--> statement-breakpoint
CREATE POLICY wage_subsidy_insert ON esedu_workshop_handover.wage_subsidy FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation() AND created_by = polku.current_person()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND esedu_workshop_handover.handover_of_student(provider_id, handover_id, student_id, workshop_id)
              AND esedu_workshop_handover.wage_work_fits(provider_id, student_id, employer_id, step_id));
--> statement-breakpoint
-- (3) A unit is one of the student's qualification (the newest requirements loaded, as the API picks),
-- with the catalogue's name and points; it starts planned today, and each change is dated today.
CREATE FUNCTION esedu_workshop_handover.unit_of_qualification(p_provider uuid, p_student uuid, p_code text,
    p_name jsonb, p_points numeric)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.student st
      CROSS JOIN LATERAL (SELECT q.id FROM public.qualification q
                           WHERE st.qualification_code = ANY (q.education_codes)
                           ORDER BY q.loaded_at DESC LIMIT 1) q
      JOIN public.qualification_unit u ON u.qualification_id = q.id AND u.code = p_code
     WHERE st.provider_id = p_provider AND st.id = p_student
       AND p_name ->> 'fi' = u.name_fi
       AND p_points IS NOT DISTINCT FROM u.competence_points)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.unit_of_qualification(uuid, uuid, text, jsonb, numeric) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.unit_of_qualification(uuid, uuid, text, jsonb, numeric) TO polku_app;
--> statement-breakpoint
DROP POLICY wage_subsidy_unit_write ON esedu_workshop_handover.wage_subsidy_unit;
--> statement-breakpoint
CREATE POLICY wage_subsidy_unit_write ON esedu_workshop_handover.wage_subsidy_unit FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation() AND changed_by = polku.current_person()
              AND status = 'planned' AND changed_on = (now() AT TIME ZONE 'Europe/Helsinki')::date
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND EXISTS (SELECT 1 FROM esedu_workshop_handover.wage_subsidy w
                          WHERE w.provider_id = wage_subsidy_unit.provider_id AND w.id = wage_subsidy_unit.wage_subsidy_id
                            AND w.student_id = wage_subsidy_unit.student_id AND w.workshop_id = wage_subsidy_unit.workshop_id)
              AND esedu_workshop_handover.unit_of_qualification(provider_id, student_id, unit_code, unit_name,
                                                                competence_points));
--> statement-breakpoint
DROP POLICY wage_subsidy_unit_progress ON esedu_workshop_handover.wage_subsidy_unit;
--> statement-breakpoint
CREATE POLICY wage_subsidy_unit_progress ON esedu_workshop_handover.wage_subsidy_unit FOR UPDATE TO polku_app
  USING (workshop_id = polku.current_organisation() AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
  WITH CHECK (workshop_id = polku.current_organisation() AND changed_by = polku.current_person()
              AND changed_on = (now() AT TIME ZONE 'Europe/Helsinki')::date);
