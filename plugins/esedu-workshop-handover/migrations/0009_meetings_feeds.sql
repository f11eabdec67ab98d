CREATE TABLE "esedu_workshop_handover"."calendar_feed" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feed_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "esedu_workshop_handover"."meeting" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"handover_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"workshop_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_provider_id_id_pk" PRIMARY KEY("provider_id","id"),
	CONSTRAINT "meeting_period" CHECK ("esedu_workshop_handover"."meeting"."ends_at" > "esedu_workshop_handover"."meeting"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."calendar_feed" ADD CONSTRAINT "calendar_feed_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."calendar_feed" ADD CONSTRAINT "calendar_feed_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."meeting" ADD CONSTRAINT "meeting_workshop_id_organisation_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."meeting" ADD CONSTRAINT "meeting_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."meeting" ADD CONSTRAINT "meeting_provider_id_handover_id_handover_provider_id_id_fk" FOREIGN KEY ("provider_id","handover_id") REFERENCES "esedu_workshop_handover"."handover"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esedu_workshop_handover"."meeting" ADD CONSTRAINT "meeting_provider_id_student_id_student_provider_id_id_fk" FOREIGN KEY ("provider_id","student_id") REFERENCES "public"."student"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feed_person" ON "esedu_workshop_handover"."calendar_feed" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meeting_workshop" ON "esedu_workshop_handover"."meeting" USING btree ("workshop_id","starts_at");--> statement-breakpoint
-- Meetings: the provider's staff, the workshop while it holds the handover grant, the student read them;
-- only the workshop holding an active handover records one.
GRANT SELECT, INSERT ON esedu_workshop_handover.meeting TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.meeting ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_read ON esedu_workshop_handover.meeting FOR SELECT TO polku_app
  USING (provider_id = polku.current_provider()
         OR (workshop_id = polku.current_organisation()
             AND polku.is_granted(provider_id, student_id, ARRAY['handover']))
         OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY meeting_insert ON esedu_workshop_handover.meeting FOR INSERT TO polku_app
  WITH CHECK (workshop_id = polku.current_organisation()
              AND polku.is_granted(provider_id, student_id, ARRAY['handover']));
--> statement-breakpoint
-- A feed is its person's own: they make it, list it and revoke it; nobody else sees it.
GRANT SELECT, INSERT ON esedu_workshop_handover.calendar_feed TO polku_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at) ON esedu_workshop_handover.calendar_feed TO polku_app;
--> statement-breakpoint
ALTER TABLE esedu_workshop_handover.calendar_feed ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feed_own ON esedu_workshop_handover.calendar_feed FOR ALL TO polku_app
  USING (person_id = polku.current_person())
  WITH CHECK (person_id = polku.current_person() AND organisation_id = polku.current_organisation());
--> statement-breakpoint
-- What a feed shows, for the public route (which runs with no one logged in, so RLS opens nothing): by
-- the token's hash, for a feed not revoked, what its person's organisation may see now. A workshop:
-- meetings and work trials of its active handovers whose grant is in force, and each path's deadline
-- (the agreement's weeks from the handover). A company: its work trials while each trial's grant lasts.
CREATE FUNCTION esedu_workshop_handover.feed_events(p_token_hash text)
  RETURNS TABLE (uid text, kind text, title text, place text, starts_at timestamptz, ends_at timestamptz,
                 starts_on date, ends_on date, provider_id uuid, student_id uuid, person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH feed AS (
    SELECT f.person_id, f.organisation_id FROM esedu_workshop_handover.calendar_feed f
    WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL),
  live AS (
    SELECT h.* FROM esedu_workshop_handover.handover h JOIN feed ON h.workshop_id = feed.organisation_id
    JOIN access_grant g ON g.provider_id = h.provider_id AND g.id = h.grant_id
    WHERE h.status = 'active' AND g.revoked_at IS NULL AND now() < g.valid_until)
  SELECT 'meeting-' || m.id, 'meeting', m.title || ': ' || s.first_name || ' ' || left(s.last_name, 1) || '.',
         m.place, m.starts_at, m.ends_at, NULL::date, NULL::date, m.provider_id, m.student_id, feed.person_id
    FROM esedu_workshop_handover.meeting m JOIN live h ON h.provider_id = m.provider_id AND h.id = m.handover_id
    JOIN student s ON s.provider_id = m.provider_id AND s.id = m.student_id CROSS JOIN feed
  UNION ALL
  SELECT 'trial-' || t.id, 'work-trial', s.first_name || ' ' || left(s.last_name, 1) || '. / ' || o.name,
         NULL, NULL, NULL, t.starts_on, t.ends_on, t.provider_id, t.student_id, feed.person_id
    FROM esedu_workshop_handover.work_trial t JOIN live h ON h.provider_id = t.provider_id AND h.id = t.handover_id
    JOIN student s ON s.provider_id = t.provider_id AND s.id = t.student_id
    JOIN organisation o ON o.id = t.company_id CROSS JOIN feed
   WHERE t.status = 'active'
  UNION ALL
  SELECT 'deadline-' || h.id, 'deadline', s.first_name || ' ' || left(s.last_name, 1) || '.',
         NULL, NULL, NULL, d.day, d.day, h.provider_id, h.student_id, feed.person_id
    FROM live h JOIN esedu_workshop_handover.service_agreement a ON a.provider_id = h.provider_id AND a.id = h.agreement_id
    JOIN student s ON s.provider_id = h.provider_id AND s.id = h.student_id CROSS JOIN feed
    CROSS JOIN LATERAL (SELECT ((h.created_at AT TIME ZONE 'Europe/Helsinki')::date + a.weeks_per_coachee * 7) AS day) d
  UNION ALL
  SELECT 'trial-' || t.id, 'work-trial', s.first_name || ' ' || left(s.last_name, 1) || '.',
         NULL, NULL, NULL, t.starts_on, t.ends_on, t.provider_id, t.student_id, feed.person_id
    FROM esedu_workshop_handover.work_trial t JOIN feed ON t.company_id = feed.organisation_id
    JOIN access_grant g ON g.provider_id = t.provider_id AND g.id = t.grant_id
    JOIN student s ON s.provider_id = t.provider_id AND s.id = t.student_id
   WHERE t.status = 'active' AND g.scope = 'work-trial' AND g.revoked_at IS NULL AND now() < g.valid_until
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.feed_events(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.feed_events(text) TO polku_app;
--> statement-breakpoint
-- Whether a token names a live feed (an empty feed is still a feed: 200 with no events, not 404).
CREATE FUNCTION esedu_workshop_handover.feed_exists(p_token_hash text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM esedu_workshop_handover.calendar_feed f
                 WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.feed_exists(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.feed_exists(text) TO polku_app;
--> statement-breakpoint
-- The feed's reads in the students' audit trails. The core's polku.audit_public accepts only a person of
-- the student's provider as the one on whose behalf a public route reads, and a feed here is a workshop
-- coach's or a company contact's: this function writes the entries itself, one per student the feed
-- showed, as the feed's person and organisation in the role `public` under the route's procedure name.
CREATE FUNCTION esedu_workshop_handover.audit_feed_read(p_token_hash text, p_ip text) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH shown AS (
    SELECT DISTINCT e.provider_id, e.student_id, e.person_id FROM esedu_workshop_handover.feed_events(p_token_hash) e),
  written AS (
    INSERT INTO audit_log (provider_id, actor_person_id, actor_organisation_id, actor_role, student_id, action,
                           procedure, ip)
    SELECT s.provider_id, s.person_id, f.organisation_id, 'public', s.student_id, 'read',
           'public.esedu-workshop-handover.GET /calendar/:token', nullif(p_ip, '')::inet
      FROM shown s JOIN esedu_workshop_handover.calendar_feed f ON f.token_hash = p_token_hash
    RETURNING 1)
  SELECT count(*)::int FROM written
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.audit_feed_read(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.audit_feed_read(text, text) TO polku_app;
