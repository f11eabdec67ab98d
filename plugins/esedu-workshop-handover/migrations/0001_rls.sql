-- Row-level security for handovers, under the core's application role (see packages/db migrations).
-- The provider's staff see their provider's handovers; a workshop sees those made to it while the
-- student's grant to it is active, so withdrawing consent hides them at once.
GRANT USAGE ON SCHEMA esedu_workshop_handover TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON esedu_workshop_handover.handover TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.handover ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY handover_read ON esedu_workshop_handover.handover FOR SELECT TO polku_app
  USING (provider_id = polku_current_provider()
         OR (workshop_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id))
         OR polku_is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY handover_insert ON esedu_workshop_handover.handover FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider());
--> statement-breakpoint
-- Staff end or withdraw; the workshop ends a handover it holds; the student (or a guardian of a
-- minor) withdraws consent.
CREATE POLICY handover_update ON esedu_workshop_handover.handover FOR UPDATE TO polku_app
  USING (provider_id = polku_current_provider()
         OR (workshop_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id))
         OR polku_is_self_or_ward(provider_id, student_id))
  WITH CHECK (provider_id = polku_current_provider()
         OR (workshop_id = polku_setting_uuid('app.organisation_id') AND polku_is_granted(provider_id, student_id))
         OR polku_is_self_or_ward(provider_id, student_id));
