CREATE TABLE settings (
    key text NOT NULL,
    value text DEFAULT '' NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    priority integer DEFAULT 0,
    ratio numeric(4, 2) DEFAULT 1.5,
    tags text[] DEFAULT '{}'::text[],
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    note text DEFAULT NULL,
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    valid_from date DEFAULT CURRENT_DATE
);
