-- The attack review of 0005: what a decider puts into the learner's email, who may overwrite a key's
-- attestation, what a learner may change of a passport link, and who tells of a revocation.
--
-- 1. The learner's notice is worded from the badge's own version and the reason the decision recorded
-- (the pursuit's return reason, the badge's revoke reason), never from the caller's data: a company's
-- contact who decides could otherwise mail any words as the badge's name. A revocation is told only by
-- the person who has just revoked, as the other decisions are.
CREATE OR REPLACE FUNCTION keski_pohjanmaa_tyoelamapassi.notify_learner(p_provider uuid, p_pursuit uuid, p_what text, p_data jsonb)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_pursuit keski_pohjanmaa_tyoelamapassi.pursuit%ROWTYPE;
  v_person uuid;
  v_email text;
  v_key text;
  v_name jsonb;
  v_reason text;
  v_data jsonb;
BEGIN
  SELECT * INTO v_pursuit FROM keski_pohjanmaa_tyoelamapassi.pursuit p WHERE p.provider_id = p_provider AND p.id = p_pursuit;
  IF p_what NOT IN ('badgeIssued', 'evidenceReturned', 'badgeRevoked') THEN
    RAISE EXCEPTION 'not a notification of the passport' USING ERRCODE = '22023';
  END IF;
  IF v_pursuit.id IS NULL THEN
    RAISE EXCEPTION 'no decision of yours to tell' USING ERRCODE = '42501';
  END IF;
  IF v_pursuit.decided_by IS DISTINCT FROM polku.current_person()
     OR v_pursuit.decided_at IS NULL OR v_pursuit.decided_at < now() - interval '1 minute'
     OR (p_what = 'badgeIssued' AND v_pursuit.status <> 'approved')
     OR (p_what = 'evidenceReturned' AND v_pursuit.status <> 'returned')
     OR (p_what = 'badgeRevoked' AND (v_pursuit.status <> 'revoked'
                                      OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_provider) IS NOT TRUE)) THEN
    RAISE EXCEPTION 'no decision of yours to tell' USING ERRCODE = '42501';
  END IF;
  v_key := CASE WHEN p_what = 'badgeRevoked' THEN p_what || ':' || p_pursuit::text
                ELSE p_what || ':' || p_pursuit::text || ':' || extract(epoch FROM v_pursuit.decided_at)::text END;
  SELECT v.name INTO v_name FROM keski_pohjanmaa_tyoelamapassi.badge_version v
    WHERE v.badge_class_id = v_pursuit.badge_class_id AND v.version = v_pursuit.version;
  IF p_what = 'badgeIssued' THEN
    v_data := jsonb_build_object('badgeName', coalesce(v_name, '{"fi": ""}'::jsonb));
  ELSE
    IF p_what = 'evidenceReturned' THEN
      v_reason := v_pursuit.return_reason;
    ELSE
      SELECT b.revoke_reason INTO v_reason FROM keski_pohjanmaa_tyoelamapassi.issued_badge b
        WHERE b.provider_id = p_provider AND b.pursuit_id = p_pursuit;
    END IF;
    v_reason := btrim(coalesce(v_reason, ''));
    -- The reason ends as a sentence: the template goes on after it.
    IF v_reason !~ '[.!?]$' THEN
      v_reason := v_reason || '.';
    END IF;
    v_data := jsonb_build_object('badgeName', coalesce(v_name, '{"fi": ""}'::jsonb), 'reason', v_reason);
  END IF;
  SELECT s.person_id, s.email INTO v_person, v_email FROM student s
    WHERE s.provider_id = p_provider AND s.id = v_pursuit.student_id;
  IF v_person IS NULL AND v_email IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO notification (provider_id, source, key, recipient_person_id, recipient_email, template, data,
                            channels, on_behalf_of, about_students)
  VALUES (p_provider, 'keski-pohjanmaa-tyoelamapassi', v_key, v_person,
          -- The learner's account's address goes first; without one, the address their record keeps.
          CASE WHEN v_person IS NULL OR (SELECT p.email FROM person p WHERE p.id = v_person) IS NULL THEN v_email END,
          'keski-pohjanmaa-tyoelamapassi.' || p_what, v_data,
          CASE WHEN v_person IS NULL THEN ARRAY['email'] ELSE ARRAY['email', 'inbox'] END,
          polku.current_person(), ARRAY[v_pursuit.student_id])
  ON CONFLICT (provider_id, source, key) DO NOTHING;
  RETURN true;
END $$;
--> statement-breakpoint
-- A revocation is a decision: the revoker records themselves and the time, so the notice above can
-- check them.
DROP POLICY pursuit_revoke ON keski_pohjanmaa_tyoelamapassi.pursuit;
--> statement-breakpoint
CREATE POLICY pursuit_revoke ON keski_pohjanmaa_tyoelamapassi.pursuit FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager') AND status = 'approved')
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager') AND status = 'revoked'
              AND decided_by = polku.current_person());
--> statement-breakpoint
-- 2. A key's attestation is no longer set once: a signer could get in first with words that are no
-- HMAC, and the server's own would never be recorded. Any signer may write one, and the server checks
-- each key's (keys_to_attest) and writes its own over one that does not hold.
CREATE OR REPLACE FUNCTION keski_pohjanmaa_tyoelamapassi.attest_key(p_org uuid, p_key_id text, p_attestation text)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_use_keys(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.issuer_key SET attestation = p_attestation
    WHERE organisation_id = p_org AND key_id = p_key_id AND attestation IS DISTINCT FROM p_attestation;
END $$;
--> statement-breakpoint
-- The organisation's keys with their attestations and sealed secrets, for the server to check.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.keys_to_attest(p_org uuid)
  RETURNS TABLE (key_id text, public_key_multibase text, sealed_secret text, attestation text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_use_keys(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT k.key_id, k.public_key_multibase, k.sealed_secret, k.attestation
    FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
    WHERE k.organisation_id = p_org ORDER BY k.created_at, k.key_id LIMIT 200;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION keski_pohjanmaa_tyoelamapassi.keys_to_attest(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION keski_pohjanmaa_tyoelamapassi.keys_to_attest(uuid) TO polku_app;
--> statement-breakpoint
-- 3. A passport link: the learner (or guardian) makes it now and may only revoke it, once, now. With
-- UPDATE on every column they could rewrite its dates and bring an expired or revoked link back.
REVOKE UPDATE ON keski_pohjanmaa_tyoelamapassi.passport_share FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at) ON keski_pohjanmaa_tyoelamapassi.passport_share TO polku_app;
--> statement-breakpoint
DROP POLICY passport_share_own ON keski_pohjanmaa_tyoelamapassi.passport_share;
--> statement-breakpoint
CREATE POLICY passport_share_read ON keski_pohjanmaa_tyoelamapassi.passport_share FOR SELECT TO polku_app
  USING (polku.is_self_or_ward(provider_id, student_id));
--> statement-breakpoint
CREATE POLICY passport_share_make ON keski_pohjanmaa_tyoelamapassi.passport_share FOR INSERT TO polku_app
  WITH CHECK (polku.is_self_or_ward(provider_id, student_id) AND revoked_at IS NULL
              AND created_at BETWEEN now() - interval '1 minute' AND now());
--> statement-breakpoint
CREATE POLICY passport_share_revoke ON keski_pohjanmaa_tyoelamapassi.passport_share FOR UPDATE TO polku_app
  USING (polku.is_self_or_ward(provider_id, student_id) AND revoked_at IS NULL)
  WITH CHECK (polku.is_self_or_ward(provider_id, student_id) AND revoked_at = now());
