ALTER TABLE "lappi_valmennus"."notice" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."notice" ADD CONSTRAINT "notice_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A notice is recorded in the name of the staff member whose mark caused it, and no one else's.
DROP POLICY notice_insert ON lappi_valmennus.notice;
--> statement-breakpoint
CREATE POLICY notice_insert ON lappi_valmennus.notice FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku_current_provider() AND recorded_by = polku_setting_uuid('app.person_id'));
