-- Issue 12, the rest: badge versions linked to the core's company competence needs (no copy of a need
-- here), the learner's notifications of decisions, issuer DIDs that survive a change of the deployment's
-- public address, and passport links that expire.
--
-- 1. Which competence needs a badge version answers: the need itself stays in the core's table. Read by
-- everyone in a session, as the catalogue and the needs are; written by the catalogue keeper with the
-- version they write, and only to needs still open.
CREATE TABLE keski_pohjanmaa_tyoelamapassi.badge_version_need (
  badge_class_id uuid NOT NULL,
  version integer NOT NULL,
  need_id uuid NOT NULL REFERENCES public.company_competence_need (id),
  PRIMARY KEY (badge_class_id, version, need_id),
  FOREIGN KEY (badge_class_id, version) REFERENCES keski_pohjanmaa_tyoelamapassi.badge_version (badge_class_id, version)
);
--> statement-breakpoint
CREATE INDEX badge_version_need_need ON keski_pohjanmaa_tyoelamapassi.badge_version_need (need_id);
--> statement-breakpoint
GRANT SELECT, INSERT ON keski_pohjanmaa_tyoelamapassi.badge_version_need TO polku_app;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.badge_version_need ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY badge_version_need_read ON keski_pohjanmaa_tyoelamapassi.badge_version_need FOR SELECT TO polku_app
  USING (polku.current_person() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY badge_version_need_keep ON keski_pohjanmaa_tyoelamapassi.badge_version_need FOR INSERT TO polku_app
  WITH CHECK (polku.current_role() IN ('teacher', 'manager', 'company_contact')
              AND EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.badge_version v
                          JOIN keski_pohjanmaa_tyoelamapassi.badge_class c ON c.id = v.badge_class_id
                          WHERE v.badge_class_id = badge_version_need.badge_class_id
                            AND v.version = badge_version_need.version
                            AND v.created_by = polku.current_person()
                            AND c.kept_by = polku.current_organisation())
              AND EXISTS (SELECT 1 FROM public.company_competence_need n
                          WHERE n.id = badge_version_need.need_id AND n.status = 'open'));
--> statement-breakpoint
-- 2. A passport link lasts as long as the learner chose, at most 12 months. Links made before this had
-- no end: they get 12 months from when they were made.
ALTER TABLE keski_pohjanmaa_tyoelamapassi.passport_share ADD COLUMN expires_at timestamptz;
--> statement-breakpoint
UPDATE keski_pohjanmaa_tyoelamapassi.passport_share SET expires_at = created_at + interval '12 months';
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.passport_share ALTER COLUMN expires_at SET NOT NULL;
--> statement-breakpoint
ALTER TABLE keski_pohjanmaa_tyoelamapassi.passport_share ADD CONSTRAINT passport_share_expiry
  CHECK (expires_at > created_at AND expires_at <= created_at + interval '12 months' + interval '1 day');
--> statement-breakpoint
-- The public page shows a link's badges only while it is neither revoked nor expired.
CREATE OR REPLACE FUNCTION keski_pohjanmaa_tyoelamapassi.shared_passport(p_token_hash text)
  RETURNS TABLE (provider_id uuid, student_id uuid, person_id uuid, credential jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.provider_id, s.student_id, st.person_id, b.credential
  FROM keski_pohjanmaa_tyoelamapassi.passport_share s
  JOIN student st ON st.provider_id = s.provider_id AND st.id = s.student_id
  JOIN keski_pohjanmaa_tyoelamapassi.issued_badge b
    ON b.provider_id = s.provider_id AND b.student_id = s.student_id AND b.id = ANY (s.badge_ids)
  WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
  ORDER BY b.issued_at
$$;
--> statement-breakpoint
-- 3. The learner hears of each decision on their badge: polku.notify takes only the provider's staff,
-- and a company's contact decides too, so this function records it in the core's outbox, for the
-- person who has just made that decision only, to the learner's own account (inbox, and email to the
-- account's address or else the one their record keeps) or, with no account, to that address (email). The key makes each decision one notification.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.notify_learner(p_provider uuid, p_pursuit uuid, p_what text, p_data jsonb)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_pursuit keski_pohjanmaa_tyoelamapassi.pursuit%ROWTYPE;
  v_person uuid;
  v_email text;
  v_key text;
BEGIN
  IF octet_length(p_data::text) > 8192 THEN
    RAISE EXCEPTION 'a notification''s data is at most 8 kB' USING ERRCODE = '22023';
  END IF;
  SELECT * INTO v_pursuit FROM keski_pohjanmaa_tyoelamapassi.pursuit p WHERE p.provider_id = p_provider AND p.id = p_pursuit;
  IF v_pursuit.id IS NULL THEN
    RAISE EXCEPTION 'no decision of yours to tell' USING ERRCODE = '42501';
  END IF;
  IF p_what IN ('badgeIssued', 'evidenceReturned') THEN
    IF v_pursuit.decided_by IS DISTINCT FROM polku.current_person()
       OR (p_what = 'badgeIssued' AND v_pursuit.status <> 'approved')
       OR (p_what = 'evidenceReturned' AND v_pursuit.status <> 'returned')
       OR v_pursuit.decided_at < now() - interval '1 minute' THEN
      RAISE EXCEPTION 'no decision of yours to tell' USING ERRCODE = '42501';
    END IF;
    v_key := p_what || ':' || p_pursuit::text || ':' || extract(epoch FROM v_pursuit.decided_at)::text;
  ELSIF p_what = 'badgeRevoked' THEN
    IF v_pursuit.status <> 'revoked' OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_provider) IS NOT TRUE THEN
      RAISE EXCEPTION 'no decision of yours to tell' USING ERRCODE = '42501';
    END IF;
    v_key := p_what || ':' || p_pursuit::text;
  ELSE
    RAISE EXCEPTION 'not a notification of the passport' USING ERRCODE = '22023';
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
          'keski-pohjanmaa-tyoelamapassi.' || p_what, p_data,
          CASE WHEN v_person IS NULL THEN ARRAY['email'] ELSE ARRAY['email', 'inbox'] END,
          polku.current_person(), ARRAY[v_pursuit.student_id])
  ON CONFLICT (provider_id, source, key) DO NOTHING;
  RETURN true;
END $$;
--> statement-breakpoint
-- 4. Issuer DIDs as issued. A key's DID is the part of its id before '#', fixed when it was made; when
-- the deployment's public address changes, the organisation gets a key under its new DID, and the old
-- keys keep theirs (their badges and status lists still verify, and each list is re-signed under its
-- own DID). A DID other than the current one is trusted only for keys the server attested: an HMAC
-- under the configuration key of the key's id and public half (made with the key; set once), so a key
-- row planted under some other did:web names no one here.
ALTER TABLE keski_pohjanmaa_tyoelamapassi.issuer_key ADD COLUMN attestation text;
--> statement-breakpoint
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.may_use_keys(p_org uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT (keski_pohjanmaa_tyoelamapassi.may_sign(p_org) OR keski_pohjanmaa_tyoelamapassi.may_rotate(p_org)
          OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_org)) IS TRUE
$$;
--> statement-breakpoint
-- The signing key of one DID: the newest of that DID's keys.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.signing_key_of_did(p_org uuid, p_did text)
  RETURNS TABLE (key_id text, public_key_multibase text, sealed_secret text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF (keski_pohjanmaa_tyoelamapassi.may_sign(p_org) OR keski_pohjanmaa_tyoelamapassi.may_revoke(p_org)) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT k.key_id, k.public_key_multibase, k.sealed_secret FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
    WHERE k.organisation_id = p_org AND split_part(k.key_id, '#', 1) = p_did
    ORDER BY k.created_at DESC, substring(k.key_id from '#key-([0-9]+)$')::int DESC LIMIT 1;
END $$;
--> statement-breakpoint
-- A key under the current DID when the current key is under another (the public address changed, maybe
-- back to an earlier one): it signs from now on, numbered after the organisation's others; the current
-- one retires, keeping its DID.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.add_key_for_new_did(p_org uuid, p_key_id text, p_public text, p_sealed text)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_next integer;
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_sign(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  SELECT coalesce(max(substring(k.key_id from '#key-([0-9]+)$')::int), 0) + 1 INTO v_next
    FROM keski_pohjanmaa_tyoelamapassi.issuer_key k WHERE k.organisation_id = p_org;
  IF keski_pohjanmaa_tyoelamapassi.key_id_fits(p_org, p_key_id) IS NOT TRUE
     OR p_key_id NOT LIKE '%#key-' || v_next::text
     OR NOT EXISTS (SELECT 1 FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
                    WHERE k.organisation_id = p_org AND k.retired_at IS NULL
                      AND split_part(k.key_id, '#', 1) <> split_part(p_key_id, '#', 1)) THEN
    RAISE EXCEPTION 'not a key under a new DID of this organisation' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.issuer_key SET retired_at = now()
    WHERE organisation_id = p_org AND retired_at IS NULL;
  INSERT INTO keski_pohjanmaa_tyoelamapassi.issuer_key (organisation_id, key_id, public_key_multibase, sealed_secret)
    VALUES (p_org, p_key_id, p_public, p_sealed);
END $$;
--> statement-breakpoint
-- The organisation's keys not yet attested, sealed secrets included: the server attests each whose
-- secret opens with the configuration key (one it made), so keys made before attestation count too.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.unattested_keys(p_org uuid)
  RETURNS TABLE (key_id text, public_key_multibase text, sealed_secret text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_use_keys(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY SELECT k.key_id, k.public_key_multibase, k.sealed_secret FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
    WHERE k.organisation_id = p_org AND k.attestation IS NULL ORDER BY k.created_at LIMIT 20;
END $$;
--> statement-breakpoint
-- Sets a key's attestation once (a wrong one only makes the key count for nothing under an old DID).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.attest_key(p_org uuid, p_key_id text, p_attestation text)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF keski_pohjanmaa_tyoelamapassi.may_use_keys(p_org) IS NOT TRUE THEN
    RAISE EXCEPTION 'not a signer of this organisation' USING ERRCODE = '42501';
  END IF;
  UPDATE keski_pohjanmaa_tyoelamapassi.issuer_key SET attestation = p_attestation
    WHERE organisation_id = p_org AND key_id = p_key_id AND attestation IS NULL;
END $$;
--> statement-breakpoint
-- What the public routes read of keys: the public half and the attestation, nothing else.
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.public_keys_attested(p_organisation uuid)
  RETURNS TABLE (key_id text, public_key_multibase text, attestation text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT k.key_id, k.public_key_multibase, k.attestation FROM keski_pohjanmaa_tyoelamapassi.issuer_key k
  WHERE k.organisation_id = p_organisation ORDER BY k.created_at, k.key_id
$$;
--> statement-breakpoint
-- The next free place in the newest list of the issuer's current DID: a list signed under an old DID
-- takes no new badges (a verifier wants a badge's list to have the badge's issuer).
CREATE FUNCTION keski_pohjanmaa_tyoelamapassi.take_status_index(p_org uuid, p_length integer, p_issuer text)
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
      AND l.credential->>'issuer' = p_issuer
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
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA keski_pohjanmaa_tyoelamapassi TO polku_app;
