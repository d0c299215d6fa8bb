-- readOccupants: what a scratch (dev) database holds besides the system's, in one cheap query. A dev database
-- must start empty, and a full catalog read to check that costs as much as the read that follows it.
-- Objects an extension owns count as the extension (pg_depend deptype 'e').
WITH ns AS (
  SELECT oid FROM pg_catalog.pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema')
    AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp\_%'
), owned AS (
  SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'
)
SELECT
  (SELECT count(*) FROM pg_catalog.pg_class c
    WHERE c.relkind IN ('r', 'p', 'f') AND c.relnamespace IN (SELECT oid FROM ns)
      AND NOT EXISTS (SELECT 1 FROM owned o WHERE o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.objid = c.oid)) AS tables,
  (SELECT count(*) FROM pg_catalog.pg_class c
    WHERE c.relkind IN ('v', 'm') AND c.relnamespace IN (SELECT oid FROM ns)
      AND NOT EXISTS (SELECT 1 FROM owned o WHERE o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.objid = c.oid)) AS views,
  (SELECT count(*) FROM pg_catalog.pg_class c
    WHERE c.relkind = 'S' AND c.relnamespace IN (SELECT oid FROM ns)
      AND NOT EXISTS (SELECT 1 FROM owned o WHERE o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.objid = c.oid)) AS sequences,
  (SELECT count(*) FROM pg_catalog.pg_proc p
    WHERE p.pronamespace IN (SELECT oid FROM ns)
      AND NOT EXISTS (SELECT 1 FROM owned o WHERE o.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND o.objid = p.oid)) AS routines,
  (SELECT count(*) FROM pg_catalog.pg_type t
    WHERE t.typnamespace IN (SELECT oid FROM ns)
      AND (t.typtype IN ('e', 'd', 'r', 'm')
           OR t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c'))
      AND NOT EXISTS (SELECT 1 FROM owned o WHERE o.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND o.objid = t.oid)) AS types,
  (SELECT count(*) FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql') AS extensions
