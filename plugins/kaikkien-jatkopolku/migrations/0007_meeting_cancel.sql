-- A booked meeting is cancelled, never deleted: who cancelled it, when and why stay on the row, the
-- training's page shows it struck through with them, and the calendar feeds leave it out (a subscribed
-- calendar drops it at its next refresh). The application role loses DELETE on meetings, so no code
-- path can make one vanish silently.
ALTER TABLE kaikkien_jatkopolku.meeting ADD COLUMN cancelled_at timestamptz;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.meeting ADD COLUMN cancelled_by uuid REFERENCES public.person (id);
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.meeting ADD COLUMN cancel_reason text;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.meeting ADD CONSTRAINT meeting_cancelled
  CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL)
         AND (cancel_reason IS NULL OR cancelled_at IS NOT NULL));
--> statement-breakpoint
REVOKE DELETE ON kaikkien_jatkopolku.meeting FROM polku_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kaikkien_jatkopolku.feed_events(p_token_hash text)
  RETURNS TABLE (uid text, summary text, starts_at timestamptz, ends_at timestamptz, place text, all_day date)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH f AS (
    SELECT f.* FROM kaikkien_jatkopolku.calendar_feed f
     WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
       AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = f.person_id
                      AND m.organisation_id = f.organisation_id AND m.role = f.role)
  ), visible AS (
    SELECT tp.provider_id, tp.id AS partner_id, tp.training_id, o.name AS partner_name, t.name AS training_name
      FROM f
      JOIN kaikkien_jatkopolku.training_partner tp ON true
      JOIN kaikkien_jatkopolku.training t ON t.provider_id = tp.provider_id AND t.id = tp.training_id
      JOIN organisation o ON o.id = tp.organisation_id
      JOIN organisation fo ON fo.id = f.organisation_id
     WHERE (f.role = 'partner_contact' AND tp.organisation_id = f.organisation_id)
        OR (f.role IN ('tutor', 'teacher') AND t.trainer_person_id = f.person_id
            AND coalesce(fo.parent_id, fo.id) = t.provider_id)
  )
  SELECT 'meeting-' || m.id::text,
         CASE WHEN m.learner_id IS NULL THEN 'Tapaaminen: ' ELSE 'Oppijan tapaaminen: ' END
           || m.title || ' (' || v.partner_name || ', ' || v.training_name || ')',
         m.starts_at, m.ends_at, m.place, NULL::date
    FROM visible v
    JOIN kaikkien_jatkopolku.meeting m ON m.provider_id = v.provider_id AND m.training_partner_id = v.partner_id
   WHERE m.cancelled_at IS NULL
  UNION ALL
  SELECT 'feedback-' || t.id::text, 'Jälkipalaute pyydetään: ' || t.name, NULL, NULL, '',
         t.ends_on + t.follow_up_weeks * 7
    FROM f JOIN organisation fo ON fo.id = f.organisation_id
    JOIN kaikkien_jatkopolku.training t ON t.trainer_person_id = f.person_id AND t.provider_id = coalesce(fo.parent_id, fo.id)
   WHERE f.role IN ('tutor', 'teacher')
$$;
