-- The notices' delivery moved to the core's notifications (issue 8): the core's outbox row, keyed
-- `notice:<id>`, holds what is sent, when, its attempts and lease. The notice keeps what is the plugin's:
-- the guardian, the day, who recorded it, the acknowledgement and the replies.
-- Notices still waiting when this runs are not carried over: the next mark of that day records them
-- again (there is no deployment with waiting notices yet; a real one would copy them first).
DROP INDEX IF EXISTS lappi_valmennus.notice_due;
--> statement-breakpoint
ALTER TABLE lappi_valmennus.notice DROP CONSTRAINT IF EXISTS notice_status;
--> statement-breakpoint
ALTER TABLE lappi_valmennus.notice
  DROP COLUMN status, DROP COLUMN due_at, DROP COLUMN attempts, DROP COLUMN next_attempt_at,
  DROP COLUMN lease_until, DROP COLUMN last_error, DROP COLUMN sent_at, DROP COLUMN sent_lines;
