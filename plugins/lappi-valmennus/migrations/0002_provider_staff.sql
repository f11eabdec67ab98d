-- The provider's staff and their roles, for naming who is responsible for a plan item (an outreach
-- visit must be a welfare staff member's) and for planning hours. Memberships are otherwise readable
-- only by their own person (core 0005), so this answers only for the caller's own provider and only
-- with staff roles: never students' or guardians' memberships.
CREATE OR REPLACE FUNCTION lappi_valmennus.provider_staff(p_provider uuid)
  RETURNS TABLE (person_id uuid, role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT DISTINCT m.person_id, m.role FROM membership m
    JOIN organisation o ON o.id = m.organisation_id
    JOIN person p ON p.id = m.person_id
  WHERE p_provider = polku_current_provider()
    AND (o.id = p_provider OR o.parent_id = p_provider)
    AND m.role IN ('tutor', 'teacher', 'welfare', 'manager')
    AND NOT p.disabled
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION lappi_valmennus.provider_staff(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lappi_valmennus.provider_staff(uuid) TO polku_app;
