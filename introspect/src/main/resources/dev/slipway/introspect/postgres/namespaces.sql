-- readNamespaces: every user schema. Names beginning with pg_ are reserved for the system
-- (postgresql.org/docs/current/sql-createschema.html), which covers pg_catalog, pg_toast* and pg_temp*.
-- Schemas created by an extension (pg_depend deptype 'e') belong to the extension.
SELECT n.oid, n.nspname, d.description
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objsubid = 0
WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND e.objid = n.oid
                    AND e.deptype = 'e')
ORDER BY n.nspname
