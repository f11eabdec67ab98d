-- Companies' competence needs (issue: Esedu's continuation paths, seed 000), built once in the core so
-- every plugin that matches people to local companies' needs shares them (a workshop's competence
-- mapping and job placement, a badge passport later). Not personal data and not one provider's: a
-- region-wide table like the organisations themselves.
CREATE TABLE "company_competence_need" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"field" text NOT NULL,
	"qualification_code" text,
	"description_fi" text NOT NULL,
	"headcount" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"needed_from" date,
	"needed_until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "company_competence_need_status" CHECK ("company_competence_need"."status" in ('open','closed')),
	CONSTRAINT "company_competence_need_headcount" CHECK ("company_competence_need"."headcount" between 1 and 1000),
	CONSTRAINT "company_competence_need_period" CHECK ("company_competence_need"."needed_until" is null or "company_competence_need"."needed_from" is null or "company_competence_need"."needed_until" >= "company_competence_need"."needed_from"),
	CONSTRAINT "company_competence_need_code" CHECK ("company_competence_need"."qualification_code" is null or "company_competence_need"."qualification_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
ALTER TABLE "company_competence_need" ADD CONSTRAINT "company_competence_need_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "company_competence_need" ADD CONSTRAINT "company_competence_need_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "company_competence_need_open" ON "company_competence_need" USING btree ("status","organisation_id");
--> statement-breakpoint
GRANT SELECT, INSERT ON company_competence_need TO polku_app;
--> statement-breakpoint
-- Only closing changes a need (a changed need is a new one), so what a match rested on stays readable.
GRANT UPDATE (status, closed_at) ON company_competence_need TO polku_app;
--> statement-breakpoint
ALTER TABLE company_competence_need ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Anyone acting in a session reads the region's needs (they name companies, never people).
CREATE POLICY company_competence_need_read ON company_competence_need FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
-- Only a contact of the company states its needs, as themself, open.
CREATE POLICY company_competence_need_insert ON company_competence_need FOR INSERT TO polku_app
  WITH CHECK (organisation_id = polku.current_organisation() AND polku.current_role() = 'company_contact'
              AND created_by = polku.current_person() AND status = 'open' AND closed_at IS NULL);
--> statement-breakpoint
-- Only the company's contact closes an open need.
CREATE POLICY company_competence_need_close ON company_competence_need FOR UPDATE TO polku_app
  USING (status = 'open' AND organisation_id = polku.current_organisation()
         AND polku.current_role() = 'company_contact')
  WITH CHECK (status = 'closed' AND closed_at IS NOT NULL AND organisation_id = polku.current_organisation());
