CREATE SCHEMA inventory;
SET search_path TO inventory, public;

CREATE TABLE warehouses (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE stock (
    warehouse_id integer NOT NULL REFERENCES warehouses (id),
    sku text NOT NULL,
    quantity integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    PRIMARY KEY (warehouse_id, sku)
);

CREATE INDEX ON stock (sku);
