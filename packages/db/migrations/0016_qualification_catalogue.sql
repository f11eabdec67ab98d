-- The national qualification requirements (issue 9): each qualification with its units, so that a tutor
-- picks a HOKS's units by name and everyone reads names, while the HOKS keeps the units' codes as eHOKS
-- does. The requirements are public national data (ePerusteet): every logged-in person may read them,
-- and only the owner writes them (the loader, `pnpm --filter @polku/db load-qualifications`).
CREATE TABLE qualification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The requirements' diary number names one version of the requirements.
  diary_number text NOT NULL UNIQUE CHECK (diary_number <> '' AND length(diary_number) <= 60),
  education_codes text[] NOT NULL CHECK (cardinality(education_codes) >= 1),
  name_fi text NOT NULL CHECK (name_fi <> ''),
  name_sv text,
  name_en text,
  competence_areas jsonb NOT NULL DEFAULT '[]'::jsonb,
  titles jsonb NOT NULL DEFAULT '[]'::jsonb,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX qualification_education_codes ON qualification USING gin (education_codes);
--> statement-breakpoint
CREATE TABLE qualification_unit (
  qualification_id uuid NOT NULL REFERENCES qualification (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^tutkinnonosat_[0-9]+$'),
  position integer NOT NULL CHECK (position >= 0),
  name_fi text NOT NULL CHECK (name_fi <> ''),
  name_sv text,
  name_en text,
  kind text NOT NULL CHECK (kind IN ('vocational', 'common')),
  competence_points numeric(5, 1) CHECK (competence_points >= 0),
  compulsory boolean,
  sub_areas jsonb NOT NULL DEFAULT '[]'::jsonb,
  PRIMARY KEY (qualification_id, code)
);
--> statement-breakpoint
CREATE INDEX qualification_unit_code ON qualification_unit (code);
--> statement-breakpoint
ALTER TABLE qualification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE qualification_unit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT ON qualification, qualification_unit TO polku_app;
--> statement-breakpoint
CREATE POLICY qualification_read ON qualification FOR SELECT TO polku_app USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY qualification_unit_read ON qualification_unit FOR SELECT TO polku_app USING (polku.current_person() IS NOT NULL);
