CREATE TABLE customers (
    id integer PRIMARY KEY,
    region text NOT NULL,
    code text NOT NULL,
    UNIQUE (region, code)
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers ON DELETE CASCADE,
    region text,
    code text,
    approver_id integer REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE,
    FOREIGN KEY (region, code) REFERENCES customers (region, code) MATCH FULL,
    CONSTRAINT orders_approver_deferred FOREIGN KEY (approver_id) REFERENCES customers (id)
        DEFERRABLE INITIALLY DEFERRED
);
