-- HOKS, unit progress and early-warning thresholds. Partners never see a HOKS: the student, a minor's
-- guardian and the provider's staff do. The student (or the guardian of a minor) approves a HOKS
-- through a function that changes nothing but its approval.
GRANT SELECT, INSERT, UPDATE ON hoks, unit_progress TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON early_warning_config TO polku_app;
--> statement-breakpoint
ALTER TABLE hoks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hoks_read ON hoks FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY hoks_insert ON hoks FOR INSERT TO polku_app WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY hoks_update ON hoks FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION polku_approve_hoks(p_provider uuid, p_hoks uuid) RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH approved AS (
    UPDATE hoks SET status = 'approved', approved_on = current_date,
           first_approved_on = coalesce(first_approved_on, current_date),
           approved_by = polku_setting_uuid('app.person_id'), updated_at = now()
    WHERE provider_id = p_provider AND id = p_hoks AND status = 'awaiting_approval'
      AND polku_is_self_or_ward(provider_id, student_id)
    RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM approved)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku_approve_hoks(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_approve_hoks(uuid, uuid) TO polku_app;
--> statement-breakpoint
ALTER TABLE unit_progress ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY unit_progress_read ON unit_progress FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider() OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY unit_progress_write ON unit_progress FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
CREATE POLICY unit_progress_update ON unit_progress FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()) WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
ALTER TABLE early_warning_config ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY early_warning_config_read ON early_warning_config FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider());
--> statement-breakpoint
-- Thresholds are the managers' to set.
CREATE POLICY early_warning_config_insert ON early_warning_config FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
--> statement-breakpoint
CREATE POLICY early_warning_config_update ON early_warning_config FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider() AND polku_current_role() = 'manager')
  WITH CHECK (provider_id = polku_current_provider() AND polku_current_role() = 'manager');
