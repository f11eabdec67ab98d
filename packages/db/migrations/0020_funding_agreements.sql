-- Share agreements of outcome-based funding (issue 10). A provider's negotiator or manager proposes a
-- version of an agreement's terms (the domain's ShareAgreement as JSON) with its partner organisations;
-- each partner accepts its own part; a version accepted by the provider and every partner is in force.
-- Versions, parties and acceptances are only ever added (no UPDATE or DELETE for the application role),
-- so an acceptance always refers to the terms as they were proposed.
CREATE TABLE "funding_acceptance" (
	"provider_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"accepted_by" uuid NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_acceptance_provider_id_agreement_id_version_organisation_id_pk" PRIMARY KEY("provider_id","agreement_id","version","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "funding_agreement" (
	"provider_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_agreement_provider_id_id_pk" PRIMARY KEY("provider_id","id")
);
--> statement-breakpoint
CREATE TABLE "funding_agreement_party" (
	"provider_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "funding_agreement_party_provider_id_agreement_id_version_organisation_id_pk" PRIMARY KEY("provider_id","agreement_id","version","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "funding_agreement_version" (
	"provider_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_agreement_version_provider_id_agreement_id_version_pk" PRIMARY KEY("provider_id","agreement_id","version")
);
--> statement-breakpoint
ALTER TABLE "funding_acceptance" ADD CONSTRAINT "funding_acceptance_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_acceptance" ADD CONSTRAINT "funding_acceptance_accepted_by_person_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_acceptance" ADD CONSTRAINT "funding_acceptance_provider_id_agreement_id_version_funding_agreement_version_provider_id_agreement_id_version_fk" FOREIGN KEY ("provider_id","agreement_id","version") REFERENCES "public"."funding_agreement_version"("provider_id","agreement_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement" ADD CONSTRAINT "funding_agreement_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement" ADD CONSTRAINT "funding_agreement_provider_id_organisation_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement_party" ADD CONSTRAINT "funding_agreement_party_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement_party" ADD CONSTRAINT "funding_agreement_party_provider_id_agreement_id_version_funding_agreement_version_provider_id_agreement_id_version_fk" FOREIGN KEY ("provider_id","agreement_id","version") REFERENCES "public"."funding_agreement_version"("provider_id","agreement_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement_version" ADD CONSTRAINT "funding_agreement_version_proposed_by_person_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_agreement_version" ADD CONSTRAINT "funding_agreement_version_provider_id_agreement_id_funding_agreement_provider_id_id_fk" FOREIGN KEY ("provider_id","agreement_id") REFERENCES "public"."funding_agreement"("provider_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_agreement_party_org" ON "funding_agreement_party" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE funding_agreement ADD CONSTRAINT funding_agreement_title CHECK (title <> '' AND length(title) <= 200);
--> statement-breakpoint
ALTER TABLE funding_agreement_version ADD CONSTRAINT funding_agreement_version_from_1 CHECK (version >= 1);
--> statement-breakpoint
ALTER TABLE funding_agreement_version ADD CONSTRAINT funding_agreement_version_note CHECK (length(note) <= 2000);
--> statement-breakpoint
-- The provider's side of an agreement: those who negotiate for the provider (not every member of its staff).
CREATE FUNCTION polku.funding_provider_side(p_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT p_provider IN (polku.current_organisation(), polku.current_provider())
     AND polku.current_role() IN ('funding_negotiator', 'manager', 'region_admin')
$$;
--> statement-breakpoint
-- May the acting person change the provider's agreements (propose a version, accept it for the provider)?
CREATE FUNCTION polku.funding_editor(p_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT polku.funding_provider_side(p_provider) AND polku.current_role() IN ('funding_negotiator', 'manager')
$$;
--> statement-breakpoint
-- Is the acting organisation a party to some version of the agreement? A definer function, so the
-- policies of the agreement's tables can ask without recursing into the party table's own policy.
CREATE FUNCTION polku.funding_is_party(p_provider uuid, p_agreement uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT polku_setting_uuid('app.organisation_id') IS NOT NULL AND EXISTS (
    SELECT 1 FROM funding_agreement_party p
    WHERE p.provider_id = p_provider AND p.agreement_id = p_agreement
      AND p.organisation_id = polku_setting_uuid('app.organisation_id'))
$$;
--> statement-breakpoint
CREATE FUNCTION polku.funding_visible(p_provider uuid, p_agreement uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT polku.funding_provider_side(p_provider) OR polku.funding_is_party(p_provider, p_agreement)
$$;
--> statement-breakpoint
ALTER TABLE funding_agreement ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE funding_agreement_version ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE funding_agreement_party ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE funding_acceptance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON funding_agreement, funding_agreement_version, funding_agreement_party, funding_acceptance TO polku_app;
--> statement-breakpoint
CREATE POLICY funding_agreement_read ON funding_agreement FOR SELECT TO polku_app
  USING (polku.funding_visible(provider_id, id));
--> statement-breakpoint
CREATE POLICY funding_agreement_create ON funding_agreement FOR INSERT TO polku_app
  WITH CHECK (polku.funding_editor(provider_id) AND created_by = polku.current_person());
--> statement-breakpoint
CREATE POLICY funding_agreement_version_read ON funding_agreement_version FOR SELECT TO polku_app
  USING (polku.funding_visible(provider_id, agreement_id));
--> statement-breakpoint
CREATE POLICY funding_agreement_version_propose ON funding_agreement_version FOR INSERT TO polku_app
  WITH CHECK (polku.funding_editor(provider_id) AND proposed_by = polku.current_person());
--> statement-breakpoint
CREATE POLICY funding_agreement_party_read ON funding_agreement_party FOR SELECT TO polku_app
  USING (polku.funding_visible(provider_id, agreement_id));
--> statement-breakpoint
CREATE POLICY funding_agreement_party_add ON funding_agreement_party FOR INSERT TO polku_app
  WITH CHECK (polku.funding_editor(provider_id));
--> statement-breakpoint
CREATE POLICY funding_acceptance_read ON funding_acceptance FOR SELECT TO polku_app
  USING (polku.funding_visible(provider_id, agreement_id));
--> statement-breakpoint
-- The provider accepts for itself through its editors; a partner only its own part, as a party of that version.
CREATE POLICY funding_acceptance_accept ON funding_acceptance FOR INSERT TO polku_app
  WITH CHECK (accepted_by = polku.current_person() AND (
    (organisation_id = provider_id AND polku.funding_editor(provider_id))
    OR (organisation_id = polku.current_organisation() AND EXISTS (
      SELECT 1 FROM funding_agreement_party p
      WHERE p.provider_id = funding_acceptance.provider_id AND p.agreement_id = funding_acceptance.agreement_id
        AND p.version = funding_acceptance.version AND p.organisation_id = funding_acceptance.organisation_id))));
--> statement-breakpoint
-- The provider's key for the pseudonyms of its graduates on statements. Owner-only: read by the
-- definer function below, never by the application role.
CREATE TABLE funding_secret (
  provider_id uuid PRIMARY KEY REFERENCES organisation (id),
  secret text NOT NULL DEFAULT (gen_random_uuid()::text || gen_random_uuid()::text)
);
--> statement-breakpoint
-- The facts a statement or a scenario rests on, for one agreement: the provider's graduates with their
-- steps and outcomes, each under a pseudonym (no names, no identity numbers, no internal ids). The
-- provider's negotiators get every graduate; a partner party only those it took part in (a step or an
-- outcome of its own), which are all its statement can hold. The negotiators cannot read students under
-- row-level security (they are not the provider's student staff), hence a definer function; and since it
-- reads personal data, it writes the audit entry of each graduate it returns, in the same transaction.
CREATE FUNCTION polku.funding_graduates(p_provider uuid, p_agreement uuid)
  RETURNS TABLE (student_ref text, graduated_on date, steps jsonb, outcomes jsonb)
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
      SELECT s.id, s.expected_graduation AS graduated_on FROM student s
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
REVOKE EXECUTE ON FUNCTION polku.funding_provider_side(uuid), polku.funding_editor(uuid),
  polku.funding_is_party(uuid, uuid), polku.funding_visible(uuid, uuid), polku.funding_graduates(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION polku.funding_provider_side(uuid), polku.funding_editor(uuid),
  polku.funding_is_party(uuid, uuid), polku.funding_visible(uuid, uuid), polku.funding_graduates(uuid, uuid) TO polku_app;
