-- The audit trail of one student, for the provider's managers and for the student (or guardian of a
-- minor) themself. The application role cannot read audit_log directly; this function reads it as the
-- owner and returns rows only to those allowed, newest first.
CREATE OR REPLACE FUNCTION polku_audit_trail(p_provider uuid, p_student uuid)
  RETURNS TABLE (at timestamptz, action text, procedure text, actor_role text, actor_organisation_id uuid, actor_person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.at, a.action, a.procedure, a.actor_role, a.actor_organisation_id, a.actor_person_id
  FROM audit_log a
  WHERE a.provider_id = p_provider AND a.student_id = p_student
    AND (p_provider = polku_current_provider() OR polku_is_self_or_ward(p_provider, p_student))
  ORDER BY a.at DESC, a.id DESC
  LIMIT 500
$$;
