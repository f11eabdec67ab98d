CREATE TABLE "kaikkien_jatkopolku"."calendar_feed" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "kaikkien_jatkopolku"."meeting" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"training_partner_id" uuid NOT NULL,
	"learner_id" uuid,
	"title" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "meeting_times" CHECK ("kaikkien_jatkopolku"."meeting"."ends_at" > "kaikkien_jatkopolku"."meeting"."starts_at" and "kaikkien_jatkopolku"."meeting"."ends_at" <= "kaikkien_jatkopolku"."meeting"."starts_at" + interval '12 hours')
);
--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."calendar_feed" ADD CONSTRAINT "calendar_feed_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."calendar_feed" ADD CONSTRAINT "calendar_feed_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."meeting" ADD CONSTRAINT "meeting_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."meeting" ADD CONSTRAINT "meeting_provider_id_training_id_training_provider_id_id_fk" FOREIGN KEY ("provider_id","training_id") REFERENCES "kaikkien_jatkopolku"."training"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."meeting" ADD CONSTRAINT "meeting_provider_id_training_partner_id_training_partner_provider_id_id_fk" FOREIGN KEY ("provider_id","training_partner_id") REFERENCES "kaikkien_jatkopolku"."training_partner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kaikkien_jatkopolku"."meeting" ADD CONSTRAINT "meeting_provider_id_learner_id_learner_provider_id_id_fk" FOREIGN KEY ("provider_id","learner_id") REFERENCES "kaikkien_jatkopolku"."learner"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feed_person" ON "kaikkien_jatkopolku"."calendar_feed" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meeting_training" ON "kaikkien_jatkopolku"."meeting" USING btree ("provider_id","training_id","starts_at");