CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric CHECK (price >= 0),
    discount numeric,
    min_qty integer,
    max_qty integer,
    status text NOT NULL,
    CHECK (discount < price),
    CHECK (min_qty <= max_qty),
    CONSTRAINT products_status_ck CHECK (status IN ('draft', 'active', 'retired')),
    CHECK (price < 1000000)
);
