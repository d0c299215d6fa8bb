-- readTriggers: user triggers on tables. Internal triggers (tgisinternal: FK enforcement) are part of
-- their constraint, and a trigger cloned onto a partition from its partitioned parent has tgparentid set
-- (PostgreSQL 13+): postgresql.org/docs/current/catalog-pg-trigger.html. tgenabled 'D' is disabled.
SELECT t.tgrelid, t.tgname, pg_catalog.pg_get_triggerdef(t.oid) AS definition,
       fn.nspname AS function_schema, f.proname AS function_name, t.tgenabled,
       d.description
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT t.tgisinternal AND t.tgparentid = 0
  AND c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
