-- The table walk (apps/api/test/rls-walk.test.ts) found own_grant_active reading `access_grant`
-- unqualified with pg_temp implicitly first in its search_path: a caller's temporary `access_grant`
-- table would have shown a workshop any handover. pg_temp goes last.
ALTER FUNCTION esedu_workshop_handover.own_grant_active(uuid, uuid) SET search_path = public, pg_temp;
