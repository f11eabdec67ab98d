-- A cancelled meeting's who, when and why could be rewritten by the provider's staff in SQL (the
-- application role had UPDATE on every column), or the cancellation undone. Meetings are not edited,
-- only cancelled: the role keeps UPDATE on the cancellation's columns alone, and a trigger makes the
-- cancellation a one-time act of the person doing it, at the time it is done.
REVOKE UPDATE ON kaikkien_jatkopolku.meeting FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (cancelled_at, cancelled_by, cancel_reason) ON kaikkien_jatkopolku.meeting TO polku_app;
--> statement-breakpoint
CREATE FUNCTION kaikkien_jatkopolku.meeting_cancel_once() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF OLD.cancelled_at IS NOT NULL THEN
    IF NEW.cancelled_at IS DISTINCT FROM OLD.cancelled_at OR NEW.cancelled_by IS DISTINCT FROM OLD.cancelled_by
       OR NEW.cancel_reason IS DISTINCT FROM OLD.cancel_reason THEN
      RAISE EXCEPTION 'a cancelled meeting stays cancelled as it was' USING ERRCODE = '42501';
    END IF;
  ELSIF NEW.cancelled_at IS NOT NULL THEN
    IF NEW.cancelled_by IS DISTINCT FROM polku.current_person() THEN
      RAISE EXCEPTION 'a meeting is cancelled in the canceller''s own name' USING ERRCODE = '42501';
    END IF;
    NEW.cancelled_at := now();
  ELSIF NEW.cancel_reason IS NOT NULL THEN
    RAISE EXCEPTION 'only a cancelled meeting has a reason' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER meeting_cancel_once BEFORE UPDATE ON kaikkien_jatkopolku.meeting
  FOR EACH ROW EXECUTE FUNCTION kaikkien_jatkopolku.meeting_cancel_once();
