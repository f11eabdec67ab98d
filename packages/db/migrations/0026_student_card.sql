-- A grant opens who the student is, not the student's whole row. Since 0012, student_read let any grant
-- in force read every column (birth date, email, phone, learner and study-right OIDs, the work history
-- before the training), while a plugin's scope is narrow: a company during a work trial, a training's
-- local partner, a company assessing a badge, a mentoring company need the student's name, and nothing
-- of what the national registers or the provider's funding know. Row-level security cannot hide columns
-- row by row, so the row now opens only to the provider's staff, the student, a minor's guardian, and a
-- workshop holding a `handover` grant (its coach works with the graduate for months: contact details to
-- reach them, the birth date for the youth services and subsidies that depend on age, the qualification
-- for the placement). Every other grantee reads the student's card through the definer functions below:
-- id, provider, first and last name, for a student the acting organisation holds a grant in force on
-- (checked by polku.is_granted itself, so scope, validity and revocation are checked as everywhere).
DROP POLICY student_read ON student;
--> statement-breakpoint
CREATE POLICY student_read ON student FOR SELECT TO polku_app
  USING (polku.student_visible(provider_id, id, ARRAY['handover']));
--> statement-breakpoint
-- The card of one student, for anyone who may know who the student is: the same people as the audit
-- entry's policy (audit_log_append: staff, the student or a minor's guardian, a grantee of any scope),
-- so a grantee's read is audited through it (INSERT ... SELECT from the card) as it was from the row.
CREATE FUNCTION polku.student_card(p_student uuid)
  RETURNS TABLE (provider_id uuid, id uuid, first_name text, last_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1 AS $$
  SELECT s.provider_id, s.id, s.first_name, s.last_name FROM student s
   WHERE s.id = p_student AND polku.student_visible(s.provider_id, s.id, NULL)
$$;
--> statement-breakpoint
-- The cards of every student the acting organisation holds a grant in force on, of any scope (a partner's
-- student list): driven by its grants, so it reads a handful of rows, never the whole student table.
CREATE FUNCTION polku.granted_student_cards()
  RETURNS TABLE (provider_id uuid, id uuid, first_name text, last_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT s.provider_id, s.id, s.first_name, s.last_name
    FROM access_grant g JOIN student s ON s.provider_id = g.provider_id AND s.id = g.student_id
   WHERE g.grantee_organisation_id = polku_setting_uuid('app.organisation_id')
     AND polku.is_granted(g.provider_id, g.student_id, NULL)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.student_card(uuid), polku.granted_student_cards() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku.student_card(uuid), polku.granted_student_cards() TO polku_app;
