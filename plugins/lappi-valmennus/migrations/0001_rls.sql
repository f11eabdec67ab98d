-- Row-level security for #Valmennus, under the core's application role (see packages/db migrations).
-- The provider's staff work with their provider's rows; partners see nothing here; a student (or the
-- guardian of a minor) sees the student's own checklist and screenings; a guardian sees and answers
-- their own notices. Welfare content is not kept here.
GRANT USAGE ON SCHEMA lappi_valmennus TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON lappi_valmennus.participant, lappi_valmennus.screening,
  lappi_valmennus.coaching_plan, lappi_valmennus.cohort_baseline, lappi_valmennus.notice_settings TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON lappi_valmennus.start_task, lappi_valmennus.plan_item,
  lappi_valmennus.hours_plan, lappi_valmennus.hours_entry TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON lappi_valmennus.survey, lappi_valmennus.survey_answer,
  lappi_valmennus.survey_respondent, lappi_valmennus.notice_reply TO polku_app;
--> statement-breakpoint
-- Notices are written by the attendance hook (staff) and acknowledged by guardians; only the worker,
-- as the owner, changes their delivery state.
GRANT SELECT, INSERT ON lappi_valmennus.notice TO polku_app;
--> statement-breakpoint
GRANT UPDATE (acknowledged_at, acknowledged_by) ON lappi_valmennus.notice TO polku_app;
--> statement-breakpoint
-- Is the acting person a student of this provider? (Students act with no provider scope.)
CREATE OR REPLACE FUNCTION lappi_valmennus.is_student_of(p_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT polku_setting_uuid('app.person_id') IS NOT NULL AND EXISTS (
    SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.person_id = polku_setting_uuid('app.person_id'))
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION lappi_valmennus.is_student_of(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lappi_valmennus.is_student_of(uuid) TO polku_app;
--> statement-breakpoint
ALTER TABLE lappi_valmennus.participant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY participant_read ON lappi_valmennus.participant FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY participant_write ON lappi_valmennus.participant FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE lappi_valmennus.start_task ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY start_task_read ON lappi_valmennus.start_task FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY start_task_write ON lappi_valmennus.start_task FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE lappi_valmennus.screening ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screening_read ON lappi_valmennus.screening FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY screening_write ON lappi_valmennus.screening FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE lappi_valmennus.coaching_plan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY coaching_plan_staff ON lappi_valmennus.coaching_plan FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE lappi_valmennus.plan_item ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_item_staff ON lappi_valmennus.plan_item FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
-- Hours: each team member keeps their own; managers read and plan everyone's.
ALTER TABLE lappi_valmennus.hours_plan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hours_plan_read ON lappi_valmennus.hours_plan FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         AND (person_id = polku_setting_uuid('app.person_id') OR polku_current_role() = 'manager'));
--> statement-breakpoint
CREATE POLICY hours_plan_write ON lappi_valmennus.hours_plan FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'manager')
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
--> statement-breakpoint
ALTER TABLE lappi_valmennus.hours_entry ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hours_entry_read ON lappi_valmennus.hours_entry FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         AND (person_id = polku_setting_uuid('app.person_id') OR polku_current_role() = 'manager'));
--> statement-breakpoint
CREATE POLICY hours_entry_write ON lappi_valmennus.hours_entry FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() AND person_id = polku_setting_uuid('app.person_id'))
  WITH CHECK (provider_id = polku_current_provider() AND person_id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
ALTER TABLE lappi_valmennus.cohort_baseline ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cohort_baseline_read ON lappi_valmennus.cohort_baseline FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY cohort_baseline_write ON lappi_valmennus.cohort_baseline FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'manager')
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
--> statement-breakpoint
-- Surveys: managers create them; the provider's staff and students read them; answers are anonymous
-- and only staff read them (as results), while a respondent row records only that someone answered.
ALTER TABLE lappi_valmennus.survey ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY survey_read ON lappi_valmennus.survey FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR lappi_valmennus.is_student_of(provider_id));
--> statement-breakpoint
CREATE POLICY survey_insert ON lappi_valmennus.survey FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
--> statement-breakpoint
ALTER TABLE lappi_valmennus.survey_answer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY survey_answer_read ON lappi_valmennus.survey_answer FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY survey_answer_insert ON lappi_valmennus.survey_answer FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() OR lappi_valmennus.is_student_of(provider_id));
--> statement-breakpoint
ALTER TABLE lappi_valmennus.survey_respondent ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY survey_respondent_own ON lappi_valmennus.survey_respondent FOR SELECT TO polku_app
  USING (person_id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
CREATE POLICY survey_respondent_insert ON lappi_valmennus.survey_respondent FOR INSERT TO polku_app
  WITH CHECK (person_id = polku_setting_uuid('app.person_id')
              AND (provider_id = polku_current_provider() OR lappi_valmennus.is_student_of(provider_id)));
--> statement-breakpoint
ALTER TABLE lappi_valmennus.notice ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notice_read ON lappi_valmennus.notice FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR guardian_person_id = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
CREATE POLICY notice_insert ON lappi_valmennus.notice FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY notice_acknowledge ON lappi_valmennus.notice FOR UPDATE TO polku_app
  USING (guardian_person_id = polku_setting_uuid('app.person_id'))
  WITH CHECK (guardian_person_id = polku_setting_uuid('app.person_id')
              AND acknowledged_by = polku_setting_uuid('app.person_id'));
--> statement-breakpoint
ALTER TABLE lappi_valmennus.notice_reply ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notice_reply_read ON lappi_valmennus.notice_reply FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR EXISTS (
    SELECT 1 FROM lappi_valmennus.notice n WHERE n.provider_id = notice_reply.provider_id
      AND n.id = notice_reply.notice_id AND n.guardian_person_id = polku_setting_uuid('app.person_id')));
--> statement-breakpoint
CREATE POLICY notice_reply_insert ON lappi_valmennus.notice_reply FOR INSERT TO polku_app
  WITH CHECK (author_person_id = polku_setting_uuid('app.person_id') AND EXISTS (
    SELECT 1 FROM lappi_valmennus.notice n WHERE n.provider_id = notice_reply.provider_id
      AND n.id = notice_reply.notice_id AND n.guardian_person_id = polku_setting_uuid('app.person_id')));
--> statement-breakpoint
ALTER TABLE lappi_valmennus.notice_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notice_settings_read ON lappi_valmennus.notice_settings FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY notice_settings_write ON lappi_valmennus.notice_settings FOR ALL TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'manager')
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
