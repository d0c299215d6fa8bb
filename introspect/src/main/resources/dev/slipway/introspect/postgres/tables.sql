-- readTables: ordinary ('r') and partitioned ('p') tables, with partitioning, row security, options and
-- the planner's size estimate. reltuples is -1 for a table never vacuumed or analyzed (PostgreSQL 14+):
-- postgresql.org/docs/current/catalog-pg-class.html
SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.reloptions, c.relreplident,
       c.relrowsecurity, c.relforcerowsecurity, c.reltuples::float8 AS reltuples, c.relpages,
       d.description,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       pc.oid AS parent_oid, pn.nspname AS parent_schema, pc.relname AS parent_name,
       pt.partstrat,
       CASE WHEN pt.partrelid IS NOT NULL THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkeydef,
       CASE WHEN pt.partrelid IS NOT NULL THEN
         ARRAY(SELECT a.attname FROM pg_catalog.unnest(pt.partattrs::pg_catalog.int2[]) WITH ORDINALITY k(attnum, ord)
               LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               ORDER BY k.ord) END AS partattnames,
       CASE WHEN pt.partrelid IS NOT NULL THEN
         ARRAY(SELECT pg_catalog.quote_ident(a.attname) FROM pg_catalog.unnest(pt.partattrs::pg_catalog.int2[]) WITH ORDINALITY k(attnum, ord)
               LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
               ORDER BY k.ord) END AS partattquoted
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                    AND e.deptype = 'e')
