-- Hardening after the security review. Keys and status lists leave the application role's reach: it
-- reads and writes them only through the definer functions below, each checking the caller (a key row
-- for another organisation would publish a forger's key in that organisation's DID document). The
-- catalogue is written by its keeper only; pursuits, evidence and badges take only the changes each
-- role makes, on the columns the code updates; evidence rows keep the router's limits in the database.
REVOKE ALL ON keski_pohjanmaa_tyoelamapassi.issuer_key, keski_pohjanmaa_tyoelamapassi.status_list FROM polku_app;
--> statement-breakpoint
DROP POLICY issuer_key_use ON keski_pohjanmaa_tyoelamapassi.issuer_key;
--> statement-breakpoint
DROP POLICY status_list_use ON keski_pohjanmaa_tyoelamapassi.status_list;
--> statement-breakpoint
-- 2. The catalogue: only its keeper adds versions and moves current_version (nothing else changes).
REVOKE UPDATE ON keski_pohjanmaa_tyoelamapassi.badge_class FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (current_version) ON keski_pohjanmaa_tyoelamapassi.badge_class TO polku_app;
--> statement-breakpoint
DROP POLICY badge_class_version ON keski_pohjanmaa_tyoelamapassi.badge_class;
--> statement-breakpoint
CREATE POLICY badge_class_version ON keski_pohjanmaa_tyoelamapassi.badge_class FOR UPDATE TO polku_app
  USING (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND kept_by = polku.current_organisation())
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND kept_by = polku.current_organisation());
--> statement-breakpoint
DROP POLICY badge_version_keep ON keski_pohjanmaa_tyoelamapassi.badge_version;
--> statement-breakpoint
CREATE POLICY badge_version_keep ON keski_pohjanmaa_tyoelamapassi.badge_version FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact') AND created_by = polku.current_person()
              AND EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.badge_class c
                          WHERE c.id = badge_version.badge_class_id AND c.kept_by = polku.current_organisation()));
--> statement-breakpoint
-- 3. Pursuits: a new one is always at its start; the learner only sends it (from pursuing or
-- returned); its assessor only decides a sent one (approve or return, as themself); the provider's
-- teacher or manager only revokes an approved one.
REVOKE UPDATE ON keski_pohjanmaa_tyoelamapassi.pursuit FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (status, return_reason, decided_by, decided_at, updated_at) ON keski_pohjanmaa_tyoelamapassi.pursuit TO polku_app;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.may_assess(p_provider uuid, p_student uuid, p_assessor uuid)
  RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT (p_assessor IS NULL AND p_provider = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager'))
      OR (p_assessor IS NOT NULL AND p_assessor = polku.current_organisation() AND polku.current_role() = 'company_contact'
          AND polku.is_granted(p_provider, p_student, ARRAY['badge-assessment']))
$$;
--> statement-breakpoint
DROP POLICY pursuit_start ON keski_pohjanmaa_tyoelamapassi.pursuit;
--> statement-breakpoint
CREATE POLICY pursuit_start ON keski_pohjanmaa_tyoelamapassi.pursuit FOR INSERT TO polku_app
  WITH CHECK ((polku.is_self_or_ward(provider_id, student_id) OR provider_id = polku.current_provider())
              AND status = 'pursuing' AND decided_by IS NULL AND decided_at IS NULL);
--> statement-breakpoint
DROP POLICY pursuit_change ON keski_pohjanmaa_tyoelamapassi.pursuit;
--> statement-breakpoint
CREATE POLICY pursuit_submit ON keski_pohjanmaa_tyoelamapassi.pursuit FOR UPDATE TO polku_app
  USING (polku.is_self_or_ward(provider_id, student_id) AND status IN ('pursuing', 'returned'))
  WITH CHECK (polku.is_self_or_ward(provider_id, student_id) AND status = 'submitted');
--> statement-breakpoint
CREATE POLICY pursuit_decide ON keski_pohjanmaa_tyoelamapassi.pursuit FOR UPDATE TO polku_app
  USING (keski_pohjanmaa_tyoelamapassi.may_assess(provider_id, student_id, assessor_organisation_id) AND status = 'submitted')
  WITH CHECK (keski_pohjanmaa_tyoelamapassi.may_assess(provider_id, student_id, assessor_organisation_id)
              AND status IN ('approved', 'returned') AND decided_by = polku.current_person());
--> statement-breakpoint
CREATE POLICY pursuit_revoke ON keski_pohjanmaa_tyoelamapassi.pursuit FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager') AND status = 'approved')
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager') AND status = 'revoked');
--> statement-breakpoint
-- Evidence: added and removed by the learner only while the pursuit is open (not sent, not approved).
DROP POLICY evidence_add ON keski_pohjanmaa_tyoelamapassi.evidence;
--> statement-breakpoint
CREATE POLICY evidence_add ON keski_pohjanmaa_tyoelamapassi.evidence FOR INSERT TO polku_app
  WITH CHECK (created_by = polku.current_person() AND EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
              WHERE p.provider_id = evidence.provider_id AND p.id = evidence.pursuit_id
                AND p.status IN ('pursuing', 'returned') AND polku.is_self_or_ward(p.provider_id, p.student_id)));
--> statement-breakpoint
DROP POLICY evidence_remove ON keski_pohjanmaa_tyoelamapassi.evidence;
--> statement-breakpoint
CREATE POLICY evidence_remove ON keski_pohjanmaa_tyoelamapassi.evidence FOR DELETE TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
                 WHERE p.provider_id = evidence.provider_id AND p.id = evidence.pursuit_id
                   AND p.status IN ('pursuing', 'returned') AND polku.is_self_or_ward(p.provider_id, p.student_id)));
--> statement-breakpoint
DROP POLICY evidence_file_add ON keski_pohjanmaa_tyoelamapassi.evidence_file;
--> statement-breakpoint
CREATE POLICY evidence_file_add ON keski_pohjanmaa_tyoelamapassi.evidence_file FOR INSERT TO polku_app
  WITH CHECK (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.evidence e
                      JOIN keski_pohjanmaa_tyoelamapassi.pursuit p ON p.provider_id = e.provider_id AND p.id = e.pursuit_id
                      WHERE e.provider_id = evidence_file.provider_id AND e.id = evidence_file.evidence_id
                        AND e.created_by = polku.current_person() AND p.status IN ('pursuing', 'returned')));
--> statement-breakpoint
DROP POLICY evidence_file_remove ON keski_pohjanmaa_tyoelamapassi.evidence_file;
--> statement-breakpoint
CREATE POLICY evidence_file_remove ON keski_pohjanmaa_tyoelamapassi.evidence_file FOR DELETE TO polku_app
  USING (EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.evidence e
                 JOIN keski_pohjanmaa_tyoelamapassi.pursuit p ON p.provider_id = e.provider_id AND p.id = e.pursuit_id
                 WHERE e.provider_id = evidence_file.provider_id AND e.id = evidence_file.evidence_id
                   AND e.created_by = polku.current_person() AND p.status IN ('pursuing', 'returned')));
--> statement-breakpoint
-- Issued badges: issued by the assessor who approved the pursuit just now, in the provider's name; the
-- credential is never changed; only the provider's teacher or manager revokes, and a revocation stays.
REVOKE UPDATE ON keski_pohjanmaa_tyoelamapassi.issued_badge FROM polku_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at, revoke_reason) ON keski_pohjanmaa_tyoelamapassi.issued_badge TO polku_app;
--> statement-breakpoint
DROP POLICY issued_badge_issue ON keski_pohjanmaa_tyoelamapassi.issued_badge;
--> statement-breakpoint
CREATE POLICY issued_badge_issue ON keski_pohjanmaa_tyoelamapassi.issued_badge FOR INSERT TO polku_app
  WITH CHECK (issuer_organisation_id = provider_id AND EXISTS (
    SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
    WHERE p.provider_id = issued_badge.provider_id AND p.id = issued_badge.pursuit_id
      AND p.student_id = issued_badge.student_id AND p.status = 'approved'
      AND p.decided_by = polku.current_person()
      AND keski_pohjanmaa_tyoelamapassi.may_assess(p.provider_id, p.student_id, p.assessor_organisation_id)));
--> statement-breakpoint
DROP POLICY issued_badge_revoke ON keski_pohjanmaa_tyoelamapassi.issued_badge;
--> statement-breakpoint
CREATE POLICY issued_badge_revoke ON keski_pohjanmaa_tyoelamapassi.issued_badge FOR UPDATE TO polku_app
  USING (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager') AND revoked_at IS NULL)
  WITH CHECK (provider_id = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager')
              AND revoked_at IS NOT NULL);
--> statement-breakpoint
-- 5. The router's limits on evidence, kept by the database too.
ALTER TABLE keski_pohjanmaa_tyoelamapassi.evidence ADD CONSTRAINT evidence_media_type
  CHECK (media_type IS NULL OR media_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain'));
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.evidence ADD CONSTRAINT evidence_size
  CHECK (size IS NULL OR size BETWEEN 0 AND 2097152);
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.evidence ADD CONSTRAINT evidence_url_scheme
  CHECK (url IS NULL OR url ~ '^https?://\S+$');
--> statement-breakpoint
-- 1. Who may sign in an organisation's name. Its own staff (their own organisation's key: rotation by
-- tutors, teachers and managers; a company's contact signs endorsements); for a provider's badge, the
-- assessor who has just approved one of its pursuits (approved by them, not yet issued); for a
-- revocation, the provider's teacher or manager.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.may_sign(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT (p_org = polku.current_organisation() AND polku.current_role() IN ('tutor', 'teacher', 'manager', 'company_contact'))
      OR EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.pursuit p
                 WHERE p.provider_id = p_org AND p.status = 'approved' AND p.decided_by = polku.current_person()
                   AND keski_pohjanmaa_tyoelamapassi.may_assess(p.provider_id, p.student_id, p.assessor_organisation_id)
                   AND NOT EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.issued_badge b
                                   WHERE b.provider_id = p.provider_id AND b.pursuit_id = p.id))
$$;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.may_rotate(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_org = polku.current_organisation() AND polku.current_role() IN ('tutor', 'teacher', 'manager')
$$;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.may_revoke(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_org = polku.current_provider() AND polku.current_role() IN ('teacher', 'manager')
$$;
--> statement-breakpoint
-- A key's id names its organisation's DID (…:issuers:<organisation>#key-<n>).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.key_id_fits(p_org uuid, p_key_id text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT p_key_id LIKE 'did:web:%' AND p_key_id ~ (':issuers:' || p_org::text || '#key-[1-9][0-9]*$')
$$;
--> statement-breakpoint
-- The current key, sealed secret included (the configuration key opens it in the server only).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.signing_key(p_org uuid)
  RETURNS TABLE (key_id text, public_key_multibase text, sealed_secret text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF (keski_pohjanmaa_tyoelamapassi.may_sign(p_org) OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_org)) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT k.key_id, k.public_key_multibase, k.sealed_secret FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
    WHERE k.organisation_id = p_org AND k.retired_at IS NULL;
END $$;
--> statement-breakpoint
-- The organisation's first key, made on first signing.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.add_first_key(p_org uuid, p_key_id text, p_public text, p_sealed text)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_sign(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  IF keski_pohjanmaa_tyoelamapassi.key_id_fits(p_org, p_key_id) IS NOT TRUE
     OR EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.issuer_key k WHERE k.organisation_id = p_org) THEN
    RAISE EXCEPTION 'not a first key of this organisation' USING ERRCODE = '42501';
  END IF;
  INSERT INTO keski_pohjanmaa_tyoelamapassi.issuer_key (organisation_id, key_id, public_key_multibase, sealed_secret)
    VALUES (p_org, p_key_id, p_public, p_sealed);
END $$;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.next_key_number(p_org uuid) RETURNS integer
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_rotate(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'only the organisation''s own staff rotate its key' USING ERRCODE = '42501';
  END IF;
  RETURN coalesce((SELECT max(substring(k.key_id from '#key-([0-9]+)$')::int)
                   FROM keski_pohjanmaa_tyoelamapassi.issuer_key k WHERE k.organisation_id = p_org), 0) + 1;
END $$;
--> statement-breakpoint
-- Rotation: the current key retires (it stays published, so what it signed still verifies).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.rotate_key(p_org uuid, p_key_id text, p_public text, p_sealed text)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_rotate(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'only the organisation''s own staff rotate its key' USING ERRCODE = '42501';
  END IF;
  IF keski_pohjanmaa_tyoelamapassi.key_id_fits(p_org, p_key_id) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a key of this organisation' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.issuer_key SET retired_at = now()
    WHERE organisation_id = p_org AND retired_at IS NULL;
  INSERT INTO keski_pohjanmaa_tyoelamapassi.issuer_key (organisation_id, key_id, public_key_multibase, sealed_secret)
    VALUES (p_org, p_key_id, p_public, p_sealed);
END $$;
--> statement-breakpoint
-- The organisation's lists and their revoked places (to re-sign them), for its signers.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.status_lists_of(p_org uuid)
  RETURNS TABLE (list_no integer, revoked integer[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_rotate(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT l.list_no, l.revoked FROM keski_pohjanmaa_tyoelamapassi.status_list l
    WHERE l.organisation_id = p_org ORDER BY l.list_no;
END $$;
--> statement-breakpoint
-- The next free place in the newest list, under the row's lock; a full list starts the next one (its
-- credential is signed and stored right after, by store_status_list).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.take_status_index(p_org uuid, p_length integer)
  RETURNS TABLE (list_no integer, status_index integer, fresh boolean)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_list integer;
  v_next integer;
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_sign(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not an issuer of this organisation' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.status_list l SET next_index = l.next_index + 1
    WHERE l.organisation_id = p_org AND l.next_index < p_length
      AND l.list_no = (SELECT max(m.list_no) FROM keski_pohjanmaa_tyoelamapassi.status_list m WHERE m.organisation_id = p_org)
    RETURNING l.list_no, l.next_index INTO v_list, v_next;
  IF v_list IS NOT NULL THEN
    RETURN QUERY SELECT v_list, v_next - 1, false;
    RETURN;
  END IF;
  SELECT coalesce(max(m.list_no), 0) + 1 INTO v_list FROM keski_pohjanmaa_tyoelamapassi.status_list m WHERE m.organisation_id = p_org;
  INSERT INTO keski_pohjanmaa_tyoelamapassi.status_list (organisation_id, list_no, next_index, credential)
    VALUES (p_org, v_list, 1, '{}'::jsonb);
  RETURN QUERY SELECT v_list, 0, true;
END $$;
--> statement-breakpoint
-- Sets a revoked badge's bit, as part of its revocation by the provider's teacher or manager.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.set_status_bit(p_provider uuid, p_badge uuid)
  RETURNS TABLE (organisation_id uuid, list_no integer, revoked integer[])
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_badge keski_pohjanmaa_tyoelamapassi.issued_badge%ROWTYPE;
BEGIN
  SELECT * INTO v_badge FROM keski_pohjanmaa_tyoelamapassi.issued_badge b WHERE b.provider_id = p_provider AND b.id = p_badge;
  IF v_badge.id IS NULL OR v_badge.revoked_at IS NULL
     OR keski_pohjanmaa_tyoelamapassi.may_revoke(v_badge.issuer_organisation_id) IS NOT TRUE THEN
    RAISE EXCEPTION 'no revocation of yours to record' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY UPDATE keski_pohjanmaa_tyoelamapassi.status_list l
    SET revoked = CASE WHEN v_badge.status_index = ANY (l.revoked) THEN l.revoked ELSE array_append(l.revoked, v_badge.status_index) END
    WHERE l.organisation_id = v_badge.issuer_organisation_id AND l.list_no = v_badge.list_no
    RETURNING l.organisation_id, l.list_no, l.revoked;
END $$;
--> statement-breakpoint
-- Stores a list's newly signed credential. It must be signed just now and be no older than the one it
-- replaces: an older signed list (one with fewer revocations) cannot be put back.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.store_status_list(p_org uuid, p_list integer, p_credential jsonb)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_old jsonb;
  v_from timestamptz;
BEGIN
  IF (keski_pohjanmaa_tyoelamapassi.may_sign(p_org) OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_org)) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  SELECT l.credential INTO v_old FROM keski_pohjanmaa_tyoelamapassi.status_list l
    WHERE l.organisation_id = p_org AND l.list_no = p_list FOR UPDATE;
  v_from := (p_credential->>'validFrom')::timestamptz;
  -- (A credential without validFrom fails the cast and so the call; NULLs count as a refusal.)
  IF (v_old IS NOT NULL AND v_from IS NOT NULL AND v_from >= now() - interval '5 minutes'
      AND v_from <= now() + interval '5 minutes'
      AND (NOT (v_old ? 'validFrom') OR v_from >= (v_old->>'validFrom')::timestamptz)) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a fresh status list' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.status_list l SET credential = p_credential, updated_at = now()
    WHERE l.organisation_id = p_org AND l.list_no = p_list;
END $$;
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi TO polku_app;
