CREATE TABLE "early_warning_config" (
	"provider_id" uuid PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hoks" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"document" jsonb NOT NULL,
	"origin" text DEFAULT 'drafted' NOT NULL,
	"first_approved_on" date,
	"approved_on" date,
	"approved_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hoks_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "hoks_status" CHECK ("hoks"."status" in ('draft','awaiting_approval','approved')),
	CONSTRAINT "hoks_origin" CHECK ("hoks"."origin" in ('drafted','imported'))
);
--> statement-breakpoint
CREATE TABLE "unit_progress" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"unit_name" text,
	"competence_points" integer,
	"status" text DEFAULT 'not_started' NOT NULL,
	"changed_on" date NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_progress_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "unit_progress_status" CHECK ("unit_progress"."status" in ('not_started','in_progress','demonstrated','completed'))
);
--> statement-breakpoint
ALTER TABLE "early_warning_config" ADD CONSTRAINT "early_warning_config_updated_by_person_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks" ADD CONSTRAINT "hoks_approved_by_person_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks" ADD CONSTRAINT "hoks_updated_by_person_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks" ADD CONSTRAINT "hoks_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_progress" ADD CONSTRAINT "unit_progress_changed_by_person_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_progress" ADD CONSTRAINT "unit_progress_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hoks_student" ON "hoks" USING btree ("provider_id","student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_progress_unit" ON "unit_progress" USING btree ("provider_id","student_id","unit_code");--> statement-breakpoint
CREATE INDEX "unit_progress_changed" ON "unit_progress" USING btree ("provider_id","changed_on");