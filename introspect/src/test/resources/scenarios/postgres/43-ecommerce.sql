CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TYPE order_state AS ENUM ('cart', 'placed', 'paid', 'shipped', 'refunded');

CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_lower_idx ON customers (lower(email));

CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    title text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    archived boolean NOT NULL DEFAULT false
);
CREATE INDEX products_attributes_idx ON products USING gin (attributes);
CREATE INDEX products_active_title_idx ON products (title) WHERE NOT archived;

CREATE TABLE orders (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    state order_state NOT NULL DEFAULT 'cart',
    placed_at timestamptz,
    total_cents integer NOT NULL DEFAULT 0,
    CONSTRAINT orders_placed_when_not_cart CHECK (state = 'cart' OR placed_at IS NOT NULL)
);
CREATE INDEX ON orders (customer_id, placed_at DESC);

CREATE TABLE order_lines (
    order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id bigint NOT NULL REFERENCES products (id),
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_cents integer NOT NULL,
    line_cents integer GENERATED ALWAYS AS (quantity * unit_cents) STORED,
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX ON order_lines (product_id);

CREATE VIEW order_totals AS
    SELECT o.id, o.customer_id, sum(l.line_cents) AS total
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    GROUP BY o.id, o.customer_id;

COMMENT ON TABLE orders IS 'One row per checkout';
COMMENT ON COLUMN orders.total_cents IS 'Denormalised total';
