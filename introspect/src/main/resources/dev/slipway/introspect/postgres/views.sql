-- readViews: views ('v') and materialized views ('m') with their canonical query, WITH options and the
-- relations the query reads. A view's query is its ON SELECT rewrite rule; pg_depend records what that
-- rule references: postgresql.org/docs/current/catalog-pg-rewrite.html
SELECT c.oid, n.nspname, c.relname, c.relkind, c.reloptions,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       deps.schemas AS depends_on_schemas, deps.names AS depends_on_names,
       d.description
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
  SELECT pg_catalog.array_agg(rn.nspname ORDER BY rn.nspname, rc.relname) AS schemas,
         pg_catalog.array_agg(rc.relname ORDER BY rn.nspname, rc.relname) AS names
  FROM (SELECT DISTINCT dep.refobjid
        FROM pg_catalog.pg_rewrite r
        JOIN pg_catalog.pg_depend dep
          ON dep.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND dep.objid = r.oid
         AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.refobjid <> c.oid
        WHERE r.ev_class = c.oid) x
  JOIN pg_catalog.pg_class rc ON rc.oid = x.refobjid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace) deps ON true
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                    AND e.deptype = 'e')
