-- The audit trail in pages (issue 9): a student read every day gathers thousands of entries, so the
-- trail is read newest first, a page at a time after a cursor (the last entry's time and id), filtered by
-- the kind of actor and by what was touched, and without the reader's own reads unless asked for. The
-- same wall as polku_audit_trail: the provider's own staff, or the student and a minor's guardian, and
-- confidential (welfare) entries only for the student themself and welfare staff.
CREATE FUNCTION polku_audit_trail_page(p_provider uuid, p_student uuid, p_before_at timestamptz,
    p_before_id bigint, p_without_reads_of uuid, p_roles text[], p_procedure_prefix text, p_limit integer)
  RETURNS TABLE (id bigint, at timestamptz, action text, procedure text, actor_role text,
    actor_organisation_id uuid, actor_person_id uuid, succeeded boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT a.id, a.at, a.action, a.procedure, a.actor_role, a.actor_organisation_id, a.actor_person_id, a.succeeded
  FROM audit_log a
  WHERE a.provider_id = p_provider AND a.student_id = p_student
    AND (p_provider = polku_current_provider() OR polku_is_self_or_ward(p_provider, p_student))
    AND (NOT a.confidential
         OR polku_setting_text('app.role') = 'welfare'
         OR EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.id = p_student
                    AND s.person_id = polku_setting_uuid('app.person_id')))
    AND (p_before_at IS NULL OR (a.at, a.id) < (p_before_at, p_before_id))
    AND (p_without_reads_of IS NULL OR a.action <> 'read' OR a.actor_person_id <> p_without_reads_of)
    AND (p_roles IS NULL OR a.actor_role = ANY (p_roles))
    AND (p_procedure_prefix IS NULL OR starts_with(a.procedure, p_procedure_prefix))
  ORDER BY a.at DESC, a.id DESC
  LIMIT least(greatest(p_limit, 1), 500)
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku_audit_trail_page(uuid, uuid, timestamptz, bigint, uuid, text[], text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku_audit_trail_page(uuid, uuid, timestamptz, bigint, uuid, text[], text, integer) TO polku_app;
