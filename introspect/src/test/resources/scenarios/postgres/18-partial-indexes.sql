CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    run_at timestamptz NOT NULL,
    finished_at timestamptz,
    failed boolean NOT NULL DEFAULT false
);

CREATE INDEX jobs_pending_idx ON jobs (queue, run_at) WHERE finished_at IS NULL;
CREATE UNIQUE INDEX jobs_one_failed_per_queue ON jobs (queue) WHERE failed;
