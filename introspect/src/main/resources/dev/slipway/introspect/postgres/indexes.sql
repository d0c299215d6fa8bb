-- readIndexes: indexes of tables and materialized views, one row per index with per-key arrays.
-- Skipped: indexes that back a PRIMARY KEY, UNIQUE or EXCLUDE constraint (they belong to it), and a
-- partition's index attached to its parent's index (pg_inherits links them), which the parent declares:
-- postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITIONING-DECLARATIVE-MAINTENANCE
-- indoption bit 1 is DESC, bit 2 is NULLS FIRST (src/include/catalog/pg_index.h). indnullsnotdistinct
-- exists only on 15+: {nulls_not_distinct} is replaced by it there and by false before (PostgresQueries);
-- reading it through to_jsonb(row) instead, one text for all versions, cost a fifth of this query.
-- Per-key facts are correlated subqueries with scalar lookups by oid: linear in the number of keys however
-- stale the catalog's statistics are (set-wise joins went quadratic after a bulk CREATE TABLE).
SELECT i.indrelid, ic.relname, am.amname, i.indisunique, i.indisvalid, i.indnkeyatts,
       {nulls_not_distinct} AS nulls_not_distinct,
       ic.reloptions,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       d.description,
       k.key_columns, k.key_defs, k.key_options, k.key_opclasses, k.key_collations
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
-- indoption, indclass and indcollation cover only the key columns (not INCLUDE ones) and, cast to arrays,
-- are indexed from 0. A key's collation is reported where it differs from its column's (for an
-- expression, from the database default collation, oid 100); an operator class where it is not the
-- default for its type. pg_get_indexdef(index, key, true) prints one key; it is needed, and called, only
-- for expression keys (attnum 0). The planner scans pg_opclass (a few hundred rows) for each key rather
-- than use its index: LIMIT 1 stops that scan at the match (the default btree classes come first) and the
-- schema is looked up only for a non-default class outside pg_catalog, which halved this query at
-- 10,000 tables (25,000 keys).
CROSS JOIN LATERAL (
  SELECT pg_catalog.array_agg(u.attname ORDER BY u.ord) AS key_columns,
         pg_catalog.array_agg(CASE WHEN u.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, u.ord::int, true) END
                              ORDER BY u.ord) AS key_defs,
         pg_catalog.array_agg(u.option ORDER BY u.ord) AS key_options,
         pg_catalog.array_agg((SELECT CASE WHEN oc.opcdefault THEN NULL
                                           WHEN oc.opcnamespace = 'pg_catalog'::pg_catalog.regnamespace THEN oc.opcname
                                           ELSE (SELECT ocn.nspname FROM pg_catalog.pg_namespace ocn
                                                 WHERE ocn.oid = oc.opcnamespace) || '.' || oc.opcname END
                               FROM pg_catalog.pg_opclass oc
                               WHERE oc.oid = u.opclass LIMIT 1) ORDER BY u.ord) AS key_opclasses,
         pg_catalog.array_agg((SELECT CASE WHEN co.oid = COALESCE(u.attcollation, 100) THEN NULL
                                           WHEN cn.nspname = 'pg_catalog' THEN co.collname
                                           ELSE cn.nspname || '.' || co.collname END
                               FROM pg_catalog.pg_collation co
                               JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                               WHERE co.oid = u.collation) ORDER BY u.ord) AS key_collations
  FROM (SELECT x.ord, x.attnum,
               (SELECT a.attname FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.indrelid AND a.attnum = x.attnum AND x.attnum > 0) AS attname,
               (SELECT a.attcollation FROM pg_catalog.pg_attribute a
                WHERE a.attrelid = i.indrelid AND a.attnum = x.attnum AND x.attnum > 0) AS attcollation,
               (i.indoption::pg_catalog.int2[])[x.ord - 1] AS option,
               (i.indclass::pg_catalog.oid[])[x.ord - 1] AS opclass,
               (i.indcollation::pg_catalog.oid[])[x.ord - 1] AS collation
        FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY x(attnum, ord)) u
) k
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
