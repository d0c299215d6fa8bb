-- readConstraints: primary key, unique, check, foreign key and exclusion constraints of tables.
-- Constraints cloned onto partitions from the partitioned parent (conparentid <> 0) and CHECKs inherited
-- from a parent (coninhcount > 0) belong to the parent and are skipped, also when the child declared the
-- same CHECK itself before ATTACH PARTITION merged them (conislocal stays true): pg_dump writes partitions
-- that way, and a restored database must read like the original. NOT NULL constraints (contype
-- 'n', stored here since PostgreSQL 18) are the column's nullability. INCLUDE columns and NULLS NOT
-- DISTINCT live on the backing index; indnullsnotdistinct exists only on 15+ ({nulls_not_distinct}: see
-- indexes.sql).
-- postgresql.org/docs/current/catalog-pg-constraint.html
-- Column lists are correlated subqueries driven by index lookups, linear in the number of constraints
-- whatever the planner believes; a set-wise join of CTEs went quadratic (nested loops) when the catalog's
-- statistics were stale right after many tables were created. Each key column is one lookup by
-- (attrelid, attnum) rather than a join against all the table's columns (half the time at 10,000 tables).
SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred, con.convalidated,
       con.connoinherit, con.confupdtype, con.confdeltype, con.confmatchtype,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS check_expr,
       CASE WHEN con.contype = 'x' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition,
       ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
             FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY k(attnum, ord) ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema, rc.relname AS ref_table,
       ARRAY(SELECT (SELECT a.attname FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
             FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY k(attnum, ord) ORDER BY k.ord) AS ref_columns,
       CASE WHEN con.contype IN ('p', 'u') THEN
         ARRAY(SELECT a.attname FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
               WHERE k.ord > i.indnkeyatts ORDER BY k.ord) END AS include,
       COALESCE({nulls_not_distinct}, false) AS nulls_not_distinct,
       d.description
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_catalog.pg_class rc ON con.contype = 'f' AND rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index i ON con.contype IN ('p', 'u') AND i.indexrelid = con.conindid
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND con.conparentid = 0
  AND (con.contype <> 'c' OR con.coninhcount = 0)
  AND c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
