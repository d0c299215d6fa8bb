-- readExtensions: extensions installed into one of the schemas being read (plpgsql lives in pg_catalog).
SELECT x.extname, n.nspname, x.extversion
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
WHERE x.extnamespace = ANY (?::pg_catalog.oid[])
ORDER BY x.extname
