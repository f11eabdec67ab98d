CREATE SCHEMA "keski_pohjanmaa_tyoelamapassi";
--> statement-breakpoint
CREATE TABLE "keski_pohjanmaa_tyoelamapassi"."entry" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entry_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."entry" ADD CONSTRAINT "entry_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keski_pohjanmaa_tyoelamapassi"."entry" ADD CONSTRAINT "entry_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entry_student" ON "keski_pohjanmaa_tyoelamapassi"."entry" USING btree ("provider_id","student_id");