CREATE SCHEMA "esedu_workshop_handover";
--> statement-breakpoint
CREATE TABLE "esedu_workshop_handover"."handover" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"situation" text NOT NULL,
	"graduation_date" date,
	"note" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "handover_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "handover_situation" CHECK ("esedu_workshop_handover"."handover"."situation" in ('no_job_no_study','no_job','no_study_place')),
	CONSTRAINT "handover_status" CHECK ("esedu_workshop_handover"."handover"."status" in ('active','ended','withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD CONSTRAINT "handover_workshop_id_organisation_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD CONSTRAINT "handover_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD CONSTRAINT "handover_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD CONSTRAINT "handover_provider_id_grant_id_access_grant_provider_id_id_fk" FOREIGN KEY ("provider_id","grant_id") REFERENCES "public"."access_grant"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handover_workshop" ON "esedu_workshop_handover"."handover" USING btree ("workshop_id","status");--> statement-breakpoint
CREATE INDEX "handover_student" ON "esedu_workshop_handover"."handover" USING btree ("provider_id","student_id");