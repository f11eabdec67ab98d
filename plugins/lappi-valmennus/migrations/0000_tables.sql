CREATE SCHEMA "lappi_valmennus";
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."coaching_plan" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"group_goals" text NOT NULL,
	"individual_goals" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_plan_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "coaching_plan_group_term" UNIQUE("provider_id","group_id","term_start"),
	CONSTRAINT "coaching_plan_term" CHECK ("lappi_valmennus"."coaching_plan"."term_start" <= "lappi_valmennus"."coaching_plan"."term_end")
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."cohort_baseline" (
	"provider_id" uuid NOT NULL,
	"cohort_year" integer NOT NULL,
	"students" integer NOT NULL,
	"still_studying" integer NOT NULL,
	"changed_field" integer NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_baseline_provider_id_cohort_year_pk" PRIMARY KEY("provider_id","cohort_year"),
	CONSTRAINT "cohort_baseline_year" CHECK ("lappi_valmennus"."cohort_baseline"."cohort_year" between 2000 and 2100),
	CONSTRAINT "cohort_baseline_counts" CHECK ("lappi_valmennus"."cohort_baseline"."students" > 0 and "lappi_valmennus"."cohort_baseline"."still_studying" >= 0 and "lappi_valmennus"."cohort_baseline"."changed_field" >= 0 and "lappi_valmennus"."cohort_baseline"."still_studying" + "lappi_valmennus"."cohort_baseline"."changed_field" <= "lappi_valmennus"."cohort_baseline"."students")
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."hours_entry" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"hours" numeric(4, 2) NOT NULL,
	"activity" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_entry_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "hours_entry_hours" CHECK ("lappi_valmennus"."hours_entry"."hours" > 0 and "lappi_valmennus"."hours_entry"."hours" <= 24),
	CONSTRAINT "hours_entry_activity" CHECK ("lappi_valmennus"."hours_entry"."activity" in ('individual_coaching','group_coaching','outreach','guardian_contact','planning','other'))
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."hours_plan" (
	"provider_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"planned_hours" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hours_plan_provider_id_person_id_year_pk" PRIMARY KEY("provider_id","person_id","year"),
	CONSTRAINT "hours_plan_hours" CHECK ("lappi_valmennus"."hours_plan"."planned_hours" between 0 and 2000)
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."notice" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"recipient_key" text NOT NULL,
	"guardian_person_id" uuid,
	"day" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"sent_lines" jsonb,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "notice_recipient_day" UNIQUE("provider_id","recipient_key","day"),
	CONSTRAINT "notice_status" CHECK ("lappi_valmennus"."notice"."status" in ('pending','sending','sent','cancelled','failed','no_email'))
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."notice_reply" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"author_person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_reply_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."notice_settings" (
	"provider_id" uuid PRIMARY KEY NOT NULL,
	"send_at" text DEFAULT '15:00' NOT NULL,
	CONSTRAINT "notice_settings_send_at" CHECK ("lappi_valmennus"."notice_settings"."send_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."participant" (
	"provider_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"cohort_year" integer NOT NULL,
	"started_on" date NOT NULL,
	"group_id" uuid,
	"first_year_outcome" text,
	"outcome_recorded_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_provider_id_student_id_pk" PRIMARY KEY("provider_id","student_id"),
	CONSTRAINT "participant_cohort_year" CHECK ("lappi_valmennus"."participant"."cohort_year" between 2000 and 2100),
	CONSTRAINT "participant_outcome" CHECK ("lappi_valmennus"."participant"."first_year_outcome" in ('continuing','changed_field','graduated','dropped_out'))
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."plan_item" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"planned_on" date NOT NULL,
	"starts_at" text,
	"title" text NOT NULL,
	"place" text,
	"responsible_person_id" uuid,
	"done_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_item_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "plan_item_kind" CHECK ("lappi_valmennus"."plan_item"."kind" in ('group_coaching','individual_coaching','community','outreach')),
	CONSTRAINT "plan_item_starts_at" CHECK ("lappi_valmennus"."plan_item"."starts_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."screening" (
	"provider_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"taken_on" date NOT NULL,
	"result" text NOT NULL,
	"score" integer,
	"note" text,
	"reviewed_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_provider_id_student_id_kind_pk" PRIMARY KEY("provider_id","student_id","kind"),
	CONSTRAINT "screening_kind" CHECK ("lappi_valmennus"."screening"."kind" in ('reading','maths')),
	CONSTRAINT "screening_result" CHECK ("lappi_valmennus"."screening"."result" in ('no_need','some_support','support_needed')),
	CONSTRAINT "screening_score" CHECK ("lappi_valmennus"."screening"."score" between 0 and 1000)
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."start_task" (
	"provider_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"task" text NOT NULL,
	"done_on" date NOT NULL,
	"done_by" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "start_task_provider_id_student_id_task_pk" PRIMARY KEY("provider_id","student_id","task"),
	CONSTRAINT "start_task_task" CHECK ("lappi_valmennus"."start_task"."task" in ('initial_situation','support_needs','initial_interview','screening_reviewed','services_introduced'))
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."survey" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"audience" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "survey_audience" CHECK ("lappi_valmennus"."survey"."audience" in ('student','team')),
	CONSTRAINT "survey_period" CHECK ("lappi_valmennus"."survey"."opens_on" <= "lappi_valmennus"."survey"."closes_on")
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."survey_answer" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_on" date NOT NULL,
	CONSTRAINT "survey_answer_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
CREATE TABLE "lappi_valmennus"."survey_respondent" (
	"provider_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "survey_respondent_provider_id_survey_id_person_id_pk" PRIMARY KEY("provider_id","survey_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."coaching_plan" ADD CONSTRAINT "coaching_plan_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."coaching_plan" ADD CONSTRAINT "coaching_plan_provider_id_group_id_teaching_group_provider_id_id_fk" FOREIGN KEY ("provider_id","group_id") REFERENCES "public"."teaching_group"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."hours_entry" ADD CONSTRAINT "hours_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."hours_plan" ADD CONSTRAINT "hours_plan_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."notice" ADD CONSTRAINT "notice_guardian_person_id_person_id_fk" FOREIGN KEY ("guardian_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."notice" ADD CONSTRAINT "notice_acknowledged_by_person_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."notice_reply" ADD CONSTRAINT "notice_reply_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."notice_reply" ADD CONSTRAINT "notice_reply_provider_id_notice_id_notice_provider_id_id_fk" FOREIGN KEY ("provider_id","notice_id") REFERENCES "lappi_valmennus"."notice"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."participant" ADD CONSTRAINT "participant_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."participant" ADD CONSTRAINT "participant_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."participant" ADD CONSTRAINT "participant_provider_id_group_id_teaching_group_provider_id_id_fk" FOREIGN KEY ("provider_id","group_id") REFERENCES "public"."teaching_group"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."plan_item" ADD CONSTRAINT "plan_item_responsible_person_id_person_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."plan_item" ADD CONSTRAINT "plan_item_provider_id_plan_id_coaching_plan_provider_id_id_fk" FOREIGN KEY ("provider_id","plan_id") REFERENCES "lappi_valmennus"."coaching_plan"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."screening" ADD CONSTRAINT "screening_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."screening" ADD CONSTRAINT "screening_provider_id_student_id_participant_provider_id_student_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "lappi_valmennus"."participant"("provider_id","student_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."start_task" ADD CONSTRAINT "start_task_done_by_person_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."start_task" ADD CONSTRAINT "start_task_provider_id_student_id_participant_provider_id_student_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "lappi_valmennus"."participant"("provider_id","student_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."survey" ADD CONSTRAINT "survey_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."survey_answer" ADD CONSTRAINT "survey_answer_provider_id_survey_id_survey_provider_id_id_fk" FOREIGN KEY ("provider_id","survey_id") REFERENCES "lappi_valmennus"."survey"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."survey_respondent" ADD CONSTRAINT "survey_respondent_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lappi_valmennus"."survey_respondent" ADD CONSTRAINT "survey_respondent_provider_id_survey_id_survey_provider_id_id_fk" FOREIGN KEY ("provider_id","survey_id") REFERENCES "lappi_valmennus"."survey"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hours_entry_person" ON "lappi_valmennus"."hours_entry" USING btree ("provider_id","person_id","worked_on");--> statement-breakpoint
CREATE INDEX "notice_due" ON "lappi_valmennus"."notice" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "notice_guardian" ON "lappi_valmennus"."notice" USING btree ("guardian_person_id","day");--> statement-breakpoint
CREATE INDEX "notice_day" ON "lappi_valmennus"."notice" USING btree ("provider_id","day");--> statement-breakpoint
CREATE INDEX "notice_reply_notice" ON "lappi_valmennus"."notice_reply" USING btree ("provider_id","notice_id");--> statement-breakpoint
CREATE INDEX "participant_cohort" ON "lappi_valmennus"."participant" USING btree ("provider_id","cohort_year");--> statement-breakpoint
CREATE INDEX "plan_item_plan" ON "lappi_valmennus"."plan_item" USING btree ("provider_id","plan_id","planned_on");--> statement-breakpoint
CREATE INDEX "survey_answer_survey" ON "lappi_valmennus"."survey_answer" USING btree ("provider_id","survey_id");