CREATE SCHEMA "keski_pohjanmaa_tyoelamapassi";
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."badge_class" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"kept_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "badge_class_slug_form" CHECK ("keski_pohjanmaa_tyoelamapassi"."badge_class"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."badge_version" (
	"badge_class_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"criteria" jsonb NOT NULL,
	"learning_goals" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"assessor_roles" text[] NOT NULL,
	"assessor_organisations" uuid[] NOT NULL,
	"competence_need" jsonb,
	"skills" text[] NOT NULL,
	"validity_months" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "badge_version_badge_class_id_version_pk" PRIMARY KEY("badge_class_id","version"),
	CONSTRAINT "badge_version_positive" CHECK ("keski_pohjanmaa_tyoelamapassi"."badge_version"."version" >= 1),
	CONSTRAINT "badge_version_validity" CHECK ("keski_pohjanmaa_tyoelamapassi"."badge_version"."validity_months" is null or "keski_pohjanmaa_tyoelamapassi"."badge_version"."validity_months" between 1 and 120),
	CONSTRAINT "badge_version_roles" CHECK ("keski_pohjanmaa_tyoelamapassi"."badge_version"."assessor_roles" <@ array['teacher','company_contact']::text[])
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."evidence" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pursuit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"url" text,
	"file_name" text,
	"media_type" text,
	"size" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "evidence_kind" CHECK ("keski_pohjanmaa_tyoelamapassi"."evidence"."kind" in ('text','link','file'))
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."evidence_file" (
	"provider_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "evidence_file_provider_id_evidence_id_pk" PRIMARY KEY("provider_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."issued_badge" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pursuit_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"issuer_organisation_id" uuid NOT NULL,
	"list_no" integer NOT NULL,
	"status_index" integer NOT NULL,
	"credential" jsonb NOT NULL,
	"valid_until" timestamp with time zone,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	CONSTRAINT "issued_badge_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."issuer_key" (
	"organisation_id" uuid NOT NULL,
	"key_id" text NOT NULL,
	"public_key_multibase" text NOT NULL,
	"sealed_secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "issuer_key_organisation_id_key_id_pk" PRIMARY KEY("organisation_id","key_id")
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."pursuit" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"badge_class_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'pursuing' NOT NULL,
	"assessor_organisation_id" uuid,
	"return_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pursuit_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "pursuit_status" CHECK ("keski_pohjanmaa_tyoelamapassi"."pursuit"."status" in ('pursuing','submitted','returned','approved','revoked'))
);
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."status_list" (
	"organisation_id" uuid NOT NULL,
	"list_no" integer NOT NULL,
	"next_index" integer DEFAULT 0 NOT NULL,
	"revoked" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"credential" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_list_organisation_id_list_no_pk" PRIMARY KEY("organisation_id","list_no")
);
--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."badge_class" ADD CONSTRAINT "badge_class_kept_by_organisation_id_fk" FOREIGN KEY ("kept_by") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."badge_version" ADD CONSTRAINT "badge_version_badge_class_id_badge_class_id_fk" FOREIGN KEY ("badge_class_id") REFERENCES "keski_pohjanmaa_tyoelamapassi"."badge_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."badge_version" ADD CONSTRAINT "badge_version_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."evidence" ADD CONSTRAINT "evidence_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."evidence" ADD CONSTRAINT "evidence_provider_id_pursuit_id_pursuit_provider_id_id_fk" FOREIGN KEY ("provider_id","pursuit_id") REFERENCES "keski_pohjanmaa_tyoelamapassi"."pursuit"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."evidence_file" ADD CONSTRAINT "evidence_file_provider_id_evidence_id_evidence_provider_id_id_fk" FOREIGN KEY ("provider_id","evidence_id") REFERENCES "keski_pohjanmaa_tyoelamapassi"."evidence"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."issued_badge" ADD CONSTRAINT "issued_badge_issuer_organisation_id_organisation_id_fk" FOREIGN KEY ("issuer_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."issued_badge" ADD CONSTRAINT "issued_badge_provider_id_pursuit_id_pursuit_provider_id_id_fk" FOREIGN KEY ("provider_id","pursuit_id") REFERENCES "keski_pohjanmaa_tyoelamapassi"."pursuit"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."issued_badge" ADD CONSTRAINT "issued_badge_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."issuer_key" ADD CONSTRAINT "issuer_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."pursuit" ADD CONSTRAINT "pursuit_assessor_organisation_id_organisation_id_fk" FOREIGN KEY ("assessor_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."pursuit" ADD CONSTRAINT "pursuit_decided_by_person_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."pursuit" ADD CONSTRAINT "pursuit_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."pursuit" ADD CONSTRAINT "pursuit_badge_class_id_version_badge_version_badge_class_id_version_fk" FOREIGN KEY ("badge_class_id","version") REFERENCES "keski_pohjanmaa_tyoelamapassi"."badge_version"("badge_class_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."status_list" ADD CONSTRAINT "status_list_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "badge_class_slug" ON "keski_pohjanmaa_tyoelamapassi"."badge_class" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "evidence_pursuit" ON "keski_pohjanmaa_tyoelamapassi"."evidence" USING btree ("provider_id","pursuit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_badge_pursuit" ON "keski_pohjanmaa_tyoelamapassi"."issued_badge" USING btree ("provider_id","pursuit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_badge_status" ON "keski_pohjanmaa_tyoelamapassi"."issued_badge" USING btree ("issuer_organisation_id","list_no","status_index");--> statement-breakpoint
CREATE UNIQUE INDEX "issuer_key_one_current" ON "keski_pohjanmaa_tyoelamapassi"."issuer_key" USING btree ("organisation_id") WHERE retired_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "pursuit_one_per_badge" ON "keski_pohjanmaa_tyoelamapassi"."pursuit" USING btree ("provider_id","student_id","badge_class_id");--> statement-breakpoint
CREATE INDEX "pursuit_assessor" ON "keski_pohjanmaa_tyoelamapassi"."pursuit" USING btree ("assessor_organisation_id","status");