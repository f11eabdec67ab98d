-- A notification is about students (about_students); its recipient reads it only while they may still
-- see every one of them (row-level security on student decides, e.g. a guardian of a ward who has
-- turned 18 no longer does). Without this an inbox kept a ward's absences after the guardian's access
-- ended, and a notification about a student the recipient cannot see broke their inbox (its read could
-- not be audited). Provider staff read the provider's notifications as before.
ALTER POLICY notification_read ON notification
  USING ((recipient_person_id = polku.current_person()
          AND NOT EXISTS (SELECT 1 FROM unnest(about_students) a(id)
                          WHERE NOT EXISTS (SELECT 1 FROM student s
                                            WHERE s.provider_id = notification.provider_id AND s.id = a.id)))
         OR (provider_id = polku.current_provider()
             AND polku.current_role() IN ('tutor', 'teacher', 'welfare', 'manager')));
--> statement-breakpoint
-- A pathway step or an outcome is signed by the person recording it, and a granted partner records
-- them as its own organisation: neither can be written in another's name.
ALTER POLICY pathway_step_insert ON pathway_step
  WITH CHECK (recorded_by = polku.current_person()
              AND (provider_id = polku.current_provider()
                   OR (organisation_id = polku.current_organisation()
                       AND polku_is_granted(provider_id, student_id))));
--> statement-breakpoint
ALTER POLICY outcome_insert ON outcome
  WITH CHECK (recorded_by = polku.current_person()
              AND (provider_id = polku.current_provider()
                   OR (organisation_id = polku.current_organisation()
                       AND polku_is_granted(provider_id, student_id))));
