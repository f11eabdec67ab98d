-- The follow-up feedback link carries its token, and the email needs the link, so the notification's
-- data holds it until the core's worker has sent the mail. After that a readable token in the outbox
-- would let anyone who reads the row (the recipient's provider's staff, a database dump) answer in the
-- learner's place or burn the link, so the link is dropped from the row as the worker marks it sent
-- (or gives up on it, or it is cancelled). While no mail can go out and the inbox is the only way the
-- link reaches the learner ('no_email' with the inbox channel, 'inbox_only'), it stays. The core has no
-- hook for this ("an outbox field dropped after delivery"), so the plugin keeps a trigger on the
-- core's table, limited to its own template; the template words the inbox item without the link.
CREATE FUNCTION kaikkien_jatkopolku.drop_delivered_feedback_link() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.template = 'kaikkien-jatkopolku.feedbackLink' AND NEW.data ? 'path'
     AND (NEW.status IN ('sent', 'failed', 'cancelled')
          OR (NEW.status = 'no_email' AND NOT ('inbox' = ANY (NEW.channels)))) THEN
    NEW.data := (NEW.data - 'path') || jsonb_build_object('linkSent', NEW.status = 'sent');
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER kaikkien_jatkopolku_drop_feedback_link BEFORE UPDATE OF status ON public.notification
  FOR EACH ROW EXECUTE FUNCTION kaikkien_jatkopolku.drop_delivered_feedback_link();
--> statement-breakpoint
-- The links sent before this migration leave the outbox now.
UPDATE public.notification
   SET data = (data - 'path') || jsonb_build_object('linkSent', status = 'sent')
 WHERE template = 'kaikkien-jatkopolku.feedbackLink' AND data ? 'path'
   AND (status IN ('sent', 'failed', 'cancelled') OR (status = 'no_email' AND NOT ('inbox' = ANY (channels))));
