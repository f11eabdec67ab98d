-- The workshop's results per period (half-years, Helsinki dates): handovers taken on, paths ended by an
-- outcome and by withdrawal, and outcomes by kind with those the funding counts (a job lasted two months,
-- or higher education). A workshop no longer reads a handover once it has ended (its grant is given
-- up with the outcome), so row-level security cannot give these figures: this definer function gives
-- only counts, only for the acting workshop's own handovers or the acting provider's.
CREATE FUNCTION esedu_workshop_handover.results_by_period()
  RETURNS TABLE (period text, started integer, ended integer, withdrawn integer, employed integer,
                 studies integer, other integer, counted integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH mine AS (
    SELECT h.* FROM esedu_workshop_handover.handover h
    WHERE (polku.current_organisation() IS NOT NULL AND h.workshop_id = polku.current_organisation())
       OR (polku.current_provider() IS NOT NULL AND h.provider_id = polku.current_provider())),
  events AS (
    SELECT (m.created_at AT TIME ZONE 'Europe/Helsinki')::date AS d, 'started' AS what FROM mine m
    UNION ALL
    SELECT (m.ended_at AT TIME ZONE 'Europe/Helsinki')::date, m.status FROM mine m WHERE m.status IN ('ended', 'withdrawn')
    UNION ALL
    SELECT o.occurred_on,
           CASE WHEN o.kind IN ('employed','entrepreneur','wage_subsidised_work') THEN 'employed'
                WHEN o.kind IN ('higher_education','vocational_studies') THEN 'studies' ELSE 'other' END
      FROM esedu_workshop_handover.outcome_evidence e JOIN mine m ON m.provider_id = e.provider_id AND m.id = e.handover_id
      JOIN outcome o ON o.provider_id = e.provider_id AND o.id = e.outcome_id
    UNION ALL
    SELECT o.occurred_on, 'counted'
      FROM esedu_workshop_handover.outcome_evidence e JOIN mine m ON m.provider_id = e.provider_id AND m.id = e.handover_id
      JOIN outcome o ON o.provider_id = e.provider_id AND o.id = e.outcome_id
     WHERE e.lasted_two_months IS TRUE OR o.kind = 'higher_education')
  SELECT to_char(d, 'YYYY') || '/' || CASE WHEN extract(month FROM d) <= 6 THEN '1' ELSE '2' END,
         count(*) FILTER (WHERE what = 'started')::int, count(*) FILTER (WHERE what = 'ended')::int,
         count(*) FILTER (WHERE what = 'withdrawn')::int, count(*) FILTER (WHERE what = 'employed')::int,
         count(*) FILTER (WHERE what = 'studies')::int, count(*) FILTER (WHERE what = 'other')::int,
         count(*) FILTER (WHERE what = 'counted')::int
    FROM events GROUP BY 1 ORDER BY 1 DESC
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION esedu_workshop_handover.results_by_period() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION esedu_workshop_handover.results_by_period() TO polku_app;
