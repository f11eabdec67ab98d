-- Row-level security for this plugin's tables, under the core's application role polku_app, through
-- the helpers of the core's `polku` schema: the provider's staff see and change their provider's rows;
-- a partner holding a grant of this plugin's scope reads them; the student (or a minor's guardian)
-- reads their own.
GRANT USAGE ON SCHEMA keski_pohjanmaa_tyoelamapassi TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON keski_pohjanmaa_tyoelamapassi.entry TO polku_app;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.entry ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY entry_read ON keski_pohjanmaa_tyoelamapassi.entry FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR polku.is_granted(provider_id, student_id, ARRAY['keski-pohjanmaa-tyoelamapassi'])
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY entry_write ON keski_pohjanmaa_tyoelamapassi.entry FOR ALL TO polku_app
  USING (provider_id = polku.current_provider()) WITH CHECK (provider_id = polku.current_provider());
