CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE priority AS ENUM ('low', 'high');

CREATE TABLE shipments (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending',
    urgency priority,
    history order_status[]
);
