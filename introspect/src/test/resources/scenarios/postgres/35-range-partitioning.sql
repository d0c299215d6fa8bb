CREATE TABLE metrics (
    id bigint NOT NULL,
    recorded_at timestamptz NOT NULL,
    value double precision NOT NULL,
    CHECK (value >= 0)
) PARTITION BY RANGE (recorded_at);

CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE metrics_default PARTITION OF metrics DEFAULT;
