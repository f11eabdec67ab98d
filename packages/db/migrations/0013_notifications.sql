-- The core's notification outbox (issue 8): a plugin records a notification inside its transaction and
-- the core's worker delivers it, by email and in the recipient's portal inbox. The row is the outbox
-- and the inbox item at once: its delivery state, lease and retries are the worker's; `read_at` is the
-- recipient's. A notification is keyed by its source (the core or a plugin id) and the source's own
-- idempotency key, so recording it again (a later absence the same day) replaces it while it waits.
CREATE TABLE notification (
  provider_id uuid NOT NULL REFERENCES organisation (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source text NOT NULL,
  key text NOT NULL,
  recipient_person_id uuid REFERENCES person (id),
  recipient_email text,
  template text NOT NULL,
  data jsonb NOT NULL,
  channels text[] NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  deliver_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  last_error text,
  sent_at timestamptz,
  read_at timestamptz,
  -- Whose action the notification tells of (the email is audited on their behalf), and the students
  -- whose data it discloses (each gets an `export` entry in their audit trail when it goes out).
  on_behalf_of uuid REFERENCES person (id),
  about_students uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider_id, id),
  CONSTRAINT notification_source_key UNIQUE (provider_id, source, key),
  CONSTRAINT notification_recipient CHECK (recipient_person_id IS NOT NULL OR recipient_email IS NOT NULL),
  CONSTRAINT notification_channels CHECK (channels <@ ARRAY['email', 'inbox'] AND cardinality(channels) > 0),
  CONSTRAINT notification_inbox_person CHECK (NOT ('inbox' = ANY (channels)) OR recipient_person_id IS NOT NULL),
  CONSTRAINT notification_status CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'failed', 'no_email', 'inbox_only'))
);
--> statement-breakpoint
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status IN ('pending', 'sending');
--> statement-breakpoint
CREATE INDEX notification_inbox ON notification (recipient_person_id, deliver_at DESC) WHERE 'inbox' = ANY (channels);
--> statement-breakpoint
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The app role reads (its policies decide whose) and writes only through the functions below.
GRANT SELECT ON notification TO polku_app;
--> statement-breakpoint
-- The recipient reads their own (the inbox shows those due and not withdrawn; a plugin may show one that
-- waits, as a guardian sees the day's pending absence notice); the provider's staff read its
-- notifications with their delivery state.
CREATE POLICY notification_read ON notification FOR SELECT TO polku_app
  USING (recipient_person_id = polku.current_person()
         OR (provider_id = polku.current_provider()
             AND polku.current_role() IN ('tutor', 'teacher', 'welfare', 'manager')));
--> statement-breakpoint
-- Is this person someone of the provider: staff, a student or a guardian there?
CREATE FUNCTION polku.is_of_provider(p_provider uuid, p_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
                 WHERE m.person_id = p_person AND coalesce(o.parent_id, o.id) = p_provider)
      OR EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.person_id = p_person)
      OR EXISTS (SELECT 1 FROM guardian g WHERE g.provider_id = p_provider AND g.person_id = p_person)
$$;
--> statement-breakpoint
-- Records (or, while it waits, replaces) a notification, for the acting staff member's provider, to
-- someone of that provider, at an address the provider has for someone (a guardian's or a person's):
-- never a free address. Its template is its source's, its data at most 16 kB. Returns its id; null
-- when the one with this key has already gone out.
-- What SQL cannot prove is the source itself: the host binds it (only the core's and a plugin's own
-- code reach notifierFor), so a staff member's raw SQL could record a notification of another source's
-- kind to their own provider's people. Closing that needs a per-transaction proof like the jobs' token.
CREATE FUNCTION polku.notify(
  p_provider uuid, p_source text, p_key text, p_recipient_person uuid, p_recipient_email text,
  p_template text, p_data jsonb, p_channels text[], p_deliver_at timestamptz, p_about_students uuid[]
) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_id uuid;
BEGIN
  IF polku.current_person() IS NULL OR p_provider IS DISTINCT FROM polku.current_provider()
     OR polku.current_role() IS NULL OR polku.current_role() NOT IN ('tutor', 'teacher', 'welfare', 'manager') THEN
    RAISE EXCEPTION 'a notification is recorded by the provider''s own staff' USING ERRCODE = '42501';
  END IF;
  IF p_template NOT LIKE p_source || '.%' THEN
    RAISE EXCEPTION 'a notification''s template is its source''s own' USING ERRCODE = '22023';
  END IF;
  IF octet_length(p_data::text) > 16384 THEN
    RAISE EXCEPTION 'a notification''s data is at most 16 kB' USING ERRCODE = '22023';
  END IF;
  IF p_recipient_email IS NOT NULL AND (
       p_recipient_email !~ '^[^[:space:],;<>"()]+@[^[:space:],;<>"()]+$'
       OR NOT (EXISTS (SELECT 1 FROM guardian g WHERE g.provider_id = p_provider AND lower(g.email) = lower(p_recipient_email))
               OR EXISTS (SELECT 1 FROM person p WHERE lower(p.email) = lower(p_recipient_email)
                          AND polku.is_of_provider(p_provider, p.id)))) THEN
    RAISE EXCEPTION 'the address is no one''s of this provider' USING ERRCODE = '42501';
  END IF;
  IF p_recipient_person IS NOT NULL AND NOT polku.is_of_provider(p_provider, p_recipient_person) THEN
    RAISE EXCEPTION 'the recipient is no one of this provider' USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(coalesce(p_about_students, '{}')) a(id)
             WHERE NOT EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.id = a.id)) THEN
    RAISE EXCEPTION 'a notification is about the provider''s own students' USING ERRCODE = '42501';
  END IF;
  INSERT INTO notification AS n (provider_id, source, key, recipient_person_id, recipient_email, template,
                                 data, channels, deliver_at, next_attempt_at, on_behalf_of, about_students)
  VALUES (p_provider, p_source, p_key, p_recipient_person, p_recipient_email, p_template, p_data,
          p_channels, coalesce(p_deliver_at, now()), coalesce(p_deliver_at, now()), polku.current_person(),
          coalesce(p_about_students, '{}'))
  ON CONFLICT (provider_id, source, key) DO UPDATE
    SET data = excluded.data, recipient_email = excluded.recipient_email, template = excluded.template,
        channels = excluded.channels, deliver_at = excluded.deliver_at,
        next_attempt_at = excluded.next_attempt_at, about_students = excluded.about_students,
        on_behalf_of = excluded.on_behalf_of, status = 'pending'
    WHERE n.status IN ('pending', 'cancelled')
  RETURNING n.id INTO v_id;
  RETURN v_id;
END
$$;
--> statement-breakpoint
-- Withdraws a notification that has not gone out (nothing left to tell); true if one was waiting.
CREATE FUNCTION polku.cancel_notification(p_provider uuid, p_source text, p_key text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF polku.current_person() IS NULL OR p_provider IS DISTINCT FROM polku.current_provider() THEN
    RAISE EXCEPTION 'a notification is withdrawn by the provider''s own staff' USING ERRCODE = '42501';
  END IF;
  UPDATE notification SET status = 'cancelled', lease_until = NULL
    WHERE provider_id = p_provider AND source = p_source AND key = p_key AND status = 'pending';
  RETURN FOUND;
END
$$;
--> statement-breakpoint
-- The recipient marks inbox items read: their own, and only that column.
CREATE FUNCTION polku.mark_notifications_read(p_ids uuid[]) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH marked AS (
    UPDATE notification SET read_at = now()
    WHERE recipient_person_id = polku.current_person() AND read_at IS NULL AND deliver_at <= now()
      AND 'inbox' = ANY (channels) AND status <> 'cancelled' AND (p_ids IS NULL OR id = ANY (p_ids))
    RETURNING 1)
  SELECT count(*)::int FROM marked
$$;
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA polku FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA polku TO polku_app;
