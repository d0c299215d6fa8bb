-- Keys and indexes declared on a partitioned table are created on each partition too.
CREATE TABLE orders_by_month (
    id bigint NOT NULL,
    ordered_on date NOT NULL,
    customer_id integer NOT NULL,
    reference text,
    PRIMARY KEY (id, ordered_on),
    UNIQUE (reference, ordered_on)
) PARTITION BY RANGE (ordered_on);

CREATE INDEX ON orders_by_month (customer_id);

CREATE TABLE orders_2024_01 PARTITION OF orders_by_month FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE orders_2024_02 PARTITION OF orders_by_month FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
