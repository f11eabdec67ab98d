-- The practice's own "Alkuhaastattelu" step kind repeated the core's initial interview: steps recorded
-- under it move onto the core's kind, which the plugin no longer duplicates.
UPDATE "pathway_step" SET "kind" = 'initial-interview' WHERE "kind" = 'valmennus-initial-interview';
