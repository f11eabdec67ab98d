-- Correcting and cancelling a recorded pathway step (issue 9): a duplicate work trial, a wrong date or
-- kind. Nothing is deleted and nothing changes silently: each correction or cancellation keeps who, when,
-- why and the step as it was before, in an append-only history; the step itself carries its latest
-- revision so the timeline shows it without another read.
ALTER TABLE pathway_step ADD COLUMN revised_at timestamptz;
--> statement-breakpoint
ALTER TABLE pathway_step ADD COLUMN revised_by uuid REFERENCES person (id);
--> statement-breakpoint
ALTER TABLE pathway_step ADD COLUMN revision_reason text CHECK (length(revision_reason) <= 1000);
--> statement-breakpoint
CREATE TABLE pathway_step_revision (
  provider_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  step_id uuid NOT NULL,
  student_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('corrected', 'cancelled')),
  reason text NOT NULL CHECK (reason <> '' AND length(reason) <= 1000),
  -- The step's kind, status, dates and note before this revision.
  previous jsonb NOT NULL,
  revised_by uuid NOT NULL REFERENCES person (id),
  revised_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider_id, id),
  FOREIGN KEY (provider_id, step_id) REFERENCES pathway_step (provider_id, id),
  FOREIGN KEY (provider_id, student_id) REFERENCES student (provider_id, id)
);
--> statement-breakpoint
CREATE INDEX pathway_step_revision_step ON pathway_step_revision (provider_id, step_id, revised_at);
--> statement-breakpoint
ALTER TABLE pathway_step_revision ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The history is read by whoever reads the step (the step's own policy decides) and only ever added to.
GRANT SELECT, INSERT ON pathway_step_revision TO polku_app;
--> statement-breakpoint
CREATE POLICY pathway_step_revision_read ON pathway_step_revision FOR SELECT TO polku_app
  USING (EXISTS (SELECT 1 FROM pathway_step s WHERE s.provider_id = pathway_step_revision.provider_id
                 AND s.id = pathway_step_revision.step_id AND s.student_id = pathway_step_revision.student_id));
--> statement-breakpoint
-- Added by the person acting, about a step they may change: the provider's own staff, or the partner
-- organisation that recorded it while its grant is in force (as the step's update policy says).
CREATE POLICY pathway_step_revision_append ON pathway_step_revision FOR INSERT TO polku_app
  WITH CHECK (revised_by = polku.current_person() AND EXISTS (
    SELECT 1 FROM pathway_step s
    WHERE s.provider_id = pathway_step_revision.provider_id AND s.id = pathway_step_revision.step_id
      AND s.student_id = pathway_step_revision.student_id
      AND (s.provider_id = polku.current_provider()
           OR (s.organisation_id = polku.current_organisation() AND polku_is_granted(s.provider_id, s.student_id)))));
