CREATE TABLE logs (
    id bigint PRIMARY KEY,
    data jsonb NOT NULL,
    tags text[],
    body tsvector,
    happened_at timestamptz NOT NULL,
    span tstzrange
);

CREATE INDEX logs_data_gin ON logs USING gin (data jsonb_path_ops);
CREATE INDEX logs_tags_gin ON logs USING gin (tags);
CREATE INDEX logs_body_gin ON logs USING gin (body);
CREATE INDEX logs_happened_brin ON logs USING brin (happened_at);
CREATE INDEX logs_span_gist ON logs USING gist (span);
