-- Wage-subsidised work (palkkatuettu työ, seed 000) as the workshop arranges it: the employer, the
-- period, and the subsidy decision it rests on (its number and day, and who decided: the TE services,
-- the municipality, or another), and the qualification completed one unit at a time alongside it: the
-- units picked from the national requirements of the coachee's qualification, each with its progress.
-- The workshop records them while its handover grant is in force; the provider's staff and the student
-- read them.
CREATE TABLE esedu_workshop_handover.wage_subsidy (
  provider_id uuid NOT NULL,
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  handover_id uuid NOT NULL,
  student_id uuid NOT NULL,
  workshop_id uuid NOT NULL REFERENCES public.organisation (id),
  employer_id uuid NOT NULL REFERENCES public.organisation (id),
  step_id uuid,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  decision_number text NOT NULL,
  decision_date date NOT NULL,
  decided_by text NOT NULL,
  decider_name text,
  created_by uuid REFERENCES public.person (id),
  created_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT wage_subsidy_pk PRIMARY KEY (provider_id, id),
  CONSTRAINT wage_subsidy_handover_fk FOREIGN KEY (provider_id, handover_id)
    REFERENCES esedu_workshop_handover.handover (provider_id, id),
  CONSTRAINT wage_subsidy_student_fk FOREIGN KEY (provider_id, student_id) REFERENCES public.student (provider_id, id),
  CONSTRAINT wage_subsidy_period CHECK (ends_on >= starts_on),
  CONSTRAINT wage_subsidy_decided_by CHECK (decided_by IN ('te_services', 'municipality', 'other')),
  CONSTRAINT wage_subsidy_decision_number CHECK (length(decision_number) BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE INDEX wage_subsidy_handover ON esedu_workshop_handover.wage_subsidy (provider_id, handover_id);
--> statement-breakpoint
CREATE TABLE esedu_workshop_handover.wage_subsidy_unit (
  provider_id uuid NOT NULL,
  wage_subsidy_id uuid NOT NULL,
  student_id uuid NOT NULL,
  workshop_id uuid NOT NULL REFERENCES public.organisation (id),
  unit_code text NOT NULL,
  unit_name jsonb NOT NULL,
  competence_points numeric(5, 1),
  status text DEFAULT 'planned' NOT NULL,
  changed_on date NOT NULL,
  changed_by uuid REFERENCES public.person (id),
  CONSTRAINT wage_subsidy_unit_pk PRIMARY KEY (provider_id, wage_subsidy_id, unit_code),
  CONSTRAINT wage_subsidy_unit_subsidy_fk FOREIGN KEY (provider_id, wage_subsidy_id)
    REFERENCES esedu_workshop_handover.wage_subsidy (provider_id, id),
  CONSTRAINT wage_subsidy_unit_status CHECK (status IN ('planned', 'in_progress', 'demonstrated', 'completed'))
);
--> statement-breakpoint
GRANT SELECT, INSERT ON esedu_workshop_handover.wage_subsidy TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON esedu_workshop_handover.wage_subsidy_unit TO polku_app;
--> statement-breakpoint
GRANT UPDATE (status, changed_on, changed_by) ON esedu_workshop_handover.wage_subsidy_unit TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.wage_subsidy ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.wage_subsidy_unit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wage_subsidy_read ON esedu_workshop_handover.wage_subsidy FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY wage_subsidy_insert ON esedu_workshop_handover.wage_subsidy FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation() AND created_by = polku.current_person()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND esedu_workshop_handover.handover_of_student(provider_id, handover_id, student_id, workshop_id));
--> statement-breakpoint
CREATE POLICY wage_subsidy_unit_read ON esedu_workshop_handover.wage_subsidy_unit FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY wage_subsidy_unit_write ON esedu_workshop_handover.wage_subsidy_unit FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation() AND changed_by = polku.current_person()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover'])
              AND EXISTS (SELECT 1 FROM esedu_workshop_handover.wage_subsidy w
                          WHERE w.provider_id = wage_subsidy_unit.provider_id AND w.id = wage_subsidy_unit.wage_subsidy_id
                            AND w.student_id = wage_subsidy_unit.student_id AND w.workshop_id = wage_subsidy_unit.workshop_id));
--> statement-breakpoint
CREATE POLICY wage_subsidy_unit_progress ON esedu_workshop_handover.wage_subsidy_unit FOR UPDATE TO polku_app
  USING (workshop_id = polku.current_organisation() AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
  WITH CHECK (workshop_id = polku.current_organisation() AND changed_by = polku.current_person());
