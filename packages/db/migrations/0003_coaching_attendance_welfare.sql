CREATE TABLE "attendance_mark" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"group_id" uuid,
	"day" date NOT NULL,
	"lesson" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"minutes_late" integer,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_mark_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "attendance_mark_status" CHECK ("attendance_mark"."status" in ('present','absent','excused','late'))
);
--> statement-breakpoint
CREATE TABLE "coaching_note" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"session_id" uuid,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"author_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_note_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "coaching_note_visibility" CHECK ("coaching_note"."visibility" in ('team','staff','welfare'))
);
--> statement-breakpoint
CREATE TABLE "coaching_participant" (
	"provider_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"attended" boolean,
	CONSTRAINT "coaching_participant_provider_id_session_id_student_id_pk" PRIMARY KEY("provider_id","session_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_session" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"group_id" uuid,
	"series_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"location" text,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goals" text,
	"follow_ups" text,
	"leader_person_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_session_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "coaching_session_kind" CHECK ("coaching_session"."kind" in ('individual','group','community'))
);
--> statement-breakpoint
CREATE TABLE "group_member" (
	"provider_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	CONSTRAINT "group_member_provider_id_group_id_student_id_pk" PRIMARY KEY("provider_id","group_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "teaching_group" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"institution_id" uuid,
	"qualification_code" text,
	"starts_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teaching_group_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
CREATE TABLE "welfare_referral" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"service" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"disclosure_allowed" boolean DEFAULT false NOT NULL,
	"referred_by" uuid,
	"handled_by" uuid,
	"welfare_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "welfare_referral_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "welfare_referral_service" CHECK ("welfare_referral"."service" in ('counsellor','psychologist','nurse')),
	CONSTRAINT "welfare_referral_status" CHECK ("welfare_referral"."status" in ('open','in_progress','closed'))
);
--> statement-breakpoint
ALTER TABLE "attendance_mark" ADD CONSTRAINT "attendance_mark_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_mark" ADD CONSTRAINT "attendance_mark_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_note" ADD CONSTRAINT "coaching_note_author_person_id_person_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_note" ADD CONSTRAINT "coaching_note_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_participant" ADD CONSTRAINT "coaching_participant_provider_id_session_id_coaching_session_provider_id_id_fk" FOREIGN KEY ("provider_id","session_id") REFERENCES "public"."coaching_session"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_participant" ADD CONSTRAINT "coaching_participant_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_leader_person_id_person_id_fk" FOREIGN KEY ("leader_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session" ADD CONSTRAINT "coaching_session_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_provider_id_group_id_teaching_group_provider_id_id_fk" FOREIGN KEY ("provider_id","group_id") REFERENCES "public"."teaching_group"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_group" ADD CONSTRAINT "teaching_group_institution_id_organisation_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_referral" ADD CONSTRAINT "welfare_referral_referred_by_person_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_referral" ADD CONSTRAINT "welfare_referral_handled_by_person_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_referral" ADD CONSTRAINT "welfare_referral_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_mark_unique" ON "attendance_mark" USING btree ("provider_id","student_id","day","lesson");--> statement-breakpoint
CREATE INDEX "attendance_mark_day" ON "attendance_mark" USING btree ("provider_id","day");--> statement-breakpoint
CREATE INDEX "coaching_note_student" ON "coaching_note" USING btree ("provider_id","student_id","created_at");--> statement-breakpoint
CREATE INDEX "coaching_participant_student" ON "coaching_participant" USING btree ("provider_id","student_id");--> statement-breakpoint
CREATE INDEX "coaching_session_time" ON "coaching_session" USING btree ("provider_id","starts_at");--> statement-breakpoint
CREATE INDEX "coaching_session_series" ON "coaching_session" USING btree ("provider_id","series_id");--> statement-breakpoint
CREATE INDEX "group_member_student" ON "group_member" USING btree ("provider_id","student_id");--> statement-breakpoint
CREATE INDEX "teaching_group_name" ON "teaching_group" USING btree ("provider_id","name");--> statement-breakpoint
CREATE INDEX "welfare_referral_student" ON "welfare_referral" USING btree ("provider_id","student_id");