-- Placement counts only graduates who were not employed in the year before their training (DOMAIN.md).
-- Polku records it per student when the studies begin: true, false, or null while not recorded. The
-- funding's graduates carry it, so the statement and the scenarios leave those employed before out.
ALTER TABLE "student" ADD COLUMN "employed_before_training" boolean;
--> statement-breakpoint
DROP FUNCTION polku.funding_graduates(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION polku.funding_graduates(p_provider uuid, p_agreement uuid)
  RETURNS TABLE (student_ref text, graduated_on date, employed_before_training boolean, steps jsonb,
                 outcomes jsonb)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
  v_person uuid := polku_setting_uuid('app.person_id');
  v_org uuid := polku_setting_uuid('app.organisation_id');
  v_role text := polku_setting_text('app.role');
  v_whole boolean;
  v_secret text;
BEGIN
  IF v_person IS NULL OR NOT EXISTS (SELECT 1 FROM funding_agreement a
                                     WHERE a.provider_id = p_provider AND a.id = p_agreement) THEN
    RETURN;
  END IF;
  v_whole := p_provider IN (v_org, polku_setting_uuid('app.provider_id'))
             AND v_role IN ('funding_negotiator', 'manager', 'region_admin');
  IF NOT v_whole AND NOT EXISTS (SELECT 1 FROM funding_agreement_party p WHERE p.provider_id = p_provider
                                 AND p.agreement_id = p_agreement AND p.organisation_id = v_org) THEN
    RETURN;
  END IF;
  INSERT INTO funding_secret (provider_id) VALUES (p_provider) ON CONFLICT DO NOTHING;
  SELECT f.secret INTO v_secret FROM funding_secret f WHERE f.provider_id = p_provider;
  -- One statement: a data-modifying WITH runs whether or not the query reads it, so every returned
  -- graduate has its audit entry.
  RETURN QUERY
    WITH chosen AS (
      SELECT s.id, s.expected_graduation AS graduated_on, s.employed_before_training FROM student s
      WHERE s.provider_id = p_provider AND s.study_right_state = 'valmistunut' AND s.expected_graduation IS NOT NULL
        AND (v_whole
             OR EXISTS (SELECT 1 FROM pathway_step st WHERE st.provider_id = s.provider_id AND st.student_id = s.id
                        AND st.organisation_id = v_org AND st.status <> 'cancelled')
             OR EXISTS (SELECT 1 FROM outcome o WHERE o.provider_id = s.provider_id AND o.student_id = s.id
                        AND o.organisation_id = v_org))
    ), audited AS (
      INSERT INTO audit_log (provider_id, student_id, action, procedure, actor_person_id, actor_organisation_id,
                             actor_role, ip)
      SELECT p_provider, c.id, 'read', coalesce(polku_setting_text('app.procedure'), 'funding'), v_person, v_org,
             v_role, polku_setting_text('app.ip')::inet
      FROM chosen c
    )
    SELECT 'S-' || left(encode(sha256(convert_to(v_secret || c.id::text, 'UTF8')), 'hex'), 24),
      c.graduated_on,
      c.employed_before_training,
      (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'kind', st.kind, 'status', st.status,
                'organisationId', coalesce(st.organisation_id, st.provider_id),
                'organisationKind', org.kind, 'organisationName', org.name, 'parentId', org.parent_id,
                'startsOn', st.starts_on, 'endsOn', st.ends_on,
                'hours', CASE WHEN jsonb_typeof(st.details -> 'hours') = 'number' THEN st.details -> 'hours' END)
              ORDER BY st.starts_on, st.id), '[]'::jsonb)
         FROM pathway_step st LEFT JOIN organisation org ON org.id = coalesce(st.organisation_id, st.provider_id)
        WHERE st.provider_id = p_provider AND st.student_id = c.id AND st.status <> 'cancelled'),
      (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', o.kind, 'date', o.occurred_on,
                'employmentMonths', o.employment_months) ORDER BY o.occurred_on, o.id), '[]'::jsonb)
         FROM outcome o WHERE o.provider_id = p_provider AND o.student_id = c.id)
    FROM chosen c
    ORDER BY 1;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.funding_graduates(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku.funding_graduates(uuid, uuid) TO polku_app;
--> statement-breakpoint
-- A statement names the graduates its reader may see: the pseudonymous reference of a student, as
-- polku.funding_graduates makes it, but only for a student whose pathway the acting person may read
-- (the provider's own staff, or a partner holding a handover grant), else null. A definer function,
-- since no role that serves requests reads the provider's secret.
CREATE FUNCTION polku.funding_ref_of(p_provider uuid, p_student uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT 'S-' || left(encode(sha256(convert_to(f.secret || p_student::text, 'UTF8')), 'hex'), 24)
    FROM funding_secret f
   WHERE f.provider_id = p_provider AND polku.student_visible(p_provider, p_student, ARRAY['handover'])
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.funding_ref_of(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku.funding_ref_of(uuid, uuid) TO polku_app;
