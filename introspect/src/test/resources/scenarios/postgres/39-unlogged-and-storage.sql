CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value bytea,
    expires_at timestamptz
);

CREATE TABLE hot_rows (
    id integer PRIMARY KEY,
    counter bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);
