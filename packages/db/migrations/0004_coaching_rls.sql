-- Row-level security for coaching, attendance and student welfare. The acting role is set per
-- transaction as app.role, so welfare content is guarded by the database as well as by the API.
CREATE OR REPLACE FUNCTION polku_current_role() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.role', true), '') $$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON teaching_group, group_member, attendance_mark, coaching_session, coaching_participant TO polku_app;
--> statement-breakpoint
-- Notes are records: written once, never edited or deleted by the application.
GRANT SELECT, INSERT ON coaching_note TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON welfare_referral TO polku_app;
--> statement-breakpoint
ALTER TABLE teaching_group ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY teaching_group_provider ON teaching_group FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE group_member ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_member_provider ON group_member FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE attendance_mark ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Partners never see attendance; the student and the guardian of a minor see the student's own marks.
CREATE POLICY attendance_read ON attendance_mark FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY attendance_insert ON attendance_mark FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY attendance_update ON attendance_mark FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY attendance_delete ON attendance_mark FOR DELETE TO polku_app
  USING (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE coaching_participant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY coaching_participant_read ON coaching_participant FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY coaching_participant_write ON coaching_participant FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE coaching_session ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A student (or guardian of a minor) sees the sessions the student takes part in.
CREATE POLICY coaching_session_read ON coaching_session FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         OR EXISTS (SELECT 1 FROM coaching_participant p
                    WHERE p.provider_id = coaching_session.provider_id AND p.session_id = coaching_session.id));
--> statement-breakpoint
CREATE POLICY coaching_session_write ON coaching_session FOR ALL TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE coaching_note ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- team: the student's support team (provider staff, granted partners, the student, a minor's guardian);
-- staff: the provider's staff; welfare: welfare staff only.
CREATE POLICY coaching_note_read ON coaching_note FOR SELECT TO polku_app
  USING ((visibility = 'welfare' AND provider_id = polku_current_provider() AND polku_current_role() = 'welfare')
         OR (visibility = 'staff' AND provider_id = polku_current_provider())
         OR (visibility = 'team' AND polku_student_visible(provider_id, student_id)));
--> statement-breakpoint
CREATE POLICY coaching_note_insert ON coaching_note FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider()
              AND author_person_id = polku_setting_uuid('app.person_id')
              AND (visibility <> 'welfare' OR polku_current_role() = 'welfare'));
--> statement-breakpoint
ALTER TABLE welfare_referral ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY welfare_referral_read ON welfare_referral FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'welfare');
--> statement-breakpoint
-- Any of the provider's staff may refer a student (without reading the referral back).
CREATE POLICY welfare_referral_insert ON welfare_referral FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY welfare_referral_update ON welfare_referral FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'welfare')
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'welfare');
--> statement-breakpoint
-- What other staff may know: how many open referrals a student has, counting only those the student
-- allowed to be disclosed. Nothing for anyone outside the provider.
CREATE OR REPLACE FUNCTION polku_disclosed_referrals(p_provider uuid, p_student uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN p_provider = polku_current_provider() THEN
    (SELECT count(*)::int FROM welfare_referral r
     WHERE r.provider_id = p_provider AND r.student_id = p_student
       AND r.disclosure_allowed AND r.status <> 'closed')
  ELSE 0 END
$$;
