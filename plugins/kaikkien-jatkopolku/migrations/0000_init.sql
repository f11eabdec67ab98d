CREATE SCHEMA "kaikkien_jatkopolku";
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."feedback_request" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"situation" integer,
	"continued_with_partner" boolean,
	"needs" text[],
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_request_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "feedback_request_token" UNIQUE("token_hash"),
	CONSTRAINT "feedback_request_once" UNIQUE("provider_id","learner_id"),
	CONSTRAINT "feedback_request_situation" CHECK ("kaikkien_jatkopolku"."feedback_request"."situation" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."learner" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"challenge" text NOT NULL,
	"personal_goal" text NOT NULL,
	"continuation_path" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "learner_once" UNIQUE("provider_id","training_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."learner_consent" (
	"provider_id" uuid NOT NULL,
	"learner_id" uuid NOT NULL,
	"training_partner_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"share_goal" boolean NOT NULL,
	"share_continuation" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_consent_provider_id_learner_id_training_partner_id_pk" PRIMARY KEY("provider_id","learner_id","training_partner_id")
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."open_item" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"learner_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_at" timestamp with time zone,
	"carried_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "open_item_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "open_item_status" CHECK ("kaikkien_jatkopolku"."open_item"."status" in ('open','resolved','carried'))
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."partner_step" (
	"provider_id" uuid NOT NULL,
	"training_partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"done_on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_step_provider_id_training_partner_id_kind_pk" PRIMARY KEY("provider_id","training_partner_id","kind"),
	CONSTRAINT "partner_step_kind" CHECK ("kaikkien_jatkopolku"."partner_step"."kind" in ('kickoff','agreement','marketing','involvement','reward','closing'))
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."training" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"theme" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"follow_up_weeks" integer DEFAULT 6 NOT NULL,
	"trainer_person_id" uuid,
	"closed_at" timestamp with time zone,
	"feedback_created_at" timestamp with time zone,
	"realistic_paths_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "training_dates" CHECK ("kaikkien_jatkopolku"."training"."ends_on" >= "kaikkien_jatkopolku"."training"."starts_on"),
	CONSTRAINT "training_follow_up_weeks" CHECK ("kaikkien_jatkopolku"."training"."follow_up_weeks" between 1 and 52),
	CONSTRAINT "training_theme" CHECK ("kaikkien_jatkopolku"."training"."theme" in ('money','health','job_seeking','digital','other'))
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."training_partner" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_partner_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "training_partner_once" UNIQUE("provider_id","training_id","organisation_id"),
	CONSTRAINT "training_partner_roles" CHECK (cardinality("kaikkien_jatkopolku"."training_partner"."roles") > 0 and "kaikkien_jatkopolku"."training_partner"."roles" <@ array['expertise','after_care','informing'])
);
--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."feedback_request" ADD CONSTRAINT "feedback_request_provider_id_training_id_training_provider_id_id_fk" FOREIGN KEY ("provider_id","training_id") REFERENCES "kaikkien_jatkopolku"."training"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."feedback_request" ADD CONSTRAINT "feedback_request_provider_id_learner_id_learner_provider_id_id_fk" FOREIGN KEY ("provider_id","learner_id") REFERENCES "kaikkien_jatkopolku"."learner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."learner" ADD CONSTRAINT "learner_provider_id_training_id_training_provider_id_id_fk" FOREIGN KEY ("provider_id","training_id") REFERENCES "kaikkien_jatkopolku"."training"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."learner" ADD CONSTRAINT "learner_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."learner_consent" ADD CONSTRAINT "learner_consent_provider_id_learner_id_learner_provider_id_id_fk" FOREIGN KEY ("provider_id","learner_id") REFERENCES "kaikkien_jatkopolku"."learner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."learner_consent" ADD CONSTRAINT "learner_consent_provider_id_training_partner_id_training_partner_provider_id_id_fk" FOREIGN KEY ("provider_id","training_partner_id") REFERENCES "kaikkien_jatkopolku"."training_partner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."learner_consent" ADD CONSTRAINT "learner_consent_provider_id_grant_id_access_grant_provider_id_id_fk" FOREIGN KEY ("provider_id","grant_id") REFERENCES "public"."access_grant"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."open_item" ADD CONSTRAINT "open_item_provider_id_learner_id_learner_provider_id_id_fk" FOREIGN KEY ("provider_id","learner_id") REFERENCES "kaikkien_jatkopolku"."learner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."partner_step" ADD CONSTRAINT "partner_step_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."partner_step" ADD CONSTRAINT "partner_step_provider_id_training_partner_id_training_partner_provider_id_id_fk" FOREIGN KEY ("provider_id","training_partner_id") REFERENCES "kaikkien_jatkopolku"."training_partner"("provider_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."training" ADD CONSTRAINT "training_trainer_person_id_person_id_fk" FOREIGN KEY ("trainer_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."training_partner" ADD CONSTRAINT "training_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."training_partner" ADD CONSTRAINT "training_partner_provider_id_training_id_training_provider_id_id_fk" FOREIGN KEY ("provider_id","training_id") REFERENCES "kaikkien_jatkopolku"."training"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_partner_organisation" ON "kaikkien_jatkopolku"."training_partner" USING btree ("organisation_id");