-- readSession: pins name resolution and reports the snapshot's settings.
-- An empty search_path makes format_type, pg_get_expr and the other deparsers schema-qualify every
-- non-pg_catalog name, so the text does not depend on the caller's search_path (pg_dump does the same).
-- set_config(..., true) is local to this transaction: postgresql.org/docs/current/functions-admin.html
-- jit off: the big catalog queries cost more than jit_above_cost once there are thousands of tables, and
-- compiling them (with inlining and optimisation) took ~1 s each at 10,000 tables, more than running them.
-- postgresql.org/docs/current/jit-decision.html
SELECT pg_catalog.set_config('search_path', '', true) AS search_path,
       pg_catalog.set_config('jit', 'off', true) AS jit,
       pg_catalog.current_setting('server_version_num')::int AS version_num,
       pg_catalog.current_setting('block_size')::int AS block_size,
       pg_catalog.current_setting('transaction_isolation') AS isolation,
       pg_catalog.current_setting('transaction_read_only') AS read_only
