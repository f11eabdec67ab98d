-- Early warnings marked handled (issue 9): who handled which student's warning, when, with a note, and
-- the signals seen at that moment, so that a new signal opens the warning again. Opening it again by hand
-- is a row of its own: rows are only ever added (no UPDATE or DELETE for the application role), so the
-- history of a warning is kept. The latest row per student is its state.
CREATE TABLE "early_warning_handling" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"action" text NOT NULL,
	"note" text,
	"signals" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_warning_handling_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "early_warning_handling_action" CHECK ("early_warning_handling"."action" in ('handled','reopened'))
);
--> statement-breakpoint
ALTER TABLE "early_warning_handling" ADD CONSTRAINT "early_warning_handling_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_warning_handling" ADD CONSTRAINT "early_warning_handling_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_warning_handling_student" ON "early_warning_handling" USING btree ("provider_id","student_id","created_at");--> statement-breakpoint
-- A handling needs its note (the reason others read); opening again may go without one. Both are bounded,
-- as the API's input is, and the signals are a JSON array of keys.
ALTER TABLE early_warning_handling ADD CONSTRAINT early_warning_handling_note
  CHECK ((action = 'reopened' OR btrim(coalesce(note, '')) <> '') AND length(note) <= 2000);
--> statement-breakpoint
ALTER TABLE early_warning_handling ADD CONSTRAINT early_warning_handling_signals
  CHECK (jsonb_typeof(signals) = 'array');
--> statement-breakpoint
-- Forced as well as enabled: nothing running as the owner (migrations, seeding, definer helpers) needs
-- these rows, so the policies hold for the owner too.
ALTER TABLE early_warning_handling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE early_warning_handling FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON early_warning_handling TO polku_app;
--> statement-breakpoint
-- Read by the provider's staff who read its early warnings (the earlyWarning.read permission).
CREATE POLICY early_warning_handling_read ON early_warning_handling FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         AND polku.current_role() IN ('tutor', 'teacher', 'welfare', 'manager'));
--> statement-breakpoint
-- Written by those who handle warnings (the earlyWarning.handle permission), in their own name.
CREATE POLICY early_warning_handling_add ON early_warning_handling FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku.current_provider()
              AND polku.current_role() IN ('tutor', 'welfare', 'manager')
              AND created_by = polku.current_person());
