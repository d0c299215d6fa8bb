-- readRoutines: functions ('f') and procedures ('p'); aggregates ('a') and window functions ('w') are
-- left out, pg_get_functiondef cannot print them: postgresql.org/docs/current/catalog-pg-proc.html
-- arguments are the identity types only (proargtypes: input, INOUT and VARIADIC), as Routine documents
-- and the SQL reader spells them; parameter names are part of the definition.
SELECT p.oid, n.nspname, p.proname, p.prokind,
       pg_catalog.oidvectortypes(p.proargtypes) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS returns,
       l.lanname,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       d.description
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE p.prokind IN ('f', 'p')
  AND p.pronamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND e.objid = p.oid
                    AND e.deptype = 'e')
