-- readColumns: live columns of tables (dropped columns keep their attnum but are flagged attisdropped:
-- postgresql.org/docs/current/catalog-pg-attribute.html). Unsorted: the reader puts each table's columns in
-- attnum order itself; sorting 100,000 rows here spilled to disk under the default work_mem. adbin holds a default, or the
-- expression of a generated column (attgenerated 's' stored, 'v' virtual on 18+).
-- The collation is reported only where it differs from the type's default. not_null_name: 18+ names every NOT NULL
-- (pg_constraint contype 'n', one column each); older servers have no such rows. Only the table's own: a partition's
-- or child's inherited constraint is named after its parent's and created with the partition.
SELECT a.attrelid, a.attnum, a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull, a.attidentity, a.attgenerated,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       CASE WHEN a.attcollation <> t.typcollation THEN
         CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || '.' || co.collname END
       END AS collation,
       d.description,
       nn.conname AS not_null_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_constraint nn
  ON nn.conrelid = a.attrelid AND nn.contype = 'n' AND nn.conkey[1] = a.attnum AND nn.conislocal
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p')
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
  AND a.attnum > 0 AND NOT a.attisdropped
