CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."credit_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"badge_class_ids" uuid[] NOT NULL,
	"kind" text NOT NULL,
	"credits" integer,
	"description" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_rule_kind" CHECK ("keski_pohjanmaa_tyoelamapassi"."credit_rule"."kind" in ('credits','study_place')),
	CONSTRAINT "credit_rule_credits" CHECK (("keski_pohjanmaa_tyoelamapassi"."credit_rule"."kind" = 'credits') = ("keski_pohjanmaa_tyoelamapassi"."credit_rule"."credits" is not null and "keski_pohjanmaa_tyoelamapassi"."credit_rule"."credits" between 1 and 60)),
	CONSTRAINT "credit_rule_badges" CHECK (cardinality("keski_pohjanmaa_tyoelamapassi"."credit_rule"."badge_class_ids") between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."endorsement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"badge_class_id" uuid NOT NULL,
	"endorser_organisation_id" uuid NOT NULL,
	"comment" text NOT NULL,
	"credential" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."passport_share" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"badge_ids" uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "passport_share_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."credit_rule" ADD CONSTRAINT "credit_rule_institution_id_organisation_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."credit_rule" ADD CONSTRAINT "credit_rule_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."endorsement" ADD CONSTRAINT "endorsement_badge_class_id_badge_class_id_fk" FOREIGN KEY ("badge_class_id") REFERENCES "keski_pohjanmaa_tyoelamapassi"."badge_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."endorsement" ADD CONSTRAINT "endorsement_endorser_organisation_id_organisation_id_fk" FOREIGN KEY ("endorser_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."endorsement" ADD CONSTRAINT "endorsement_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."passport_share" ADD CONSTRAINT "passport_share_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."passport_share" ADD CONSTRAINT "passport_share_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "endorsement_one_per_company" ON "keski_pohjanmaa_tyoelamapassi"."endorsement" USING btree ("badge_class_id","endorser_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "passport_share_token" ON "keski_pohjanmaa_tyoelamapassi"."passport_share" USING btree ("token_hash");