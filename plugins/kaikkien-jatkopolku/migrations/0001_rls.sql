-- Row-level security of the continuation path, under the core's application role polku_app, through the
-- helpers of the core's `polku` schema. The provider's staff (not its students) see and change their
-- provider's rows; a learner reads their own learner rows; a partner organisation reads the trainings it
-- is a partner of and its own lifecycle steps, and the learners only through partner_learners(), which
-- gives each learner's data only as far as that learner agreed to share it with that partner, while the
-- grant under the consent is in force.
GRANT USAGE ON SCHEMA kaikkien_jatkopolku TO polku_app;
--> statement-breakpoint
CREATE FUNCTION kaikkien_jatkopolku.is_staff(p_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_provider = polku.current_provider() AND polku.current_role() IN ('tutor', 'teacher', 'welfare', 'manager')
$$;
--> statement-breakpoint
-- Is the acting organisation a partner of this training? (Definer: the policies of training and
-- training_partner would otherwise refer to each other.)
CREATE FUNCTION kaikkien_jatkopolku.is_partner_of(p_provider uuid, p_training uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = kaikkien_jatkopolku, pg_temp AS $$
  SELECT polku.current_organisation() IS NOT NULL AND EXISTS (
    SELECT 1 FROM kaikkien_jatkopolku.training_partner tp
     WHERE tp.provider_id = p_provider AND tp.training_id = p_training
       AND tp.organisation_id = polku.current_organisation())
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON kaikkien_jatkopolku.training, kaikkien_jatkopolku.training_partner,
  kaikkien_jatkopolku.partner_step, kaikkien_jatkopolku.learner, kaikkien_jatkopolku.learner_consent,
  kaikkien_jatkopolku.open_item TO polku_app;
--> statement-breakpoint
-- Requests only read feedback requests (the staff); the scheduled job creates them (its role gets the
-- application role's privileges and its own policy), and the public link answers through a definer function.
GRANT SELECT, INSERT, UPDATE ON kaikkien_jatkopolku.feedback_request TO polku_app;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.training ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.training_partner ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.partner_step ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.learner ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.learner_consent ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.open_item ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kaikkien_jatkopolku.feedback_request ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_read ON kaikkien_jatkopolku.training FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR kaikkien_jatkopolku.is_partner_of(provider_id, id));
--> statement-breakpoint
CREATE POLICY training_write ON kaikkien_jatkopolku.training FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY training_partner_read ON kaikkien_jatkopolku.training_partner FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR organisation_id = polku.current_organisation());
--> statement-breakpoint
CREATE POLICY training_partner_write ON kaikkien_jatkopolku.training_partner FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY partner_step_read ON kaikkien_jatkopolku.partner_step FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR EXISTS (
    SELECT 1 FROM kaikkien_jatkopolku.training_partner tp
     WHERE tp.provider_id = partner_step.provider_id AND tp.id = partner_step.training_partner_id
       AND tp.organisation_id = polku.current_organisation()));
--> statement-breakpoint
CREATE POLICY partner_step_write ON kaikkien_jatkopolku.partner_step FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY learner_read ON kaikkien_jatkopolku.learner FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY learner_write ON kaikkien_jatkopolku.learner FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY learner_consent_all ON kaikkien_jatkopolku.learner_consent FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY open_item_read ON kaikkien_jatkopolku.open_item FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id) OR EXISTS (
    SELECT 1 FROM kaikkien_jatkopolku.learner l WHERE l.provider_id = open_item.provider_id
       AND l.id = open_item.learner_id AND polku.is_self_or_ward(l.provider_id, l.student_id)));
--> statement-breakpoint
CREATE POLICY open_item_write ON kaikkien_jatkopolku.open_item FOR ALL TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id)) WITH CHECK (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
CREATE POLICY feedback_request_read ON kaikkien_jatkopolku.feedback_request FOR SELECT TO polku_app
  USING (kaikkien_jatkopolku.is_staff(provider_id));
--> statement-breakpoint
-- A partner's learners of one training: only those whose consent to this partner rests on a grant of
-- scope training-partner in force, and of each only what the learner agreed to share (NULL otherwise).
-- The unresolved items carried into the continuation path go with the continuation path.
CREATE FUNCTION kaikkien_jatkopolku.partner_learners(p_provider uuid, p_training uuid)
  RETURNS TABLE (learner_id uuid, student_id uuid, first_name text, last_name text, personal_goal text,
                 continuation_path text, carried_items text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT l.id, l.student_id, s.first_name, s.last_name,
         CASE WHEN c.share_goal THEN l.personal_goal END,
         CASE WHEN c.share_continuation THEN l.continuation_path END,
         CASE WHEN c.share_continuation THEN coalesce((SELECT array_agg(i.text ORDER BY i.created_at, i.id)
                FROM kaikkien_jatkopolku.open_item i
               WHERE i.provider_id = l.provider_id AND i.learner_id = l.id AND i.status = 'carried'), '{}') END
    FROM kaikkien_jatkopolku.training_partner tp
    JOIN kaikkien_jatkopolku.learner_consent c ON c.provider_id = tp.provider_id AND c.training_partner_id = tp.id
    JOIN kaikkien_jatkopolku.learner l ON l.provider_id = c.provider_id AND l.id = c.learner_id
    JOIN access_grant g ON g.provider_id = c.provider_id AND g.id = c.grant_id
    JOIN student s ON s.provider_id = l.provider_id AND s.id = l.student_id
   WHERE polku.current_organisation() IS NOT NULL
     AND tp.provider_id = p_provider AND tp.training_id = p_training
     AND tp.organisation_id = polku.current_organisation()
     AND g.grantee_organisation_id = tp.organisation_id AND g.student_id = l.student_id
     AND g.scope = 'training-partner' AND g.revoked_at IS NULL AND g.valid_from <= now() AND now() < g.valid_until
   ORDER BY s.last_name, s.first_name, l.id
$$;
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA kaikkien_jatkopolku FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION kaikkien_jatkopolku.is_staff(uuid), kaikkien_jatkopolku.is_partner_of(uuid, uuid),
  kaikkien_jatkopolku.partner_learners(uuid, uuid) TO polku_app;
