CREATE TABLE sales (
    id bigint NOT NULL,
    region text NOT NULL,
    amount numeric(12, 2) NOT NULL
) PARTITION BY LIST (region);

CREATE TABLE sales_europe PARTITION OF sales FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE sales_americas PARTITION OF sales FOR VALUES IN ('us', 'ca');
