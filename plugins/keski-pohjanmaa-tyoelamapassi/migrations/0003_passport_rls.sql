-- Endorsements and credit rules are reference data every signed-in person reads; a company's contact
-- endorses for their own company, a higher-education institution's contact (or a provider's manager)
-- keeps its institution's rules. A passport link is the learner's own: they make and revoke it; the
-- public page reads it only through the definer function below, by the link's hash.
GRANT SELECT, INSERT ON keski_pohjanmaa_tyoelamapassi.endorsement TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON keski_pohjanmaa_tyoelamapassi.credit_rule TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON keski_pohjanmaa_tyoelamapassi.passport_share TO polku_app;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.endorsement ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.credit_rule ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.passport_share ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY endorsement_read ON keski_pohjanmaa_tyoelamapassi.endorsement FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY endorsement_add ON keski_pohjanmaa_tyoelamapassi.endorsement FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() = 'company_contact' AND endorser_organisation_id = polku.current_organisation()
              AND created_by = polku.current_person());
--> statement-breakpoint
CREATE POLICY credit_rule_read ON keski_pohjanmaa_tyoelamapassi.credit_rule FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY credit_rule_keep ON keski_pohjanmaa_tyoelamapassi.credit_rule FOR INSERT TO polku_app
  WITH CHECK (institution_id = polku.current_organisation() AND polku.current_role() IN ('partner_contact', 'manager'));
--> statement-breakpoint
CREATE POLICY credit_rule_remove ON keski_pohjanmaa_tyoelamapassi.credit_rule FOR DELETE TO polku_app
  USING (institution_id = polku.current_organisation() AND polku.current_role() IN ('partner_contact', 'manager'));
--> statement-breakpoint
CREATE POLICY passport_share_own ON keski_pohjanmaa_tyoelamapassi.passport_share FOR ALL TO polku_app
  USING (polku.is_self_or_ward(provider_id, student_id))
  WITH CHECK (polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
-- The public passport page: the badges of a live link, each still the learner's own, and whose link it
-- is (for the audit entry), nothing else.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.shared_passport(p_token_hash text)
  RETURNS TABLE (provider_id uuid, student_id uuid, person_id uuid, credential jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.provider_id, s.student_id, st.person_id, b.credential
  FROM keski_pohjanmaa_tyoelamapassi.passport_share s
  JOIN student st ON st.provider_id = s.provider_id AND st.id = s.student_id
  JOIN keski_pohjanmaa_tyoelamapassi.issued_badge b
    ON b.provider_id = s.provider_id AND b.student_id = s.student_id AND b.id = ANY (s.badge_ids)
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL
  ORDER BY b.issued_at
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION keski_pohjanmaa_tyoelamapassi.shared_passport(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION keski_pohjanmaa_tyoelamapassi.shared_passport(text) TO polku_app;
