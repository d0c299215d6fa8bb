-- A foreign key declared on a partitioned table is cloned onto each partition.
CREATE TABLE accounts (
    id integer PRIMARY KEY
);

CREATE TABLE ledger (
    account_id integer NOT NULL REFERENCES accounts (id),
    posted_on date NOT NULL,
    amount numeric(12, 2) NOT NULL
) PARTITION BY RANGE (posted_on);

CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
