CREATE TABLE line_items (
    id bigint PRIMARY KEY,
    price numeric(10, 2) NOT NULL,
    quantity integer NOT NULL,
    total numeric(12, 2) GENERATED ALWAYS AS (price * quantity) STORED,
    label text GENERATED ALWAYS AS ('qty ' || quantity::text) STORED
);
