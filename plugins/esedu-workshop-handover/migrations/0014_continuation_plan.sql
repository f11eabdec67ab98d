-- Before graduation the provider plans the continuation path with each graduating student who has no
-- job or study place yet (seed 000), while the student still studies: the planned path (a youth
-- workshop, further studies, job search...) and the goal in the student's own words, agreed on a day.
-- One plan per student, rewritten as it changes; it shows in the student's goals on the student page
-- and goes into the handover packet when the consent covers the career goals. The provider's staff
-- write it; the student (or the guardian of a minor) reads it; a workshop reads it only in a packet.
CREATE TABLE esedu_workshop_handover.continuation_plan (
  provider_id uuid NOT NULL,
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  student_id uuid NOT NULL,
  path text NOT NULL,
  goal text NOT NULL,
  agreed_on date NOT NULL,
  created_by uuid REFERENCES public.person (id),
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_by uuid REFERENCES public.person (id),
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT continuation_plan_pk PRIMARY KEY (provider_id, id),
  CONSTRAINT continuation_plan_student_fk FOREIGN KEY (provider_id, student_id)
    REFERENCES public.student (provider_id, id),
  CONSTRAINT continuation_plan_path CHECK (path IN ('youth_workshop','further_studies','job_search',
    'apprenticeship','wage_subsidised_work','rehabilitation','other')),
  CONSTRAINT continuation_plan_goal CHECK (length(goal) BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX continuation_plan_student ON esedu_workshop_handover.continuation_plan (provider_id, student_id);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON esedu_workshop_handover.continuation_plan TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.continuation_plan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY continuation_plan_read ON esedu_workshop_handover.continuation_plan FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider() OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY continuation_plan_write ON esedu_workshop_handover.continuation_plan FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku.current_provider() AND updated_by = polku.current_person());
--> statement-breakpoint
CREATE POLICY continuation_plan_update ON esedu_workshop_handover.continuation_plan FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider())
  WITH CHECK (provider_id = polku.current_provider() AND updated_by = polku.current_person());
--> statement-breakpoint
-- The packet carries the plan (with the career goals) and the badges earned (with the competence),
-- each only when the consent covers its part, as the other parts.
ALTER TABLE esedu_workshop_handover.handover ADD COLUMN continuation_plan jsonb;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.handover ADD COLUMN badges jsonb;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.handover ADD CONSTRAINT handover_plan_badges_covered
  CHECK ((continuation_plan IS NULL OR 'career_goals' = ANY (consent_covers))
     AND (badges IS NULL OR 'competence' = ANY (consent_covers)));
