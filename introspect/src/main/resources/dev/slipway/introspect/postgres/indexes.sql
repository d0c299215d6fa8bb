-- readIndexes: indexes of tables and materialized views, one row per index with per-key arrays.
-- Skipped: indexes that back a PRIMARY KEY, UNIQUE or EXCLUDE constraint (they belong to it), and a
-- partition's index attached to its parent's index (pg_inherits links them), which the parent declares:
-- postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITIONING-DECLARATIVE-MAINTENANCE
-- indoption bit 1 is DESC, bit 2 is NULLS FIRST (src/include/catalog/pg_index.h). indnullsnotdistinct
-- exists only on 15+, read through to_jsonb(row) so one text runs on 13 to 18.
SELECT i.indrelid, ic.relname, am.amname, i.indisunique, i.indisvalid, i.indnkeyatts,
       COALESCE((pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct,
       ic.reloptions,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       d.description,
       ARRAY(SELECT a.attname FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY k(attnum, ord)
             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
             ORDER BY k.ord) AS key_columns,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k.n::int, true)
             FROM pg_catalog.generate_series(1, i.indnatts) k(n) ORDER BY k.n) AS key_defs,
       ARRAY(SELECT k.opt FROM pg_catalog.unnest(i.indoption::pg_catalog.int2[]) WITH ORDINALITY k(opt, ord)
             ORDER BY k.ord) AS key_options,
       ARRAY(SELECT CASE WHEN oc.opcdefault THEN NULL
                         WHEN ocn.nspname = 'pg_catalog' THEN oc.opcname
                         ELSE ocn.nspname || '.' || oc.opcname END
             FROM pg_catalog.unnest(i.indclass::pg_catalog.oid[]) WITH ORDINALITY k(opc, ord)
             JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opc
             JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
             ORDER BY k.ord) AS key_opclasses,
       -- A key's collation is reported where it differs from the column's own (for an expression, from
       -- the database default collation, oid 100).
       ARRAY(SELECT CASE WHEN k.coll = 0 OR k.coll = COALESCE(a.attcollation, 100) THEN NULL
                         WHEN cn.nspname = 'pg_catalog' THEN co.collname
                         ELSE cn.nspname || '.' || co.collname END
             FROM pg_catalog.unnest(i.indcollation::pg_catalog.oid[]) WITH ORDINALITY k(coll, ord)
             LEFT JOIN pg_catalog.pg_attribute a
               ON a.attrelid = i.indrelid AND a.attnum = (i.indkey::pg_catalog.int2[])[k.ord - 1] AND a.attnum > 0
             LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll
             LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
             ORDER BY k.ord) AS key_collations
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = i.indexrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'm')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                  WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                    AND con.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                    AND e.deptype = 'e')
