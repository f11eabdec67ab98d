-- The scheduler every plugin gets (issue 8). A row per plugin and job: when it runs next and, while it
-- runs, who holds it. The host claims a due row with one UPDATE (SKIP LOCKED) on the owner's connection,
-- which sets a lease and a fresh run token; the job then runs on the request connection as the plugin's
-- job role (polku_job_<schema>, made by the host at start-up), with the token in app.job. The token is
-- the job's scope, as the session's token hash is a request's: the request login role is a member of the
-- job roles (so it can SET ROLE to them), and without a live token a job role sees no row of anything.
-- Nobody but the owner reads this table: it holds the tokens.
CREATE TABLE polku.job (
  plugin text NOT NULL,
  job text NOT NULL,
  -- The schedule as declared ("every 900000", "at 00:05"): a changed one is rescheduled at start-up.
  schedule text NOT NULL,
  next_run_at timestamptz NOT NULL,
  lease_until timestamptz,
  run_token uuid,
  last_started_at timestamptz,
  last_finished_at timestamptz,
  -- An error's name or SQLSTATE only: a message may carry personal data (a key's value, a name).
  last_error text CHECK (last_error ~ '^[A-Za-z0-9_]{1,64}$'),
  PRIMARY KEY (plugin, job),
  CONSTRAINT job_lease_has_token CHECK ((lease_until IS NULL) = (run_token IS NULL))
);
--> statement-breakpoint
-- Owner-only: no grant to polku_app, PUBLIC or any job role. Row-level security with no policy as well,
-- so a grant added by mistake still shows no row.
REVOKE ALL ON polku.job FROM PUBLIC;
--> statement-breakpoint
ALTER TABLE polku.job ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The plugin whose job this transaction is running: the live lease of app.job's token, or NULL. A run
-- past its lease loses its scope, so it can do no more once another process may have taken it over.
-- Each job role's policy on its plugin's tables is `polku.current_job() = '<plugin id>'`.
CREATE FUNCTION polku.current_job() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT j.plugin FROM polku.job j
   WHERE j.run_token::text = nullif(current_setting('app.job', true), '')
     AND j.lease_until > clock_timestamp()
$$;
--> statement-breakpoint
-- The job's last statement, in its own transaction: it is done, and runs next at p_next. Its work and
-- this commit together, so an occurrence is done exactly when its work is; a run whose lease ran out (and
-- another process may have taken over) fails here and rolls its work back. The row stays locked until
-- the commit, and the claim skips locked rows, so no other process can start the occurrence meanwhile.
CREATE FUNCTION polku.complete_job(p_next timestamptz) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  UPDATE polku.job
     SET next_run_at = p_next, lease_until = NULL, run_token = NULL,
         last_finished_at = clock_timestamp(), last_error = NULL
   WHERE run_token::text = nullif(current_setting('app.job', true), '') AND lease_until > clock_timestamp();
  IF NOT FOUND THEN
    RAISE EXCEPTION 'The job''s lease ran out before it finished: its work is rolled back.'
      USING ERRCODE = 'PJ001';
  END IF;
END $$;
--> statement-breakpoint
-- Executed by the job roles only (granted by the host when it makes them), not by requests.
REVOKE EXECUTE ON FUNCTION polku.current_job() FROM PUBLIC;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION polku.complete_job(timestamptz) FROM PUBLIC;
