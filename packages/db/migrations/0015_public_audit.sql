-- Plugins' public routes (issue 8) answer without a session: a badge's verification page, a calendar
-- feed behind an unguessable token, a one-time feedback link. Where one reads personal data it is
-- audited like any read, with no one logged in: the entry is the `public` role's, on behalf of the
-- person whose link it was (the student who shared the badge, the teacher whose feed it is), so that
-- person sees in the trail that their link was used, from which address and when.
-- The host writes them on the owner's connection once the route has answered (the app role may not
-- call this: a request's SQL can make its settings say anything, so nothing it can reach proves a
-- request is public), only reads and exports, only about the provider's own people.
CREATE FUNCTION polku.audit_public(p_provider uuid, p_student uuid, p_action text, p_on_behalf_of uuid,
                                   p_procedure text, p_ip text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF p_action NOT IN ('read', 'export') OR p_procedure NOT LIKE 'public.%' THEN
    RAISE EXCEPTION 'a public audit entry is a read or an export by a public route' USING ERRCODE = '22023';
  END IF;
  IF NOT polku.is_of_provider(p_provider, p_on_behalf_of)
     OR (p_student IS NOT NULL AND NOT EXISTS (SELECT 1 FROM student s WHERE s.provider_id = p_provider AND s.id = p_student)) THEN
    RAISE EXCEPTION 'a public audit entry is about the provider''s own people' USING ERRCODE = '42501';
  END IF;
  INSERT INTO audit_log (provider_id, actor_person_id, actor_role, student_id, action, procedure, ip)
  VALUES (p_provider, p_on_behalf_of, 'public', p_student, p_action, p_procedure, nullif(p_ip, '')::inet);
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.audit_public(uuid, uuid, text, uuid, text, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.audit_public(uuid, uuid, text, uuid, text, text) FROM polku_app;
