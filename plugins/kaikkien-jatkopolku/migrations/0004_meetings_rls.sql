-- Meetings with partners and the calendar feeds. The provider's staff book and read meetings; a partner
-- organisation reads the meetings of its own partnerships (the learner of a meeting only as an id, and
-- the learner's data only through partner_learners). A person sees and revokes only their own feeds;
-- a feed is read without a session only through feed_events(), by its token's hash.
GRANT SELECT, INSERT, UPDATE, DELETE ON kaikkien_jatkopolku.meeting TO polku_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON kaikkien_jatkopolku.calendar_feed TO polku_app;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.meeting ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.calendar_feed ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_read ON kaikkien_jatkopolku.meeting FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR EXISTS (
    SELECT 1 FROM kaikkien_jatkopolku.training_partner tp
     WHERE tp.provider_id = meeting.provider_id AND tp.id = meeting.training_partner_id
       AND tp.organisation_id = polku.current_organisation()));
--> statement-breakpoint
CREATE POLICY meeting_write ON kaikkien_jatkopolku.meeting FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY calendar_feed_own ON kaikkien_jatkopolku.calendar_feed FOR ALL TO polku_app
  USING (person_id = polku.current_person())
  WITH CHECK (person_id = polku.current_person() AND organisation_id = polku.current_organisation()
              AND role = polku.current_role());
--> statement-breakpoint
-- What a feed holds, by its token's hash: nothing once revoked, or once its person no longer holds the
-- membership it was made in (a trainer who left, a partner contact whose role ended). A trainer's feed:
-- the meetings of their own trainings and each training's follow-up feedback day; a partner contact's:
-- the meetings of the organisation's partnerships. No learner's name: a subscribed calendar is kept by
-- a calendar program, outside Polku.
CREATE FUNCTION kaikkien_jatkopolku.feed_events(p_token_hash text)
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
  UNION ALL
  SELECT 'feedback-' || t.id::text, 'Jälkipalaute pyydetään: ' || t.name, NULL, NULL, '',
         t.ends_on + t.follow_up_weeks * 7
    FROM f JOIN organisation fo ON fo.id = f.organisation_id
    JOIN kaikkien_jatkopolku.training t ON t.trainer_person_id = f.person_id AND t.provider_id = coalesce(fo.parent_id, fo.id)
   WHERE f.role IN ('tutor', 'teacher')
$$;
--> statement-breakpoint
-- Is there a feed in force with this token's hash (one with no events yet is still a feed)?
CREATE FUNCTION kaikkien_jatkopolku.feed_is_live(p_token_hash text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM kaikkien_jatkopolku.calendar_feed f
    WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
      AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = f.person_id
                     AND m.organisation_id = f.organisation_id AND m.role = f.role))
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION kaikkien_jatkopolku.feed_events(text), kaikkien_jatkopolku.feed_is_live(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION kaikkien_jatkopolku.feed_events(text), kaikkien_jatkopolku.feed_is_live(text) TO polku_app;
