-- readSequences: every sequence with its options (pg_sequence) and the column that owns it, if any.
-- pg_depend links an identity sequence to its column with deptype 'i' and a serial or OWNED BY sequence
-- with deptype 'a': postgresql.org/docs/current/catalog-pg-depend.html. The reader turns the former into
-- the column's Identity and lists only the latter as sequences.
SELECT c.oid, n.nspname, c.relname,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       o.deptype AS owner_deptype, o.refobjid AS owner_relid, o.refobjsubid AS owner_attnum,
       tn.nspname AS owner_schema, tc.relname AS owner_table, ta.attname AS owner_column,
       d.description
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_catalog.pg_depend o
  ON o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.objid = c.oid
 AND o.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND o.refobjsubid > 0 AND o.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = o.refobjid
LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = o.refobjid AND ta.attnum = o.refobjsubid
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.relkind = 'S'
  AND c.relnamespace = ANY (?::pg_catalog.oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid
                    AND e.deptype = 'e')
