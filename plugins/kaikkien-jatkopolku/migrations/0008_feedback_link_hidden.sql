-- The follow-up feedback link's token was readable by the provider's staff under the core's
-- notification_read policy: while the row waited for the worker, and for good where the inbox is the
-- only way the link reaches the learner (no mail server: every row). A staff member could answer in the
-- learner's place or burn the link. The core's templates render from the row's data alone, so the email
-- needs the link there; instead, a row of this template that still carries its link is readable by its
-- recipient only (a restrictive policy, ANDed with the core's). The worker runs on the owner connection
-- and is not bound by it. Once the link has gone by email (or cannot go), 0006's trigger drops it and the
-- row is the staff's to see again, with its delivery state.
CREATE POLICY kaikkien_jatkopolku_feedback_link_recipient_only ON public.notification
  AS RESTRICTIVE FOR SELECT TO polku_app
  USING (template <> 'kaikkien-jatkopolku.feedbackLink' OR NOT (data ? 'path')
         OR recipient_person_id = polku.current_person());
