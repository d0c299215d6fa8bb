-- Keys and indexes added to a partitioned table after its partitions exist reach every partition.
CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
) PARTITION BY LIST (kind);

CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');

ALTER TABLE events ADD PRIMARY KEY (id, kind);
CREATE INDEX ON events (happened_on);
CREATE INDEX events_payload_idx ON events USING gin (payload);

CREATE TABLE events_other (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    payload jsonb
);
ALTER TABLE events ATTACH PARTITION events_other DEFAULT;
