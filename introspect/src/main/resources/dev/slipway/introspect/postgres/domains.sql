-- readDomains: domains, one row per CHECK constraint (or one row with no check). Since PostgreSQL 17 a
-- domain's NOT NULL is also a pg_constraint row (contype 'n'); typnotnull carries it on every version.
-- The default is typdefaultbin deparsed, as pg_dump does: postgresql.org/docs/current/catalog-pg-type.html
SELECT t.oid, n.nspname, t.typname,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull,
       COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) AS default_expr,
       CASE WHEN t.typcollation <> bt.typcollation THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || '.' || co.collname END
       END AS collation,
       con.conname, pg_catalog.pg_get_expr(con.conbin, 0) AS check_expr, con.convalidated,
       cd.description AS check_description,
       d.description
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_constraint con ON con.contypid = t.oid AND con.contype = 'c'
LEFT JOIN pg_catalog.pg_description cd
  ON cd.objoid = con.oid AND cd.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND cd.objsubid = 0
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE t.typtype = 'd'
  AND t.typnamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND e.objid = t.oid
                    AND e.deptype = 'e')
ORDER BY t.oid, con.conname
