CREATE TABLE "esedu_workshop_handover"."outcome_evidence" (
	"provider_id" uuid NOT NULL,
	"outcome_id" uuid NOT NULL,
	"handover_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"evidence" text NOT NULL,
	"description" text,
	"starts_on" date,
	"lasted_two_months" boolean,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_evidence_provider_id_outcome_id_pk" PRIMARY KEY("provider_id","outcome_id"),
	CONSTRAINT "outcome_evidence_kind" CHECK ("esedu_workshop_handover"."outcome_evidence"."evidence" in ('employment_contract','employer_confirmation','payslip','study_admission','student_statement','register','other'))
);
--> statement-breakpoint
CREATE TABLE "esedu_workshop_handover"."service_agreement" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"title" text NOT NULL,
	"services" text[] NOT NULL,
	"weeks_per_coachee" integer NOT NULL,
	"resources" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_agreement_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "service_agreement_period" CHECK ("esedu_workshop_handover"."service_agreement"."valid_until" >= "esedu_workshop_handover"."service_agreement"."valid_from"),
	CONSTRAINT "service_agreement_weeks" CHECK ("esedu_workshop_handover"."service_agreement"."weeks_per_coachee" between 1 and 104),
	CONSTRAINT "service_agreement_services" CHECK (cardinality("esedu_workshop_handover"."service_agreement"."services") > 0 and "esedu_workshop_handover"."service_agreement"."services" <@ array['competence-mapping','work-trial','wage-subsidised-work','job-placement','company-networks','unit-completion','skills-upkeep']::text[])
);
--> statement-breakpoint
CREATE TABLE "esedu_workshop_handover"."work_trial" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"handover_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"step_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goals" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"feedback" text,
	"would_hire" boolean,
	"feedback_by" uuid,
	"feedback_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_trial_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "work_trial_period" CHECK ("esedu_workshop_handover"."work_trial"."ends_on" >= "esedu_workshop_handover"."work_trial"."starts_on"),
	CONSTRAINT "work_trial_status" CHECK ("esedu_workshop_handover"."work_trial"."status" in ('active','ended'))
);
--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD COLUMN "agreement_id" uuid;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD COLUMN "consent_covers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD COLUMN "competence" jsonb;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD COLUMN "career_goals" text;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD COLUMN "support_that_worked" text;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."outcome_evidence" ADD CONSTRAINT "outcome_evidence_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."outcome_evidence" ADD CONSTRAINT "outcome_evidence_provider_id_outcome_id_outcome_provider_id_id_fk" FOREIGN KEY ("provider_id","outcome_id") REFERENCES "public"."outcome"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."outcome_evidence" ADD CONSTRAINT "outcome_evidence_provider_id_handover_id_handover_provider_id_id_fk" FOREIGN KEY ("provider_id","handover_id") REFERENCES "esedu_workshop_handover"."handover"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."service_agreement" ADD CONSTRAINT "service_agreement_workshop_id_organisation_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."service_agreement" ADD CONSTRAINT "service_agreement_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_workshop_id_organisation_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_company_id_organisation_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_feedback_by_person_id_fk" FOREIGN KEY ("feedback_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_provider_id_handover_id_handover_provider_id_id_fk" FOREIGN KEY ("provider_id","handover_id") REFERENCES "esedu_workshop_handover"."handover"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."work_trial" ADD CONSTRAINT "work_trial_provider_id_grant_id_access_grant_provider_id_id_fk" FOREIGN KEY ("provider_id","grant_id") REFERENCES "public"."access_grant"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_agreement_workshop" ON "esedu_workshop_handover"."service_agreement" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "work_trial_company" ON "esedu_workshop_handover"."work_trial" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "work_trial_handover" ON "esedu_workshop_handover"."work_trial" USING btree ("provider_id","handover_id");--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."handover" ADD CONSTRAINT "handover_provider_id_agreement_id_service_agreement_provider_id_id_fk" FOREIGN KEY ("provider_id","agreement_id") REFERENCES "esedu_workshop_handover"."service_agreement"("provider_id","id") ON DELETE no action ON UPDATE no action;