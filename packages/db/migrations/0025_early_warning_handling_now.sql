-- A handling row is dated when it is written. The latest row per student is its warning's state, so a
-- row dated in the future (or back-dated among others) would stay "latest" and hide new warnings. The
-- insert policy of 0023 is replaced by one that also requires created_at to be the transaction's time,
-- give or take a few seconds (the column's default, now(), always passes). Column-level INSERT grants
-- would be stricter but the ORM names every column in its INSERT (with DEFAULT), which needs the grant.
DROP POLICY early_warning_handling_add ON early_warning_handling;
--> statement-breakpoint
CREATE POLICY early_warning_handling_add ON early_warning_handling FOR INSERT TO polku_app
  WITH CHECK (provider_id = polku.current_provider()
              AND polku.current_role() IN ('tutor', 'welfare', 'manager')
              AND created_by = polku.current_person()
              AND created_at BETWEEN now() - interval '5 seconds' AND now() + interval '5 seconds');
